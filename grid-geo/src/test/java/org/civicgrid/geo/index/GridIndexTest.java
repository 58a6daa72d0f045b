package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.geo.index.FlatGridLocatorTest.B1;
import static org.civicgrid.geo.index.FlatGridLocatorTest.B2;
import static org.civicgrid.geo.index.FlatGridLocatorTest.wkt;

import java.util.List;
import java.util.Random;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.Location.Status;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class GridIndexTest {
  private static final String COMPOUND_AREA =
      "POLYGON ((121.60 42.00, 121.62 42.00, 121.62 42.02, 121.60 42.02, 121.60 42.00))";

  private static BoundaryLayer layer(Boundary... boundaries) {
    return BoundaryLayer.of(CoordinateSystem.WGS84, List.of(boundaries));
  }

  @Test
  void searchesTheLowestBoundariesAndSkipsTheirAncestors() {
    BoundaryLayer layer = layer(Boundary.of(COMPOUND, wkt(COMPOUND_AREA)), Boundary.of(BUILDING_1, wkt(B1)),
        Boundary.of(BUILDING_2, wkt(B2)));
    FlatGridLocator locator = GridIndex.build(FuxinGrids.hierarchy(), layer);
    assertThat(locator.grids()).containsExactly(BUILDING_1, BUILDING_2);
    assertThat(locator.locate(GeoPoint.wgs84(121.615, 42.005)).grids()).startsWith(BUILDING_2, COMPOUND);
    assertThat(locator.locate(GeoPoint.wgs84(121.61, 42.015)).status()).isEqualTo(Status.UNCOVERED);
  }

  @Test
  void aLayerOfCommunitiesLocatesCommunities() {
    FlatGridLocator locator = GridIndex.build(FuxinGrids.hierarchy(), layer(Boundary.of(CHANGYUAN, wkt(COMPOUND_AREA))));
    assertThat(locator.locate(GeoPoint.wgs84(121.61, 42.01)).grids()).startsWith(CHANGYUAN).hasSize(3);
  }

  @Test
  void refusesABoundaryOfAGridOutsideTheHierarchyNamingIt() {
    GridCode stranger = GridCode.of("210902001009001001");
    assertThatThrownBy(() -> GridIndex.build(FuxinGrids.hierarchy(),
        layer(Boundary.of(BUILDING_1, wkt(B1)), Boundary.of(stranger, wkt(B2)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stranger.value());
  }

  @Test
  void refusesALayerWithoutBoundaries() {
    assertThatThrownBy(() -> GridIndex.build(FuxinGrids.hierarchy(), BoundaryLayer.empty(CoordinateSystem.GCJ02)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no boundary");
  }

  @Test
  void refusesACellSizeOutOfRangeNamingIt() {
    GridIndex.Builder builder = GridIndex.builder(FuxinGrids.hierarchy(), layer(Boundary.of(BUILDING_1, wkt(B1))));
    assertThatThrownBy(() -> builder.cellsPerGrid(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> builder.cellsPerGrid(GridIndex.MAX_CELLS_PER_GRID + 1))
        .hasMessageContaining(String.valueOf(GridIndex.MAX_CELLS_PER_GRID + 1));
  }

  @Test
  void everyCellSizeGivesTheSameAnswers() {
    VoronoiGrids grids = VoronoiGrids.generate(500, 40, 11);
    FlatGridLocator standard = GridIndex.build(grids.hierarchy(), grids.layer());
    FlatGridLocator coarse = GridIndex.builder(grids.hierarchy(), grids.layer()).cellsPerGrid(1).build();
    FlatGridLocator fine = GridIndex.builder(grids.hierarchy(), grids.layer()).cellsPerGrid(256).build();
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      double x = 121.49 + random.nextDouble() * 0.42;
      double y = 41.89 + random.nextDouble() * 0.32;
      int expected = standard.leafIndexAt(x, y);
      assertThat(coarse.leafIndexAt(x, y)).as("(%s, %s)", x, y).isEqualTo(expected);
      assertThat(fine.leafIndexAt(x, y)).as("(%s, %s)", x, y).isEqualTo(expected);
    }
  }

  @Test
  void buildsTheIndexOfFuxinsTwelveThousandGrids() {
    VoronoiGrids city = VoronoiGrids.generate(12_000, 7, 2);
    FlatGridLocator locator = GridIndex.build(city.hierarchy(), city.layer());
    assertThat(locator.grids()).hasSize(city.polygons().size()).isEqualTo(city.codes());
    assertThat(locator.locate(GeoPoint.wgs84(121.7, 42.05)).grids()).hasSize(5);
  }
}
