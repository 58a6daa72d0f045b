package org.civicgrid.geo.patrol;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.civicgrid.geo.patrol.TrackScript.ACROSS_EAST_EDGE;
import static org.civicgrid.geo.patrol.TrackScript.CENTRE;
import static org.civicgrid.geo.patrol.TrackScript.INNER_LOOP;
import static org.civicgrid.geo.patrol.TrackScript.OFFICE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Severity;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.junit.jupiter.api.Test;

/** Seed 003 (Beipiao): a full-time worker patrols at least twice a day, 1 hour and 1 km each, inside the grid. */
class PatrolAnalyserTest {
  private static final PatrolAnalyser BEIPIAO = PatrolAnalyser.of(PatrolRequirement.fullTimeWorker());
  private static final PatrolArea GRID = TrackScript.area();
  private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

  private static Instant local(String when) {
    return LocalDateTime.parse(when).atZone(PatrolAnalyser.CHINA).toInstant();
  }

  /** A morning patrol 08:00–09:10 and an afternoon patrol 14:00–{@code 14:00 + afternoon}. */
  private static TrackScript twoPatrols(Duration afternoon) {
    return TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70))
        .teleport(INNER_LOOP[0], Duration.ofHours(5).minusMinutes(10)).loop(INNER_LOOP, 4, afternoon);
  }

  private static PatrolDay monday(PatrolReport report) {
    return report.day(MONDAY).orElseThrow();
  }

  @Test
  void twoHourLongPatrolsInsideTheGridMakeACompliantDay() {
    PatrolReport report = BEIPIAO.analyse(twoPatrols(ofMinutes(70)).track(), GRID);
    PatrolDay day = monday(report);
    assertThat(day.compliant()).isTrue();
    assertThat(day.findings().findings()).isEmpty();
    assertThat(day.patrols()).hasSize(2).allMatch(Patrol::counts);
    Patrol morning = day.patrols().get(0);
    assertThat(morning.number()).isEqualTo(1);
    assertThat(morning.start()).isEqualTo(local("2026-03-02T08:00"));
    assertThat(morning.duration()).isEqualTo(ofMinutes(70));
    assertThat(morning.lengthMetres()).isCloseTo(4 / 3.6 * 70 * 60, withinPercentage(1));
    assertThat(morning.insideShare()).isEqualTo(1.0);
    assertThat(morning.positions()).isEqualTo(70 * 6 + 1);
    assertThat(day.patrols().get(1).start()).isEqualTo(local("2026-03-02T14:00"));
    assertThat(report.compliant()).isTrue();
    assertThat(report.worker()).isEqualTo(TrackScript.WORKER);
    assertThat(report.grid()).isEqualTo(TrackScript.GRID);
  }

  @Test
  void oneGoodPatrolIsTooFew() {
    Instant start = local("2026-03-02T08:00");
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70));
    PatrolDay day = monday(BEIPIAO.analyse(script.track(), GRID));
    assertThat(day.compliant()).isFalse();
    assertThat(day.patrols()).extracting(Patrol::start).containsExactly(start);
    assertThat(day.findings().findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(PatrolRule.TOO_FEW_PATROLS);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo("bp-0042 2026-03-02");
      assertThat(f.message()).isEqualTo("1 of 1 patrols met the rule; 2 required");
    });
  }

  @Test
  void aFortyMinutePatrolIsTooShortInTimeAndTheDayFailsForIt() {
    PatrolDay day = monday(BEIPIAO.analyse(twoPatrols(ofMinutes(40)).track(), GRID));
    assertThat(day.compliant()).isFalse();
    assertThat(day.patrols().get(1).shortfalls()).containsExactly(PatrolRule.TOO_SHORT_IN_TIME);
    assertThat(day.findings().findings()).extracting(Finding::rule)
        .containsExactly(PatrolRule.TOO_FEW_PATROLS, PatrolRule.TOO_SHORT_IN_TIME);
    assertThat(day.findings().of(PatrolRule.TOO_SHORT_IN_TIME).get(0).message())
        .isEqualTo("patrol 2 (14:00–14:40) lasted 40 min, under the required 60 min");
    assertThat(day.findings().of(PatrolRule.TOO_FEW_PATROLS).get(0).message())
        .isEqualTo("1 of 2 patrols met the rule; 2 required");
  }

  @Test
  void standingStillForAnHourIsAPauseNotAPatrol() {
    TrackScript script = twoPatrols(ofMinutes(70)).teleport(CENTRE, ofMinutes(60)).stand(ofMinutes(70), 4);
    PatrolDay day = monday(BEIPIAO.analyse(script.track(), GRID));
    assertThat(day.patrols()).hasSize(2);
    assertThat(day.compliant()).isTrue();
  }

  @Test
  void aShortPauseIsPartOfThePatrolAndItsJitterAddsNoLength() {
    TrackScript walking = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(60));
    TrackScript chatting = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(30))
        .stand(ofMinutes(10), 4).loop(INNER_LOOP, 4, ofMinutes(30));
    Patrol walked = monday(BEIPIAO.analyse(walking.track(), GRID)).patrols().get(0);
    Patrol withChat = monday(BEIPIAO.analyse(chatting.track(), GRID)).patrols().get(0);
    assertThat(withChat.duration()).isEqualTo(ofMinutes(70));
    assertThat(withChat.lengthMetres()).isCloseTo(walked.lengthMetres(), within(15.0));
  }

  @Test
  void aSlowStrollOf600MetresIsTooShortInLength() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70))
        .teleport(INNER_LOOP[0], ofMinutes(290)).loop(INNER_LOOP, 0.5, ofMinutes(72));
    PatrolDay day = monday(BEIPIAO.analyse(script.track(), GRID));
    Patrol stroll = day.patrols().get(1);
    assertThat(stroll.lengthMetres()).isCloseTo(595, within(10.0));
    assertThat(day.findings().of(PatrolRule.TOO_SHORT_IN_LENGTH)).singleElement().extracting(Finding::message)
        .asString().matches("patrol 2 \\(14:00–15:12\\) covered (59\\d|600) m, under the required 1000 m");
  }

  @Test
  void aPatrolHalfOutsideTheGridHasTooLittleInside() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70))
        .teleport(ACROSS_EAST_EDGE[0], ofMinutes(290)).loop(ACROSS_EAST_EDGE, 4, ofMinutes(66));
    PatrolDay day = monday(BEIPIAO.analyse(script.track(), GRID));
    assertThat(day.patrols()).hasSize(2);
    Patrol straddling = day.patrols().get(1);
    assertThat(straddling.insideShare()).isCloseTo(0.5, within(0.05));
    assertThat(straddling.shortfalls()).containsExactly(PatrolRule.TOO_LITTLE_INSIDE);
    assertThat(day.findings().of(PatrolRule.TOO_LITTLE_INSIDE).get(0).message())
        .matches("patrol 2 \\(14:00–15:0\\d\\) spent (4\\d|5\\d) % of its time inside grid 211381001001001,"
            + " under the required 80 %");
  }

  @Test
  void everyShortfallOfAPatrolIsReported() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", ACROSS_EAST_EDGE[0]).loop(ACROSS_EAST_EDGE, 4, ofMinutes(14));
    PatrolDay day = monday(BEIPIAO.analyse(script.track(), GRID));
    assertThat(day.patrols().get(0).shortfalls()).containsExactlyInAnyOrder(
        PatrolRule.TOO_SHORT_IN_TIME, PatrolRule.TOO_SHORT_IN_LENGTH, PatrolRule.TOO_LITTLE_INSIDE);
    assertThat(day.findings().findings()).extracting(Finding::rule).containsExactly(PatrolRule.TOO_FEW_PATROLS,
        PatrolRule.TOO_SHORT_IN_TIME, PatrolRule.TOO_SHORT_IN_LENGTH, PatrolRule.TOO_LITTLE_INSIDE);
  }

  @Test
  void aGpsJumpIsDiscardedAndReportedWithItsDistanceAndSpeed() {
    TrackScript clean = twoPatrols(ofMinutes(70));
    TrackScript jumpy = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(30))
        .spike(2000).loop(INNER_LOOP, 4, ofMinutes(40))
        .teleport(INNER_LOOP[0], Duration.ofHours(5).minusMinutes(10)).loop(INNER_LOOP, 4, ofMinutes(70));
    PatrolDay day = monday(BEIPIAO.analyse(jumpy.track(), GRID));
    assertThat(day.discarded()).singleElement().satisfies(fix -> {
      assertThat(fix.time()).isEqualTo(local("2026-03-02T08:30:10"));
      assertThat(fix.index()).isEqualTo(30 * 6 + 1);
      assertThat(fix.metres()).isCloseTo(2000, within(20.0));
      assertThat(fix.kmPerHour()).isCloseTo(720, within(10.0));
    });
    Patrol morning = day.patrols().get(0);
    assertThat(morning.lengthMetres())
        .isCloseTo(monday(BEIPIAO.analyse(clean.track(), GRID)).patrols().get(0).lengthMetres(), within(20.0));
    assertThat(day.compliant()).isTrue();
  }

  @Test
  void aSilenceLongerThanTheGapSplitsAPatrolAndAShorterOneDoesNot() {
    TrackScript tenMinutes = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(35))
        .silence(ofMinutes(10)).loop(INNER_LOOP, 4, ofMinutes(35));
    PatrolDay split = monday(BEIPIAO.analyse(tenMinutes.track(), GRID));
    assertThat(split.patrols()).extracting(Patrol::start)
        .containsExactly(local("2026-03-02T08:00"), local("2026-03-02T08:45:10"));
    assertThat(split.patrols()).allMatch(p -> p.shortfalls().contains(PatrolRule.TOO_SHORT_IN_TIME));

    TrackScript threeMinutes = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(35))
        .silence(ofMinutes(3)).loop(INNER_LOOP, 4, ofMinutes(35));
    PatrolDay whole = monday(BEIPIAO.analyse(threeMinutes.track(), GRID));
    assertThat(whole.patrols()).singleElement().satisfies(p -> assertThat(p.counts()).isTrue());
  }

  @Test
  void aLongStayOutsideTheGridEndsAPatrolAndIsPartOfNone() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70))
        .walkTo(OFFICE, 4).stand(ofMinutes(60), 5).walkTo(INNER_LOOP[0], 4).loop(INNER_LOOP, 4, ofMinutes(70));
    PatrolDay day = monday(BEIPIAO.analyse(script.track(), GRID));
    assertThat(day.patrols()).hasSize(2).allMatch(Patrol::counts);
    assertThat(day.patrols()).allMatch(p -> p.insideShare() == 1.0);
    assertThat(day.patrols().get(0).end()).isBefore(local("2026-03-02T09:20"));
    assertThat(day.compliant()).isTrue();
  }

  @Test
  void aPatrolAcrossMidnightCountsForTheDayItStarted() {
    TrackScript script = TrackScript.at("2026-03-02T23:30", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70));
    PatrolReport report = BEIPIAO.analyse(script.track(), GRID);
    assertThat(report.days()).extracting(PatrolDay::day).containsExactly(MONDAY, MONDAY.plusDays(1));
    assertThat(monday(report).patrols()).singleElement().satisfies(p -> {
      assertThat(p.end()).isEqualTo(local("2026-03-03T00:40"));
      assertThat(p.counts()).isTrue();
    });
    assertThat(report.day(MONDAY.plusDays(1)).orElseThrow().patrols()).isEmpty();
    assertThat(report.day(MONDAY.plusDays(1)).orElseThrow().findings().findings().get(0).message())
        .isEqualTo("no patrol; 2 required");
  }

  @Test
  void daysAreLocalToTheAnalysersZone() {
    TrackScript script = TrackScript.at("2026-03-02T07:30", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70));
    PatrolReport utc = BEIPIAO.inZone(ZoneOffset.UTC).analyse(script.track(), GRID);
    assertThat(utc.days()).extracting(PatrolDay::day).containsExactly(MONDAY.minusDays(1), MONDAY);
    assertThat(utc.day(MONDAY.minusDays(1)).orElseThrow().patrols()).hasSize(1);
    assertThat(utc.zone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void everyDayOfAGivenRangeIsJudgedAndADayWithoutPatrolsFails() {
    PatrolReport week = BEIPIAO.analyse(twoPatrols(ofMinutes(70)).track(), GRID, MONDAY, MONDAY.plusDays(6));
    assertThat(week.days()).hasSize(7);
    assertThat(week.failingDays()).extracting(PatrolDay::day).doesNotContain(MONDAY).hasSize(6);
    assertThat(week.findings().of(PatrolRule.TOO_FEW_PATROLS)).hasSize(6);
  }

  @Test
  void aGcj02TrackIsJudgedAgainstAWgs84BoundaryAsItsWgs84OriginalIs() {
    TrackScript script = twoPatrols(ofMinutes(70));
    PatrolDay wgs84 = monday(BEIPIAO.analyse(script.track(), GRID));
    for (CoordinateSystem system : new CoordinateSystem[] {CoordinateSystem.GCJ02, CoordinateSystem.BD09}) {
      PatrolDay offset = monday(BEIPIAO.analyse(script.track(system), GRID));
      assertThat(offset.compliant()).isTrue();
      for (int p = 0; p < 2; p++) {
        Patrol expected = wgs84.patrols().get(p);
        Patrol actual = offset.patrols().get(p);
        assertThat(actual.start()).isEqualTo(expected.start());
        assertThat(actual.end()).isEqualTo(expected.end());
        assertThat(actual.insideShare()).isEqualTo(expected.insideShare());
        assertThat(actual.lengthMetres()).as(system.toString())
            .isCloseTo(expected.lengthMetres(), within(1e-4 * expected.lengthMetres()));
      }
    }
  }

  @Test
  void aGcj02TrackAlongTheGridsEastEdgeIsInsideOnceConvertedThoughItsRawCoordinatesAreNot() {
    double[][] alongEastEdge = {{120.7747, 41.7955}, {120.7747, 41.8045}};
    TrackScript script = TrackScript.at("2026-03-02T08:00", alongEastEdge[0]).loop(alongEastEdge, 4, ofMinutes(70));
    Track gcj02 = script.track(CoordinateSystem.GCJ02);
    PatrolDay day = monday(BEIPIAO.analyse(gcj02, GRID));
    assertThat(day.patrols()).singleElement().satisfies(p -> assertThat(p.insideShare()).isEqualTo(1.0));
    assertThat(GRID.coversWgs84(gcj02.longitude(0), gcj02.latitude(0)))
        .as("read as WGS-84, the GCJ-02 position lies hundreds of metres away, outside the grid").isFalse();
  }

  @Test
  void aWgs84TrackIsJudgedAgainstAGcj02Boundary() {
    Boundary grid = TrackScript.grid();
    Boundary sameGroundInGcj02 = Boundary.of(grid.grid(),
        CoordinateTransforms.transform(grid.area(), CoordinateSystem.WGS84, CoordinateSystem.GCJ02));
    PatrolArea gcj02Grid = PatrolArea.of(sameGroundInGcj02, CoordinateSystem.GCJ02);
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70));
    PatrolDay day = monday(BEIPIAO.analyse(script.track(), gcj02Grid));
    assertThat(day.patrols()).singleElement().satisfies(p -> assertThat(p.insideShare()).isEqualTo(1.0));
  }

  @Test
  void anEmptyTrackHasNoDaysUnlessDaysAreGiven() {
    Track empty = Track.builder(TrackScript.WORKER, CoordinateSystem.WGS84).build();
    assertThat(BEIPIAO.analyse(empty, GRID).days()).isEmpty();
    assertThat(BEIPIAO.analyse(empty, GRID, MONDAY, MONDAY).failingDays()).hasSize(1);
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefused() {
    Track track = twoPatrols(ofMinutes(70)).track();
    assertThatThrownBy(() -> BEIPIAO.analyse(track, GRID, MONDAY, MONDAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("last day 2026-03-01 is before first day 2026-03-02");
  }

  @Test
  void theRulesOwnLimitsAreApplied() {
    PatrolAnalyser lenient = PatrolAnalyser.of(PatrolRequirement.fullTimeWorker().toBuilder()
        .patrolsPerDay(1).minDuration(ofMinutes(30)).build());
    PatrolDay day = monday(lenient.analyse(twoPatrols(ofMinutes(40)).track(), GRID));
    assertThat(day.compliant()).isTrue();
    assertThat(day.counted()).hasSize(2);
    assertThat(lenient.requirement().patrolsPerDay()).isEqualTo(1);
    assertThat(lenient.zone()).isEqualTo(PatrolAnalyser.CHINA);
  }
}
