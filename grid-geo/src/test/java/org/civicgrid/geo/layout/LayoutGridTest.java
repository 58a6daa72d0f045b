package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LayoutGridTest {
  @Test
  void aSquareGridHasPolsbyPopperOfAQuarterPi() {
    LayoutGrid grid = new LayoutGrid("210902001001001", "210902001001", 100, 100,
        UnitGraphTest.COMPOUND.area());
    assertThat(grid.polsbyPopper()).isCloseTo(Math.PI / 4, within(1e-12));
    assertThat(grid.isContiguous()).isTrue();
    assertThat(grid.hullRatio()).isEqualTo(1.0);
  }

  @Test
  void aGridInTwoPiecesIsNotContiguous() {
    LayoutParent islands = UnitGraphTest.parent("210902001003",
        "MULTIPOLYGON (((0 0, 100 0, 100 100, 0 100, 0 0)), ((300 0, 400 0, 400 100, 300 100, 300 0)))");
    LayoutGrid grid = new LayoutGrid("210902001003001", "210902001003", 20, 3, islands.area());
    assertThat(grid.isContiguous()).isFalse();
    assertThat(grid.hullRatio()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> new LayoutGrid("210902001001001", "210902001001", -1, 0, UnitGraphTest.COMPOUND.area()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("grid 210902001001001: negative count");
  }
}
