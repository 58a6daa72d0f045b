package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class LayoutMetricsTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private static LayoutGrid grid(String code, int households, double width, double height) {
    return new LayoutGrid(code, "210902001001", households, households,
        FACTORY.toGeometry(new Envelope(0, width, 0, height)));
  }

  @Test
  void squaresAndLongStripsGiveTheirPolsbyPopperAndTheBandShare() {
    ImmutableList.Builder<LayoutGrid> grids = ImmutableList.builder();
    for (int i = 0; i < 9; i++) {
      grids.add(grid(String.format("210902001001%03d", i + 1), 100, 100, 100));
    }
    grids.add(grid("210902001001010", 126, 400, 100));
    LayoutMetrics metrics = LayoutMetrics.of(new Layout(grids.build(), ImmutableList.of()), LayoutSettings.of(100));

    assertThat(metrics.grids()).isEqualTo(10);
    assertThat(metrics.withinBand()).isEqualTo(0.9);
    assertThat(metrics.p10PolsbyPopper()).isCloseTo(4 * Math.PI * 40_000 / (1000.0 * 1000), within(1e-9));
    assertThat(metrics.meanPolsbyPopper()).isCloseTo((9 * Math.PI / 4 + 0.16 * Math.PI) / 10, within(1e-9));
    assertThat(metrics.meanHullRatio()).isEqualTo(1.0);
    assertThat(metrics.smallest()).isEqualTo(100);
    assertThat(metrics.largest()).isEqualTo(126);
    assertThat(metrics.notContiguous()).isZero();
  }

  @Test
  void anEmptyLayoutHasNoFigures() {
    assertThat(LayoutMetrics.of(new Layout(ImmutableList.of(), ImmutableList.of()), LayoutSettings.of(100)).grids())
        .isZero();
  }

  @Test
  void refusesAMissingLayout() {
    assertThatThrownBy(() -> LayoutMetrics.of(null, LayoutSettings.of(100))).isInstanceOf(NullPointerException.class)
        .hasMessage("layout");
  }
}
