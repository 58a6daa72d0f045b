package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridMeasureTest {
  @Test
  void theMedoidIsWhereMostHouseholdsAreNear() {
    double[] x = {0, 100, 200};
    double[] y = {0, 0, 0};

    assertThat(GridMeasure.medoid(x, y, new int[] {1, 1, 1})).isEqualTo(1);
    assertThat(GridMeasure.medoid(x, y, new int[] {1, 1, 5})).isEqualTo(2);
  }

  @Test
  void aHugeGridTriesTheSitesNearestItsCentroid() {
    int n = GridMeasure.MEDOID_CANDIDATES + 1_000;
    double[] x = new double[n];
    double[] y = new double[n];
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      w[i] = 1;
    }

    assertThat(x[GridMeasure.medoid(x, y, w)]).isEqualTo((n - 1) / 2);
  }

  @Test
  void distancesAreWeightedByHouseholds() {
    double[] d = GridMeasure.distances(new double[] {3, 0, 30}, new double[] {4, 0, 40}, 0, 0);
    int[] w = {2, 1, 1};

    assertThat(d).containsExactly(5, 0, 50);
    assertThat(GridMeasure.weightedMean(d, w)).isEqualTo(15);
    assertThat(GridMeasure.weightedQuantile(d, w, 0.5)).as("2 of 4 households within 5 m").isEqualTo(5);
    assertThat(GridMeasure.weightedQuantile(d, w, 0.95)).isEqualTo(50);
  }

  @Test
  void noHouseholdsHaveNoDistance() {
    assertThat(GridMeasure.weightedMean(new double[0], new int[0])).isZero();
    assertThat(GridMeasure.weightedQuantile(new double[0], new int[0], 0.95)).isZero();
  }
}
