package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.routing.stats.Story.URBAN;
import static org.civicgrid.routing.stats.Story.WATER;
import static org.civicgrid.routing.stats.Story.days;
import static org.civicgrid.routing.stats.Story.minutes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseStatisticsTest {
  static final ZoneId FUXIN = ZoneId.of("Asia/Shanghai");
  static final Period MAY = Period.of(PeriodUnit.MONTH, LocalDate.of(2024, 5, 1), FUXIN);
  static final HandlingUnit GRID_1 = HandlingUnit.grid(BUILDING_1);
  static final HandlingUnit GRID_2 = HandlingUnit.grid(BUILDING_2);

  /**
   * Seven cases of one week in 长源社区, seen four days after the first report. The expected figures
   * below are worked out by hand from these histories (minutes after the report).
   */
  static final class Week {
    /** The whole loop, on time: handled at 150, closed at 170, rated 5. */
    static final Story C1 = Story.of("c-1").accept(10).file(20).dispatch(30, GRID_1, "gw-017").start(40)
        .reportBack(150).pass(160).close(170).rate(180, 5);
    /** To the water utility, an hour on hold; handled at 230, closed late on day 3, rated 3. */
    static final Story C2 = Story.of("c-2").accept(30).file(40).dispatch(50, WATER).start(60).hold(70)
        .resume(130).reportBack(230).pass(3 * 1440 - 10).close(3 * 1440).rate(3 * 1440 + 10, 3);
    /** Still being handled four days on: open and overdue. */
    static final Story C3 = Story.of("c-3").accept(20).file(30).dispatch(40, GRID_1, "gw-017").start(50);
    /**
     * Dispatched wrongly to urban management, sent back, dispatched to building grid 2, reopened by a
     * failed check and dispatched to it again (rework), extended, closed at 220.
     */
    static final Story C4 = Story.of("c-4").accept(5).file(10).dispatch(20, URBAN).sendBack(30)
        .dispatch(40, GRID_2, "gw-021").start(50).reportBack(100).fail(110).dispatch(120, GRID_2, "gw-021")
        .start(130).extend(140).reportBack(200).pass(210).close(220);
    /** Solved on the spot by the grid worker, never filed or dispatched; rated 4. */
    static final Story C5 = Story.of("c-5").accept(10).onSpot(15).pass(20).close(25).rate(30, 4);
    /** Rejected: never due, though the deadline table lists it. */
    static final Story C6 = Story.of("c-6").reject(10);
    /** Extended far ahead: due on 5 June, after the as-of instant, so not yet counted. */
    static final Story C7 = Story.of("c-7").accept(10).file(20).dispatch(30, GRID_1, "gw-017").start(40).extend(50);

    static final List<CaseState> CASES = List.of(C1.state(), C2.state(), C3.state(), C4.state(), C5.state(),
        C6.state(), C7.state());

    static final DueDates DUE = DueDates.builder()
        .handling(C1.id(), days(1)).closing(C1.id(), days(2))
        .handling(C2.id(), days(1)).closing(C2.id(), days(2))
        .handling(C3.id(), days(1)).closing(C3.id(), days(2))
        .both(C4.id(), days(1))
        .both(C5.id(), days(1))
        .both(C6.id(), days(1))
        .both(C7.id(), days(30))
        .build();

    static final CaseStatistics STATS = CaseStatistics.of(CASES, DUE, days(4));
  }

  final IndicatorSet may = Week.STATS.indicators(MAY);

  @Test
  void filingRateIsFiledOverAccepted() {
    // Accepted: c-1, 2, 3, 4, 5, 7 (c-6 was rejected); filed: all but c-5, solved on the spot.
    assertThat(may.rate(Indicator.FILING_RATE)).isEqualTo(new Rate(Indicator.FILING_RATE, 5, 6));
  }

  @Test
  void dispatchAccuracyCountsCasesDispatchedToASecondLeadUnitAsWrong() {
    // First dispatched: c-1, 2, 3, 4, 7; c-4 went to urban management, then to building grid 2.
    assertThat(may.rate(Indicator.DISPATCH_ACCURACY)).isEqualTo(new Rate(Indicator.DISPATCH_ACCURACY, 4, 5));
    assertThat(may.rate(Indicator.SEND_BACK_RATE)).isEqualTo(new Rate(Indicator.SEND_BACK_RATE, 1, 5));
  }

  @Test
  void onTimeHandlingDividesByCasesDueAndCountsTheOpenOverdueCaseAsLate() {
    // Due by day 4: c-1, 2, 3, 4, 5 (c-6 rejected, c-7 due in June); c-3 is still open.
    assertThat(may.rate(Indicator.ON_TIME_HANDLING)).isEqualTo(new Rate(Indicator.ON_TIME_HANDLING, 4, 5));
  }

  @Test
  void closingIndicatorsDivideByCasesDueToBeClosed() {
    // Due to be closed: c-1, 2, 3, 4, 5. Closed: c-1, 2 (late), 4, 5. On time: c-1, 4, 5.
    assertThat(may.rate(Indicator.COMPLETION_RATE)).isEqualTo(new Rate(Indicator.COMPLETION_RATE, 4, 5));
    assertThat(may.rate(Indicator.ON_TIME_CLOSING)).isEqualTo(new Rate(Indicator.ON_TIME_CLOSING, 3, 5));
    assertThat(may.rate(Indicator.REWORK_RATE)).isEqualTo(new Rate(Indicator.REWORK_RATE, 1, 5));
    assertThat(may.rate(Indicator.EXTENSION_RATE)).isEqualTo(new Rate(Indicator.EXTENSION_RATE, 1, 5));
  }

  @Test
  void averageAcceptanceTimeIsOverAcceptedCases() {
    // 10 + 30 + 20 + 5 + 10 + 10 = 85 minutes over 6 cases.
    assertThat(may.mean(Indicator.AVERAGE_ACCEPTANCE_TIME))
        .isEqualTo(new MeanDuration(Indicator.AVERAGE_ACCEPTANCE_TIME, Duration.ofMinutes(85), 6));
    assertThat(may.mean(Indicator.AVERAGE_ACCEPTANCE_TIME).mean()).contains(Duration.ofSeconds(850));
  }

  @Test
  void averageHandlingTimeRunsFromDispatchToFirstReportBackLessTimeOnHold() {
    // c-1: 150 − 30 = 120; c-2: 230 − 50 − 60 on hold = 120; c-4: 100 − 20 = 80; c-5 was never dispatched.
    assertThat(may.mean(Indicator.AVERAGE_HANDLING_TIME))
        .isEqualTo(new MeanDuration(Indicator.AVERAGE_HANDLING_TIME, Duration.ofMinutes(320), 3));
  }

  @Test
  void satisfactionCountsRatingsOfFourAndFive() {
    // Rated: c-1 (5), c-2 (3), c-5 (4).
    assertThat(may.rate(Indicator.SATISFACTION)).isEqualTo(new Rate(Indicator.SATISFACTION, 2, 3));
  }

  @Nested
  class OpenOverdueCases {
    final Story open = Story.of("c-open").accept(10).file(20).dispatch(30, GRID_1, "gw-017").start(40);
    final DueDates due = DueDates.builder().both(open.id(), days(1)).build();

    @Test
    void countAsNotOnTimeOnceTheirDueInstantHasPassed() {
      IndicatorSet seen = CaseStatistics.of(List.of(open.state()), due, days(2)).indicators(MAY);
      assertThat(seen.rate(Indicator.ON_TIME_HANDLING)).isEqualTo(new Rate(Indicator.ON_TIME_HANDLING, 0, 1));
      assertThat(seen.rate(Indicator.ON_TIME_CLOSING)).isEqualTo(new Rate(Indicator.ON_TIME_CLOSING, 0, 1));
      assertThat(seen.rate(Indicator.COMPLETION_RATE)).isEqualTo(new Rate(Indicator.COMPLETION_RATE, 0, 1));
    }

    @Test
    void areNotYetDueBeforeIt() {
      IndicatorSet seen = CaseStatistics.of(List.of(open.state()), due, minutes(60)).indicators(MAY);
      assertThat(seen.rate(Indicator.ON_TIME_CLOSING).isApplicable()).isFalse();
    }

    @Test
    void areDueAtTheirDueInstantItself() {
      IndicatorSet seen = CaseStatistics.of(List.of(open.state()), due, days(1)).indicators(MAY);
      assertThat(seen.rate(Indicator.ON_TIME_CLOSING)).isEqualTo(new Rate(Indicator.ON_TIME_CLOSING, 0, 1));
    }

    @Test
    void includeCasesOnHold() {
      Story held = Story.of("c-held").accept(10).file(20).dispatch(30, GRID_1, "gw-017").hold(40);
      DueDates heldDue = DueDates.builder().both(held.id(), days(1)).build();
      IndicatorSet seen = CaseStatistics.of(List.of(held.state()), heldDue, days(2)).indicators(MAY);
      assertThat(seen.rate(Indicator.ON_TIME_HANDLING)).isEqualTo(new Rate(Indicator.ON_TIME_HANDLING, 0, 1));
    }
  }

  @Test
  void aReopenedCaseIsNotHandledThoughItOnceReportedBack() {
    Story reopened = Story.of("c-reopened").accept(10).file(20).dispatch(30, GRID_1, "gw-017").start(40)
        .reportBack(50).fail(60);
    DueDates due = DueDates.builder().handling(reopened.id(), days(1)).build();
    IndicatorSet seen = CaseStatistics.of(List.of(reopened.state()), due, days(2)).indicators(MAY);
    assertThat(seen.rate(Indicator.ON_TIME_HANDLING)).isEqualTo(new Rate(Indicator.ON_TIME_HANDLING, 0, 1));
  }

  @Test
  void withNoCasesEveryIndicatorIsNotApplicable() {
    IndicatorSet none = CaseStatistics.of(List.of(), DueDates.none(), days(4)).indicators(MAY);
    assertThat(none.measures().values()).allSatisfy(measure -> assertThat(measure.isApplicable()).isFalse());
    assertThat(none.rate(Indicator.ON_TIME_CLOSING).fraction()).isEmpty();
    assertThat(none.mean(Indicator.AVERAGE_HANDLING_TIME).mean()).isEmpty();
  }

  @Test
  void withoutDueDatesTheDueIndicatorsAreNotApplicableButTheOthersAre() {
    IndicatorSet seen = CaseStatistics.of(Week.CASES, DueDates.none(), days(4)).indicators(MAY);
    assertThat(seen.rate(Indicator.ON_TIME_HANDLING).isApplicable()).isFalse();
    assertThat(seen.rate(Indicator.REWORK_RATE).isApplicable()).isFalse();
    assertThat(seen.rate(Indicator.FILING_RATE)).isEqualTo(new Rate(Indicator.FILING_RATE, 5, 6));
  }

  @Test
  void countsEachCaseInThePeriodOfItsIndicatorsOwnInstant() {
    // c-4 is due on 7 May, c-1 and c-3 on 8 May: days split them; weeks keep them together.
    Period may7 = Period.of(PeriodUnit.DAY, LocalDate.of(2024, 5, 7), FUXIN);
    Period may8 = Period.of(PeriodUnit.DAY, LocalDate.of(2024, 5, 8), FUXIN);
    var byDay = Week.STATS.byPeriod(List.of(may7, may8));
    assertThat(byDay.get(may7).rate(Indicator.ON_TIME_CLOSING)).isEqualTo(new Rate(Indicator.ON_TIME_CLOSING, 2, 2));
    assertThat(byDay.get(may8).rate(Indicator.ON_TIME_CLOSING)).isEqualTo(new Rate(Indicator.ON_TIME_CLOSING, 1, 3));
    // Accepted on 6 May, so the filing rate of 7 May has no cases.
    assertThat(byDay.get(may7).rate(Indicator.FILING_RATE).isApplicable()).isFalse();
  }

  @Test
  void aCaseReportedAtMidnightBelongsToTheDayThatStartsThen() {
    Period may7 = Period.of(PeriodUnit.DAY, LocalDate.of(2024, 5, 7), FUXIN);
    Story midnight = Story.of("c-midnight", BUILDING_1, "0101", Channel.HOTLINE, may7.start().minusSeconds(600))
        .accept(10);
    CaseStatistics stats = CaseStatistics.of(List.of(midnight.state()), DueDates.none(), days(4));
    Period may6 = Period.of(PeriodUnit.DAY, LocalDate.of(2024, 5, 6), FUXIN);
    assertThat(stats.byPeriod(List.of(may6, may7)).values())
        .extracting(set -> set.rate(Indicator.FILING_RATE).denominator()).containsExactly(0L, 1L);
  }

  @Test
  void refusesACaseGivenTwice() {
    assertThatThrownBy(() -> CaseStatistics.of(List.of(Week.C1.state(), Week.C1.state()), Week.DUE, days(4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("case c-1 is given twice");
  }

  @Test
  void refusesACaseWithEventsAfterTheAsOfInstant() {
    assertThatThrownBy(() -> CaseStatistics.of(List.of(Week.C2.state()), Week.DUE, days(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("case c-2 has an event at 2024-05-09T01:10:00Z, after the as-of instant");
  }
}
