package org.civicgrid.geo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.CompoundBlocks.COMPOUND;
import static org.civicgrid.geo.CompoundBlocks.NORTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.NORTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_WEST;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.CompoundBlocks;
import org.civicgrid.geo.SyntheticCity;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;

class AdjacencyGraphTest {
  private static final GridHierarchy HIERARCHY = CompoundBlocks.hierarchy();
  private static final Level BUILDING_GRID = HIERARCHY.scheme().level("building-grid");

  @Test
  void gridsMeetingOnlyAtTheCrossroadsAreNotNeighbours() {
    AdjacencyGraph graph = AdjacencyGraph.of(HIERARCHY, CompoundBlocks.layer(CompoundBlocks.wkt()), BUILDING_GRID);
    assertThat(graph.neighbours(SOUTH_WEST)).containsExactly(SOUTH_EAST, NORTH_WEST);
    assertThat(graph.neighbours(NORTH_EAST)).containsExactly(SOUTH_EAST, NORTH_WEST);
    assertThat(graph.adjacent(SOUTH_WEST, NORTH_EAST)).isFalse();
    assertThat(graph.adjacent(NORTH_WEST, SOUTH_WEST)).isTrue();
    assertThat(graph.edgeCount()).isEqualTo(4);
    assertThat(graph.level()).isEqualTo(BUILDING_GRID);
  }

  @Test
  void gridsAreNeighboursEvenWhereTheirSharedEdgeIsNotMatchedVertexForVertex() {
    AdjacencyGraph graph = AdjacencyGraph.of(HIERARCHY, CompoundBlocks.layerWith(SOUTH_WEST,
        "POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.0025, 121.61 42.005, 121.60 42.005, 121.60 42.00))"),
        BUILDING_GRID);
    assertThat(graph.adjacent(SOUTH_WEST, SOUTH_EAST)).isTrue();
  }

  @Test
  void aGridWithoutABoundaryHasNoNeighbours() {
    AdjacencyGraph graph = AdjacencyGraph.of(HIERARCHY,
        CompoundBlocks.layer(CompoundBlocks.wkt()).without(NORTH_EAST), BUILDING_GRID);
    assertThat(graph.neighbours(NORTH_EAST)).isEmpty();
    assertThat(graph.grids()).containsExactly(SOUTH_WEST, SOUTH_EAST, NORTH_WEST);
    assertThat(graph.edgeCount()).isEqualTo(2);
  }

  @Test
  void refusesGridsOfOtherLevelsAndGridsTheHierarchyDoesNotHave() {
    AdjacencyGraph graph = AdjacencyGraph.of(HIERARCHY, CompoundBlocks.layer(CompoundBlocks.wkt()), BUILDING_GRID);
    assertThatThrownBy(() -> graph.neighbours(COMPOUND)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(COMPOUND.value()).hasMessageContaining("compound");
    assertThatThrownBy(() -> graph.neighbours(GridCode.of("210902001001001009")))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("210902001001001009");
  }

  /** In a coverage, neighbours are exactly the grids whose rings share a segment: an independent oracle. */
  @Test
  void inASyntheticCityNeighboursAreTheGridsSharingASegment() {
    SyntheticCity city = SyntheticCity.of(9, 500);
    Level level = city.level("building-grid");
    AdjacencyGraph graph = AdjacencyGraph.of(city.hierarchy(), city.layer(), level);
    Map<LineSegment, Set<GridCode>> owners = new HashMap<>();
    for (Grid grid : city.buildingGrids()) {
      Coordinate[] ring = city.boundary(grid.code()).getExteriorRing().getCoordinates();
      for (int k = 0; k + 1 < ring.length; k++) {
        LineSegment segment = new LineSegment(ring[k], ring[k + 1]);
        segment.normalize();
        owners.computeIfAbsent(segment, s -> new HashSet<>()).add(grid.code());
      }
    }
    Map<GridCode, Set<GridCode>> expected = new HashMap<>();
    owners.values().stream().filter(s -> s.size() == 2).forEach(pair -> {
      GridCode[] two = pair.toArray(GridCode[]::new);
      expected.computeIfAbsent(two[0], g -> new HashSet<>()).add(two[1]);
      expected.computeIfAbsent(two[1], g -> new HashSet<>()).add(two[0]);
    });
    for (Grid grid : city.buildingGrids()) {
      assertThat(graph.neighbours(grid.code())).as(grid.code().value())
          .containsExactlyInAnyOrderElementsOf(expected.getOrDefault(grid.code(), Set.of()));
    }
  }
}
