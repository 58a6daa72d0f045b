package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PatrolTourTest {
  @Test
  void fromACornerRoundASquareIsItsPerimeter() {
    assertThat(PatrolTour.length(new double[] {0, 100, 0, 100}, new double[] {0, 100, 100, 0}))
        .isCloseTo(400, within(1e-9));
  }

  @Test
  void twoOptUntanglesATourOfPointsOnACircleIntoThePolygon() {
    int n = 24;
    double[] x = new double[n];
    double[] y = new double[n];
    Random random = new Random(7);
    int[] order = random.ints(0, Integer.MAX_VALUE).distinct().limit(n).toArray();
    Integer[] shuffled = new Integer[n];
    for (int i = 0; i < n; i++) {
      shuffled[i] = i;
    }
    java.util.Arrays.sort(shuffled, (p, q) -> Integer.compare(order[p], order[q]));
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * shuffled[i] / n;
      x[i] = 300 * Math.cos(angle);
      y[i] = 300 * Math.sin(angle);
    }

    assertThat(PatrolTour.length(x, y)).isCloseTo(2 * n * 300 * Math.sin(Math.PI / n), within(1e-6));
  }

  @Test
  void aHugeGridIsSweptInStrips() {
    int side = 70;
    double[] x = new double[side * side];
    double[] y = new double[side * side];
    for (int i = 0; i < side * side; i++) {
      x[i] = 10 * (i % side);
      y[i] = 10 * (i / side);
    }

    assertThat(x.length).isGreaterThan(PatrolTour.NEAREST_NEIGHBOUR_LIMIT);
    assertThat(PatrolTour.length(x, y)).as("within 25 % of the 10 m a point the lattice needs")
        .isBetween(49_000.0, 61_250.0);
  }

  @Test
  void aStartAloneHasNoTour() {
    assertThat(PatrolTour.length(new double[] {5}, new double[] {5})).isZero();
    assertThat(PatrolTour.length(new double[0], new double[0])).isZero();
  }
}
