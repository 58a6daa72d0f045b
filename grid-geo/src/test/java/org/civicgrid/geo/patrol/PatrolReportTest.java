package org.civicgrid.geo.patrol;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.geo.patrol.TrackScript.INNER_LOOP;

import java.time.LocalDate;
import org.civicgrid.core.report.Finding;
import org.junit.jupiter.api.Test;

/** A worker's month read as the assessment (三统两考一评) reads it: failing days and why. */
class PatrolReportTest {
  private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

  /** Monday: two good patrols and a GPS jump. Tuesday: one good patrol. Wednesday: nothing. */
  private static PatrolReport threeDays() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(30))
        .spike(1500).loop(INNER_LOOP, 4, ofMinutes(40))
        .teleport(INNER_LOOP[0], ofMinutes(290)).loop(INNER_LOOP, 4, ofMinutes(70))
        .teleport(INNER_LOOP[0], ofMinutes(1000)).loop(INNER_LOOP, 4, ofMinutes(70));
    return PatrolAnalyser.of(PatrolRequirement.fullTimeWorker())
        .analyse(script.track(), TrackScript.area(), MONDAY, MONDAY.plusDays(2));
  }

  @Test
  void listsTheFailingDaysWithTheirFindingsInDateOrder() {
    PatrolReport report = threeDays();
    assertThat(report.compliant()).isFalse();
    assertThat(report.failingDays()).extracting(PatrolDay::day).containsExactly(MONDAY.plusDays(1), MONDAY.plusDays(2));
    assertThat(report.findings().findings()).extracting(Finding::subject)
        .containsExactly("bp-0042 2026-03-03", "bp-0042 2026-03-04");
    assertThat(report.findings().findings()).extracting(Finding::message)
        .containsExactly("1 of 1 patrols met the rule; 2 required", "no patrol; 2 required");
  }

  @Test
  void findsADayAndTheNoiseOfAllDays() {
    PatrolReport report = threeDays();
    assertThat(report.day(MONDAY).orElseThrow().compliant()).isTrue();
    assertThat(report.day(MONDAY.plusDays(3))).isEmpty();
    assertThat(report.discarded()).singleElement().satisfies(fix -> assertThat(fix.metres()).isGreaterThan(1400));
    assertThat(report.requirement()).isEqualTo(PatrolRequirement.fullTimeWorker());
    assertThat(report).hasToString("PatrolReport[bp-0042 in 211381001001001, full-time-worker, 3 days, 2 failing]");
  }
}
