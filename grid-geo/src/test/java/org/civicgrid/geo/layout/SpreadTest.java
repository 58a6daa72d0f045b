package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void tenGridsOfOneToTenHouseholdsSpreadByNearestRank() {
    double[] households = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    Spread spread = Spread.of(households);

    assertThat(spread).isEqualTo(new Spread(10, 5.5, 1, 1, 5, 9, 10));
    assertThat(households[0]).as("the values are left as they were").isEqualTo(10);
  }

  @Test
  void noGridsSpreadToZeros() {
    assertThat(Spread.of(new double[0])).isEqualTo(new Spread(0, 0, 0, 0, 0, 0, 0));
    assertThatNullPointerException().isThrownBy(() -> Spread.of(null)).withMessage("values");
  }
}
