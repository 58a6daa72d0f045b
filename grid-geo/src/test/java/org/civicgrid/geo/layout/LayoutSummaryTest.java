package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LayoutSummaryTest {
  private static final Spread TWO = Spread.of(new double[] {96, 104});
  private static final LayoutMetrics METRICS = new LayoutMetrics(2, 1, 0, 0.78, 0.78, 1, 96, 104);

  private static LayoutSummary summary(OptionalLong workers, Optional<Spread> perWorker) {
    return new LayoutSummary(12, 200, 570, 0, 0, METRICS, 0.04, TWO, TWO, TWO, TWO, TWO, 60, 140, workers,
        perWorker);
  }

  @Test
  void theFiguresReadInOrderAndStaffingOnlyWhenGiven() {
    var unstaffed = summary(OptionalLong.empty(), Optional.empty()).figures();

    assertThat(unstaffed).doesNotContainKey("full-time workers").containsEntry("grids within band (%)", 100.0)
        .containsEntry("largest deviation from target (%)", 4.0).containsEntry("distance to service point m: p95", 140.0);
    assertThat(unstaffed.keySet()).first().isEqualTo("grids");
    assertThat(summary(OptionalLong.of(2), Optional.of(TWO)).figures()).containsEntry("full-time workers", 2.0)
        .containsEntry("households per full-time worker: max", 104.0);
  }

  @Test
  void missingPartsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> summary(null, Optional.empty()))
        .withMessage("fullTimeWorkers");
  }
}
