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
import static org.civicgrid.geo.edit.Blocks.line;
import static org.civicgrid.geo.edit.Blocks.wkt;

import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Splitting a grid in two along a line, through {@link CoverageEditor#splitByLine}. */
class LineSplitTest {
  private final CoverageEditor editor = CoverageEditor.of(Blocks.compounds());

  @Test
  void cutsAGridInTwoAndGivesTheNewEdgeVertexToTheNeighbour() {
    BoundaryLayer split = editor.splitByLine(B, line("LINESTRING (1.5 -0.5, 1.5 1.5)"), NEW_1, NEW_2);

    assertThat(split.boundary(B)).isEmpty();
    assertSameArea(area(split, NEW_1), "POLYGON ((1 0, 1.5 0, 1.5 1, 1 1, 1 0))");
    assertSameArea(area(split, NEW_2), "POLYGON ((1.5 0, 2 0, 2 1, 1.5 1, 1.5 0))");
    assertSameArea(area(split, E), "POLYGON ((1 1, 1.5 1, 2 1, 2 2, 1 2, 1 1))");
    for (var untouched : List.of(A, C, D, F)) {
      assertThat(split.boundary(untouched)).isEqualTo(editor.layer().boundary(untouched));
    }
    assertValidCoverage(split, List.of(A, NEW_1, NEW_2, C, D, E, F));
  }

  @Test
  void theLeftOfTheLineAsDrawnTakesTheFirstCode() {
    BoundaryLayer southward = editor.splitByLine(B, line("LINESTRING (1.5 1, 1.5 0)"), NEW_1, NEW_2);
    assertThat(area(southward, NEW_1).getCentroid().getX()).isEqualTo(1.75);
    assertThat(area(southward, NEW_2).getCentroid().getX()).isEqualTo(1.25);
  }

  @Test
  void keepsTheNewPartsWhereTheOldGridWasInTheLayer() {
    BoundaryLayer split = editor.splitByLine(B, line("LINESTRING (1.5 0, 1.5 1)"), NEW_1, NEW_2);
    assertThat(split.boundaries()).extracting(Boundary::grid).containsExactly(A, NEW_1, NEW_2, C, D, E, F);
  }

  @Test
  void aSlantedCutMatchesTheNeighbourExactlyWhereItMeetsTheEdge() {
    BoundaryLayer split = editor.splitByLine(B, line("LINESTRING (1.1 -1, 1.3 0.4, 1.9 2.3)"), NEW_1, NEW_2);

    Coordinate onTop = List.of(area(split, NEW_1).getCoordinates()).stream()
        .filter(c -> c.y == 1 && c.x > 1 && c.x < 2).findFirst().orElseThrow();
    assertThat(area(split, E).getCoordinates()).contains(onTop);
    assertThat(area(split, NEW_1).getArea() + area(split, NEW_2).getArea()).isCloseTo(1.0, offset(1e-12));
    assertValidCoverage(split, List.of(A, NEW_1, NEW_2, C, D, E, F));
  }

  @Test
  void aCutThroughCornersAddsNoVertexToAnyNeighbour() {
    BoundaryLayer split = editor.splitByLine(B, line("LINESTRING (0.5 -0.5, 1 0, 2 1, 2.5 1.5)"), NEW_1, NEW_2);
    assertSameArea(area(split, NEW_1), "POLYGON ((1 0, 2 1, 1 1, 1 0))");
    for (var neighbour : List.of(A, C, D, E, F)) {
      assertThat(split.boundary(neighbour)).isEqualTo(editor.layer().boundary(neighbour));
    }
  }

  @Test
  void leavesTheOriginalLayerAsItWas() {
    BoundaryLayer before = Blocks.compounds();
    CoverageEditor.of(before).splitByLine(B, line("LINESTRING (1.5 -0.5, 1.5 1.5)"), NEW_1, NEW_2);
    assertThat(before.boundary(E).orElseThrow().area().getNumPoints()).isEqualTo(5);
    assertThat(before.boundary(B)).isPresent();
  }

  @Test
  void refusesALineEndingInsideTheGrid() {
    assertThatThrownBy(() -> editor.splitByLine(B, line("LINESTRING (1.5 -0.5, 1.5 0.5)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.LINE_DOES_NOT_CROSS);
          assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
          assertThat(e.grids()).startsWith(B);
          assertThat(e.problem()).isPresent();
        })
        .hasMessageContaining("ends inside").hasMessageContaining(B.value());
  }

  @Test
  void refusesALineThatMissesTheGrid() {
    assertThatThrownBy(() -> editor.splitByLine(B, line("LINESTRING (0.5 -0.5, 0.5 1.5)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.LINE_DOES_NOT_CROSS))
        .hasMessageContaining("does not cut grid " + B + " in two");
  }

  @Test
  void refusesALineThatCutsMoreThanTwoPieces() {
    BoundaryLayer u = BoundaryLayer.of(editor.layer().system(), List.of(Boundary.of(B,
        wkt("POLYGON ((0 0, 3 0, 3 2, 2 2, 2 1, 1 1, 1 2, 0 2, 0 0))"))));
    assertThatThrownBy(() -> CoverageEditor.of(u).splitByLine(B, line("LINESTRING (-1 1.5, 4 1.5)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.LINE_DOES_NOT_CROSS))
        .hasMessageContaining("into 3 pieces");
  }

  @Test
  void refusesALineThatCrossesItself() {
    assertThatThrownBy(() -> editor.splitByLine(B,
            line("LINESTRING (1.2 -0.5, 1.8 1.5, 1.8 0.5, 1.2 0.5, 1.2 1.5)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.LINE_DOES_NOT_CROSS))
        .hasMessageContaining("crosses or closes on itself");
  }

  @Test
  void refusesPartCodesTheLayerAlreadyHas() {
    assertThatThrownBy(() -> editor.splitByLine(B, line("LINESTRING (1.5 0, 1.5 1)"), NEW_1, C))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.GRID_EXISTS);
          assertThat(e.grids()).containsExactly(C, B);
        });
  }

  @Test
  void refusesAnUnknownGridAndCallerMistakes() {
    assertThatThrownBy(() -> editor.splitByLine(NEW_3, line("LINESTRING (1.5 0, 1.5 1)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.UNKNOWN_GRID))
        .hasMessageContaining(NEW_3.value());
    assertThatThrownBy(() -> editor.splitByLine(B, line("LINESTRING (1.5 0, 1.5 1)"), NEW_1, NEW_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NEW_1.value());
    assertThatThrownBy(() -> editor.splitByLine(B, line("LINESTRING EMPTY"), NEW_1, NEW_2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void refusesACutNextToANeighbourWhoseEdgeAlreadyDoesNotMatch() {
    Geometry misdrawn = wkt("POLYGON ((1 1, 1.7 1, 2 1, 2 2, 1 2, 1 1))");
    BoundaryLayer layer = Blocks.compounds().with(Boundary.of(E, misdrawn));
    assertThatThrownBy(() -> CoverageEditor.of(layer).splitByLine(B, line("LINESTRING (1.5 -0.5, 1.5 1.5)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.COVERAGE_BROKEN);
          assertThat(e.grids()).contains(E);
          assertThat(e.report().findings()).isNotEmpty();
          assertThat(e.problem()).isPresent();
        });
  }
}
