package org.civicgrid.geo.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class GridMapSvgTest {
  @Test
  void roundsTheScaleBarToOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(GridMapSvg.niceLength(373)).isEqualTo(200);
    assertThat(GridMapSvg.niceLength(999)).isEqualTo(500);
    assertThat(GridMapSvg.niceLength(1000)).isEqualTo(1000);
    assertThat(GridMapSvg.niceLength(23)).isEqualTo(20);
    assertThat(GridMapSvg.lengthLabel(500)).isEqualTo("500 m");
    assertThat(GridMapSvg.lengthLabel(2000)).isEqualTo("2 km");
    assertThat(GridMapSvg.lengthLabel(5000)).isEqualTo("5 km");
  }

  @Test
  void legendNumbersHaveTheDecimalsTheirClassesNeed() {
    assertThat(GridMapSvg.legendNumber(111.2, 47.2)).isEqualTo("111");
    assertThat(GridMapSvg.legendNumber(2.25, 2.1)).isEqualTo("2.3");
    assertThat(GridMapSvg.legendNumber(0.125, 0.3)).isEqualTo("0.13");
    assertThat(GridMapSvg.legendNumber(-0.001, 0.3)).isEqualTo("0.00");
  }

  /** Two compounds of Haizhou side by side, drawn in full; the expected file was checked by eye. */
  @Test
  void aSmallMapMatchesItsGoldenFile() throws IOException {
    GridHierarchy hierarchy = GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"))
        .add(GridNode.of("210902001001001", "一号小区", "compound", "210902001001").withCounts(96, 270))
        .add(GridNode.of("210902001001002", "二号小区", "compound", "210902001001").withCounts(104, 300))
        .build();
    BoundaryLayer layer = BoundaryLayer.of(CoordinateSystem.GCJ02, List.of(
        Boundary.of(GridCode.of("210902001001001"),
            Changyuan.wkt("POLYGON ((121.650 42.010, 121.655 42.010, 121.655 42.014, 121.650 42.014, 121.650 42.010))")),
        Boundary.of(GridCode.of("210902001001002"),
            Changyuan.wkt("POLYGON ((121.655 42.010, 121.660 42.010, 121.660 42.014, 121.655 42.014, 121.655 42.010))"))));
    String svg = GridMap.ofLevel(layer, hierarchy, hierarchy.scheme().level("compound"))
        .title("长源社区 一、二号小区").metric("户数", Grid::households).width(480).build().toSvg();

    try (InputStream golden = getClass().getResourceAsStream("two-compounds.svg")) {
      assertThat(golden).as("golden file").isNotNull();
      assertThat(svg).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
