package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class CompositeSchemeTest {

  @Test
  void scoresADepartmentOnTheWeekOfCases() {
    // On-time handling 4/5 → 80 × 0.4 = 32; completion 4/5 → 80 × 0.3 = 24; rework 1/5 → (100 − 20) × 0.3 = 24.
    IndicatorSet week = CaseStatisticsTest.Week.STATS.indicators(CaseStatisticsTest.MAY);
    CompositeScore score = CompositeSchemes.department().score(week);
    assertThat(score.total().getAsDouble()).isCloseTo(80.0, within(1e-9));
    assertThat(score.parts()).extracting(ScorePart::contribution)
        .containsExactly(32.0, 24.0, 24.0);
  }

  @Test
  void leavesOutAnIndicatorThatDoesNotApplyAndScalesTheOtherWeights() {
    // Satisfaction has no ratings: 0.4 and 0.2 become 2/3 and 1/3; 90 × 2/3 + (100 − 25) × 1/3 = 85.
    IndicatorSet worker = Measures.of(new Rate(Indicator.ON_TIME_HANDLING, 9, 10),
        new Rate(Indicator.SEND_BACK_RATE, 1, 4));
    CompositeScore score = CompositeSchemes.gridWorker().score(worker);
    assertThat(score.total().getAsDouble()).isCloseTo(85.0, within(1e-9));
    assertThat(score.parts().get(1).appliedWeight()).isZero();
    assertThat(score.explain()).isEqualTo("""
        grid-worker: 85.00
          on-time handling 9 / 10 (90.0 %) → 90.0 points × 0.667 (scaled from 0.400) = 60.00
          resident satisfaction 0 / 0 (n/a), weight 0.400 left out
          send-back rate 1 / 4 (25.0 %) → 75.0 points (100 − rate) × 0.333 (scaled from 0.200) = 25.00""");
  }

  @Test
  void hasNoScoreWhenNoIndicatorApplies() {
    CompositeScore score = CompositeSchemes.centre().score(Measures.of());
    assertThat(score.total()).isEmpty();
    assertThat(score.toString()).isEqualTo("centre n/a");
  }

  @Test
  void takesItsWeightsAsData() {
    Map<Indicator, Double> weights = new LinkedHashMap<>();
    weights.put(Indicator.COMPLETION_RATE, 0.7);
    weights.put(Indicator.SATISFACTION, 0.3);
    CompositeScheme scheme = CompositeScheme.of("street-office", weights);
    assertThat(scheme.weights()).containsExactlyEntriesOf(weights);
    CompositeScore score = scheme.score(Measures.of(new Rate(Indicator.COMPLETION_RATE, 1, 2),
        new Rate(Indicator.SATISFACTION, 3, 4)));
    assertThat(score.total().getAsDouble()).isCloseTo(0.7 * 50 + 0.3 * 75, within(1e-9));
  }

  @Test
  void refusesWeightsThatDoNotSumToOne() {
    assertThatThrownBy(() -> CompositeScheme.builder("department").weight(Indicator.COMPLETION_RATE, 0.3)
        .weight(Indicator.ON_TIME_HANDLING, 0.3).weight(Indicator.REWORK_RATE, 0.3).build())
        .isInstanceOf(CivicGridException.class)
        .hasMessageContaining("composite score department has weights summing to 0.8999999999999999, not 1")
        .extracting(e -> ((CivicGridException) e).code()).isEqualTo(ErrorCode.INVALID_SCORE_SCHEME);
  }

  @Test
  void refusesANegativeWeight() {
    assertThatThrownBy(() -> CompositeScheme.builder("x").weight(Indicator.COMPLETION_RATE, 1.5)
        .weight(Indicator.REWORK_RATE, -0.5).build())
        .isInstanceOf(CivicGridException.class).hasMessageContaining("weighs REWORK_RATE by -0.5");
  }

  @Test
  void refusesAMeanTimeWhichHasNoScore() {
    assertThatThrownBy(() -> CompositeScheme.builder("x").weight(Indicator.AVERAGE_HANDLING_TIME, 1).build())
        .isInstanceOf(CivicGridException.class).hasMessageContaining("weighs AVERAGE_HANDLING_TIME, a mean time");
  }

  @Test
  void refusesAnIndicatorWeighedTwice() {
    assertThatThrownBy(() -> CompositeScheme.builder("x").weight(Indicator.SATISFACTION, 0.5)
        .weight(Indicator.SATISFACTION, 0.5))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("composite score x weighs SATISFACTION twice");
  }

  @Test
  void refusesNoWeightsAndABadId() {
    assertThatThrownBy(() -> CompositeScheme.of("x", Map.of()))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("composite score x has no weights");
    assertThatThrownBy(() -> CompositeScheme.of("Grid Worker", Map.of(Indicator.SATISFACTION, 1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Grid Worker");
  }

  @Test
  void showsItsWeights() {
    assertThat(CompositeSchemes.centre().toString())
        .isEqualTo("centre: filing rate 25.00 %, dispatch accuracy 40.00 %, on-time closing 35.00 %");
  }
}
