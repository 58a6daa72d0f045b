package org.civicgrid.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.CompoundBlocks.COMPOUND;
import static org.civicgrid.geo.CompoundBlocks.NORTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.geometry;

import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.geo.CompoundBlocks;
import org.civicgrid.geo.SyntheticCity;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class ParentBoundariesTest {
  private static final GridHierarchy HIERARCHY = CompoundBlocks.hierarchy();

  private static BoundaryLayer buildingGridsOnly() {
    return CompoundBlocks.layer(CompoundBlocks.wkt()).without(COMPOUND);
  }

  @Test
  void aCompoundIsTheUnionOfItsBuildingGrids() {
    Boundary compound = ParentBoundaries.derive(HIERARCHY, buildingGridsOnly(), COMPOUND);
    assertThat(compound.grid()).isEqualTo(COMPOUND);
    assertThat(compound.area().equalsTopo(geometry(CompoundBlocks.COMPOUND_WKT))).isTrue();
  }

  @Test
  void everyMissingParentIsDerivedFromTheBuildingGridsUp() {
    BoundaryLayer filled = ParentBoundaries.deriveMissing(HIERARCHY, buildingGridsOnly());
    assertThat(filled.size()).isEqualTo(HIERARCHY.size());
    for (String code : new String[] {"210902", "210902001", "210902001001", COMPOUND.value()}) {
      assertThat(filled.boundary(GridCode.of(code)).orElseThrow().area()
          .equalsTopo(geometry(CompoundBlocks.COMPOUND_WKT))).as(code).isTrue();
    }
    assertThat(CoverageCheck.of(HIERARCHY, filled).checkAll().isClean()).isTrue();
  }

  @Test
  void derivedParentsOfASyntheticCityEqualItsOwn() {
    SyntheticCity city = SyntheticCity.of(5, 300);
    BoundaryLayer leaves = BoundaryLayer.of(city.layer().system(), city.layer().boundaries().stream()
        .filter(b -> b.grid().length() == 18).toList());
    BoundaryLayer filled = ParentBoundaries.deriveMissing(city.hierarchy(), leaves);
    for (Boundary own : city.layer().boundaries()) {
      assertThat(filled.boundary(own.grid()).orElseThrow().area().equalsTopo(own.area())).as(own.grid().value()).isTrue();
    }
  }

  @Test
  void aGridWithoutChildrenOrAChildWithoutABoundaryIsNotFound() {
    assertThatThrownBy(() -> ParentBoundaries.derive(HIERARCHY, buildingGridsOnly(), SOUTH_WEST))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining(SOUTH_WEST.value()).hasMessageContaining("no children");
    assertThatThrownBy(() -> ParentBoundaries.derive(HIERARCHY, buildingGridsOnly().without(NORTH_EAST), COMPOUND))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining(COMPOUND.value()).hasMessageContaining(NORTH_EAST.value());
    assertThatThrownBy(() -> ParentBoundaries.derive(HIERARCHY, buildingGridsOnly(), GridCode.of("210902001001009")))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("210902001001009");
  }

  @Test
  void overlappingChildrenAreNotAValidCoverageAndNothingIsDerived() {
    Map<GridCode, String> wkt = CompoundBlocks.wkt();
    wkt.remove(COMPOUND);
    wkt.put(NORTH_EAST, "POLYGON ((121.61 42.004, 121.62 42.004, 121.62 42.01, 121.61 42.01, 121.61 42.005, 121.61 42.004))");
    BoundaryLayer overlapping = CompoundBlocks.layer(wkt);
    assertThatThrownBy(() -> ParentBoundaries.derive(HIERARCHY, overlapping, COMPOUND))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_COVERAGE))
        .hasMessageContaining(COMPOUND.value()).hasMessageContaining(SOUTH_EAST.value())
        .hasMessageContaining(NORTH_EAST.value());
    assertThatThrownBy(() -> ParentBoundaries.deriveMissing(HIERARCHY, overlapping))
        .isInstanceOf(CivicGridException.class);
    assertThat(overlapping.boundary(COMPOUND)).isEmpty();
  }

  @Test
  void aVertexOnOneSideOfASharedEdgeOnlyIsRefused() {
    Map<GridCode, String> wkt = CompoundBlocks.wkt();
    wkt.remove(COMPOUND);
    wkt.put(SOUTH_WEST, "POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.0025, 121.61 42.005, 121.60 42.005, 121.60 42.00))");
    assertThatThrownBy(() -> ParentBoundaries.derive(HIERARCHY, CompoundBlocks.layer(wkt), COMPOUND))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_COVERAGE))
        .hasMessageContaining(SOUTH_WEST.value());
  }
}
