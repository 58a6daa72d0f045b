package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossingsTest {
  /** The exact sign of (b - a) × (p - a), in BigDecimal. */
  private static int exactOrientation(double ax, double ay, double bx, double by, double px, double py) {
    BigDecimal left = bd(bx).subtract(bd(ax)).multiply(bd(py).subtract(bd(ay)));
    BigDecimal right = bd(by).subtract(bd(ay)).multiply(bd(px).subtract(bd(ax)));
    return left.compareTo(right);
  }

  private static BigDecimal bd(double v) {
    return new BigDecimal(v);
  }

  @Test
  void orientationIsExactForPointsRoundedOntoTheLine() {
    Random random = new Random(3);
    int collinear = 0;
    for (int n = 0; n < 100_000; n++) {
      double ax = 121.5 + random.nextDouble() * 0.4;
      double ay = 41.9 + random.nextDouble() * 0.3;
      double bx = ax + (random.nextDouble() - 0.5) * 0.01;
      double by = ay + (random.nextDouble() - 0.5) * 0.01;
      if (n % 2 == 0) {
        // On a 2^-20 degree grid, so the midpoint below is exactly on the segment.
        ax = Math.rint(ax * 0x1p20) / 0x1p20;
        ay = Math.rint(ay * 0x1p20) / 0x1p20;
        bx = Math.rint(bx * 0x1p20) / 0x1p20;
        by = Math.rint(by * 0x1p20) / 0x1p20;
      }
      double t = n % 2 == 0 ? 0.5 : random.nextDouble();
      double px = ax + t * (bx - ax);
      double py = ay + t * (by - ay);
      int exact = exactOrientation(ax, ay, bx, by, px, py);
      assertThat(Crossings.orientation(ax, ay, bx, by, px, py)).isEqualTo(exact);
      collinear += exact == 0 ? 1 : 0;
    }
    assertThat(collinear).isGreaterThanOrEqualTo(50_000);
  }

  @Test
  void aRayCountsAnEdgeByTheHalfOpenRule() {
    // Upward edge at x = 1 from y = 0 to y = 2.
    assertThat(Crossings.counted(1, 0, 1, 2, 0, 1)).isTrue();
    assertThat(Crossings.counted(1, 2, 1, 0, 0, 1)).isTrue();
    assertThat(Crossings.counted(1, 0, 1, 2, 1, 1)).as("on the edge: the shifted point is right of it").isFalse();
    assertThat(Crossings.counted(1, 0, 1, 2, 0, 0)).as("lower end included").isTrue();
    assertThat(Crossings.counted(1, 0, 1, 2, 0, 2)).as("upper end excluded").isFalse();
    assertThat(Crossings.counted(0, 1, 2, 1, -1, 1)).as("horizontal edges never count").isFalse();
    assertThat(Crossings.counted(0, 0, 2, 2, 1, 1)).as("on a slanted edge").isFalse();
    assertThat(Crossings.counted(0, 0, 2, 2, 0.5, 1)).isTrue();
  }

  @Test
  void pathsAreCrossedAsTheShiftedPointsSeeThem() {
    assertThat(Crossings.crossesHorizontal(1, 0, 1, 2, 0, 2, 1)).isTrue();
    assertThat(Crossings.crossesHorizontal(1, 0, 1, 2, 0, 1, 1)).as("ends on the edge: shifted beyond it").isTrue();
    assertThat(Crossings.crossesHorizontal(1, 0, 1, 2, 1, 2, 1)).as("starts on the edge: shifted beyond it").isFalse();
    assertThat(Crossings.crossesVertical(0, 1, 2, 1, 1, 0, 2)).isTrue();
    assertThat(Crossings.crossesVertical(0, 1, 2, 1, 1, 0, 1)).as("ends on the edge: shifted above it").isTrue();
    assertThat(Crossings.crossesVertical(0, 1, 2, 1, 1, 1, 2)).as("starts on the edge: shifted above it").isFalse();
    assertThat(Crossings.crossesVertical(1, 0, 1, 2, 1, 0, 2)).as("a vertical edge on the path").isFalse();
    assertThat(Crossings.crossesVertical(0, 1, 1, 1, 1, 0, 2)).as("ends at the path").isFalse();
    assertThat(Crossings.crossesVertical(1, 1, 2, 1, 1, 0, 2)).as("starts at the path").isTrue();
  }

  @Test
  void findsPointsExactlyOnASegment() {
    assertThat(Crossings.onSegment(0, 0, 2, 2, 1, 1)).isTrue();
    assertThat(Crossings.onSegment(0, 0, 2, 2, 2, 2)).isTrue();
    assertThat(Crossings.onSegment(0, 0, 2, 2, 3, 3)).isFalse();
    assertThat(Crossings.onSegment(0, 0, 2, 2, 1, 1.0000000001)).isFalse();
  }
}
