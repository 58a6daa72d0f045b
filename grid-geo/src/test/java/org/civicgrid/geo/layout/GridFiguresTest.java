package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GridFiguresTest {
  private static GridFigures figures(String code, OptionalInt workers) {
    return new GridFigures(code, "210902001001", 96, 270, 12, -0.04, 10_000, Math.PI / 4, 1, 4, workers,
        OptionalDouble.of(96), 420, 0.7124 * Math.sqrt(12 * 10_000), 50, 50, 35, 60);
  }

  @Test
  void aGridStaffedWithOneWorkerServesItsHouseholds() {
    GridFigures grid = figures("210902001001001", OptionalInt.of(1));

    assertThat(grid.householdsPerFullTimeWorker()).hasValue(96.0);
    assertThat(grid.bhhMetres()).isEqualTo(GridFigures.BHH * Math.sqrt(grid.sites() * grid.areaSquareMetres()));
  }

  @Test
  void missingValuesAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> figures(null, OptionalInt.empty())).withMessage("code");
    assertThatNullPointerException().isThrownBy(() -> figures("210902001001001", null))
        .withMessage("fullTimeWorkers");
  }
}
