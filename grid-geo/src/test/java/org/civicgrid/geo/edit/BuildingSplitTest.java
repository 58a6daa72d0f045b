package org.civicgrid.geo.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.civicgrid.geo.edit.Blocks.A;
import static org.civicgrid.geo.edit.Blocks.B;
import static org.civicgrid.geo.edit.Blocks.C;
import static org.civicgrid.geo.edit.Blocks.D;
import static org.civicgrid.geo.edit.Blocks.E;
import static org.civicgrid.geo.edit.Blocks.F;
import static org.civicgrid.geo.edit.Blocks.NEW_1;
import static org.civicgrid.geo.edit.Blocks.NEW_2;
import static org.civicgrid.geo.edit.Blocks.NEW_3;
import static org.civicgrid.geo.edit.Blocks.area;
import static org.civicgrid.geo.edit.Blocks.assertSameArea;
import static org.civicgrid.geo.edit.Blocks.assertValidCoverage;
import static org.civicgrid.geo.edit.Blocks.wkt;

import java.util.List;
import java.util.Random;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Splitting a grid among new grids by its buildings, through {@link CoverageEditor#splitByBuildings}. */
class BuildingSplitTest {
  private static final GeometryFactory POINTS = new GeometryFactory();
  private final CoverageEditor editor = CoverageEditor.of(Blocks.compounds());

  @Test
  void everyBuildingLandsInItsPartAlongTheBisectorBetweenThem() {
    List<BuildingSite> buildings = List.of(
        BuildingSite.of("B1", 1.25, 0.25, NEW_1),
        BuildingSite.of("B2", 1.25, 0.75, NEW_1),
        BuildingSite.of("B3", 1.75, 0.5, NEW_2));
    BoundaryLayer split = editor.splitByBuildings(B, buildings);

    assertThat(split.boundary(B)).isEmpty();
    assertInTheirParts(split, buildings);
    // The border follows the bisectors of B1-B3 and B2-B3, meeting where all three are equidistant.
    assertSameArea(area(split, NEW_1),
        "POLYGON ((1 0, 1.6875 0, 1.4375 0.5, 1.6875 1, 1 1, 1 0))");
    assertThat(area(split, E).getCoordinates()).hasSize(6);
    assertValidCoverage(split, List.of(A, NEW_1, NEW_2, C, D, E, F));
  }

  @Test
  void buildingsOfOnePartAreNotSeparatedByAnyBorder() {
    List<BuildingSite> buildings = List.of(
        BuildingSite.of("B1", 1.2, 0.2, NEW_1),
        BuildingSite.of("B2", 1.2, 0.8, NEW_1),
        BuildingSite.of("B3", 1.8, 0.2, NEW_2),
        BuildingSite.of("B4", 1.8, 0.8, NEW_2));
    BoundaryLayer split = editor.splitByBuildings(B, buildings);

    // The corner where the four cells met stays on the border, in both parts.
    assertSameArea(area(split, NEW_1), "POLYGON ((1 0, 1.5 0, 1.5 0.5, 1.5 1, 1 1, 1 0))");
    assertSameArea(area(split, NEW_2), "POLYGON ((1.5 0, 2 0, 2 1, 1.5 1, 1.5 0.5, 1.5 0))");
  }

  @Test
  void manyBuildingsInThreePartsTileTheGridExactly() {
    Random random = new Random(2024);
    List<GridCode> parts = List.of(NEW_1, NEW_2, NEW_3);
    List<BuildingSite> buildings = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double x = 1 + random.nextDouble();
      double y = random.nextDouble();
      GridCode part = x < 1.4 ? NEW_1 : y < 0.5 ? NEW_2 : NEW_3;
      buildings.add(BuildingSite.of("B" + i, x, y, part));
    }
    BoundaryLayer split = editor.splitByBuildings(B, buildings);

    assertInTheirParts(split, buildings);
    double total = parts.stream().mapToDouble(p -> area(split, p).getArea()).sum();
    assertThat(total).isCloseTo(1.0, offset(1e-9));
    assertValidCoverage(split, List.of(A, NEW_1, NEW_2, NEW_3, C, D, E, F));
  }

  @Test
  void aBuildingOnTheGridsBoundaryStillCounts() {
    BoundaryLayer split = editor.splitByBuildings(B, List.of(
        BuildingSite.of("B1", 1.0, 0.5, NEW_1), BuildingSite.of("B2", 2.0, 0.5, NEW_2)));
    assertSameArea(area(split, NEW_1), "POLYGON ((1 0, 1.5 0, 1.5 1, 1 1, 1 0))");
  }

  @Test
  void aConcaveGridCanLeaveAPartInTwoPieces() {
    Geometry u = wkt("POLYGON ((0 0, 3 0, 3 2, 2 2, 2 1, 1 1, 1 2, 0 2, 0 0))");
    BoundaryLayer layer = BoundaryLayer.of(editor.layer().system(), List.of(Boundary.of(B, u)));
    // Both arms are nearer B1 and B3 than B2, but the notch between them is not the grid's.
    List<BuildingSite> buildings = List.of(BuildingSite.of("B1", 0.5, 1.9, NEW_1),
        BuildingSite.of("B2", 1.5, 0.5, NEW_2), BuildingSite.of("B3", 2.5, 1.9, NEW_1));
    BoundaryLayer split = CoverageEditor.of(layer).splitByBuildings(B, buildings);

    assertThat(area(split, NEW_1).getNumGeometries()).isEqualTo(2);
    assertInTheirParts(split, buildings);
  }

  @Test
  void refusesABuildingOutsideTheGrid() {
    assertThatThrownBy(() -> editor.splitByBuildings(B, List.of(
            BuildingSite.of("B1", 1.5, 0.5, NEW_1), BuildingSite.of("B9", 2.5, 0.5, NEW_2))))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.BUILDING_OUTSIDE);
          assertThat(e.grids()).containsExactly(B, NEW_2);
          assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.getCoordinate().x).isEqualTo(2.5));
        })
        .hasMessageContaining("B9").hasMessageContaining(B.value());
  }

  @Test
  void refusesTwoBuildingsOnOneSpotInDifferentParts() {
    assertThatThrownBy(() -> editor.splitByBuildings(B, List.of(
            BuildingSite.of("B1", 1.5, 0.5, NEW_1), BuildingSite.of("B2", 1.5, 0.5, NEW_2))))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.BUILDINGS_CONFLICT))
        .hasMessageContaining("B1").hasMessageContaining("B2");
  }

  @Test
  void twoBuildingsOnOneSpotInOnePartAreFine() {
    BoundaryLayer split = editor.splitByBuildings(B, List.of(BuildingSite.of("B1", 1.2, 0.5, NEW_1),
        BuildingSite.of("B1-annex", 1.2, 0.5, NEW_1), BuildingSite.of("B2", 1.8, 0.5, NEW_2)));
    assertSameArea(area(split, NEW_2), "POLYGON ((1.5 0, 2 0, 2 1, 1.5 1, 1.5 0))");
  }

  @Test
  void refusesFewerThanTwoPartsAndExistingCodes() {
    assertThatThrownBy(() -> editor.splitByBuildings(B, List.of(BuildingSite.of("B1", 1.5, 0.5, NEW_1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(B.value());
    assertThatThrownBy(() -> editor.splitByBuildings(B, List.of(
            BuildingSite.of("B1", 1.2, 0.5, NEW_1), BuildingSite.of("B2", 1.8, 0.5, C))))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.GRID_EXISTS));
  }

  @Test
  void buildingSitesRefuseBadInput() {
    assertThatThrownBy(() -> BuildingSite.of(" ", 1, 1, NEW_1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BuildingSite.of("B1", Double.NaN, 1, NEW_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B1");
    assertThatThrownBy(() -> BuildingSite.of("B1", 1, 1, null)).isInstanceOf(NullPointerException.class);
  }

  private static void assertInTheirParts(BoundaryLayer split, List<BuildingSite> buildings) {
    for (BuildingSite b : buildings) {
      assertThat(area(split, b.part()).covers(POINTS.createPoint(b.coordinate())))
          .as("%s in %s", b.placeId(), b.part()).isTrue();
    }
  }
}
