package org.civicgrid.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class PatrolDayTest {
  private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
  private static final Patrol GOOD = new Patrol(1, Instant.parse("2026-03-02T00:00:00Z"),
      Instant.parse("2026-03-02T01:10:00Z"), 4667, 1.0, 421, Set.of());
  private static final Patrol SHORT = new Patrol(2, Instant.parse("2026-03-02T06:00:00Z"),
      Instant.parse("2026-03-02T06:40:00Z"), 2667, 1.0, 241, Set.of(PatrolRule.TOO_SHORT_IN_TIME));

  @Test
  void aDayWithoutErrorFindingsComplies() {
    PatrolDay day = new PatrolDay(MONDAY, List.of(GOOD, SHORT), List.of(), Report.empty());
    assertThat(day.compliant()).isTrue();
    assertThat(day.counted()).containsExactly(GOOD);
    assertThat(day).hasToString("2026-03-02: complies, 1 of 2 patrols count, 0 positions discarded");
  }

  @Test
  void aDayWithTooFewPatrolsFailsAndKeepsItsListsImmutable() {
    List<Patrol> patrols = new ArrayList<>(List.of(GOOD));
    Report findings = Report.of(List.of(Finding.of(PatrolRule.TOO_FEW_PATROLS, "bp-0042 2026-03-02",
        "1 of 1 patrols met the rule; 2 required")));
    PatrolDay day = new PatrolDay(MONDAY, patrols, List.of(), findings);
    patrols.add(SHORT);
    assertThat(day.compliant()).isFalse();
    assertThat(day.patrols()).containsExactly(GOOD);
    assertThat(day.toString()).startsWith("2026-03-02: fails");
  }
}
