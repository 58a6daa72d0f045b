package org.civicgrid.geo.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.edit.Blocks.A;
import static org.civicgrid.geo.edit.Blocks.B;
import static org.civicgrid.geo.edit.Blocks.C;
import static org.civicgrid.geo.edit.Blocks.D;
import static org.civicgrid.geo.edit.Blocks.E;
import static org.civicgrid.geo.edit.Blocks.F;
import static org.civicgrid.geo.edit.Blocks.area;
import static org.civicgrid.geo.edit.Blocks.assertSameArea;
import static org.civicgrid.geo.edit.Blocks.assertValidCoverage;
import static org.civicgrid.geo.edit.Blocks.line;
import static org.civicgrid.geo.edit.Blocks.wkt;

import java.util.List;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

/** Moving the edge two grids share, through {@link CoverageEditor#moveSharedEdge}. */
class EdgeMoveTest {
  private final CoverageEditor editor = CoverageEditor.of(Blocks.compounds());

  @Test
  void bothGridsTakeTheNewEdge() {
    BoundaryLayer moved = editor.moveSharedEdge(A, B, line("LINESTRING (1 0, 1.3 0.5, 1 1)"));

    assertSameArea(area(moved, A), "POLYGON ((0 0, 1 0, 1.3 0.5, 1 1, 0 1, 0 0))");
    assertSameArea(area(moved, B), "POLYGON ((1 0, 2 0, 2 1, 1 1, 1.3 0.5, 1 0))");
    for (var untouched : List.of(C, D, E, F)) {
      assertThat(moved.boundary(untouched)).isEqualTo(editor.layer().boundary(untouched));
    }
    assertThat(moved.boundaries()).extracting(Boundary::grid).containsExactly(A, B, C, D, E, F);
    assertValidCoverage(moved, List.of(A, B, C, D, E, F));
  }

  @Test
  void theEdgeMayBeDrawnEitherWay() {
    BoundaryLayer moved = editor.moveSharedEdge(B, A, line("LINESTRING (1 1, 0.7 0.6, 0.8 0.2, 1 0)"));
    assertSameArea(area(moved, B), "POLYGON ((1 0, 2 0, 2 1, 1 1, 0.7 0.6, 0.8 0.2, 1 0))");
    assertValidCoverage(moved, List.of(A, B, C, D, E, F));
  }

  @Test
  void movesOneStretchOfALongerCommonBoundary() {
    BoundaryLayer merged = editor.merge(List.of(A, B), Blocks.NEW_1);
    // NEW_1 and E share the stretch (1 1)-(2 1); D and NEW_1 share (0 1)-(1 1).
    BoundaryLayer moved = CoverageEditor.of(merged).moveSharedEdge(Blocks.NEW_1, E,
        line("LINESTRING (1 1, 1.5 1.2, 2 1)"));
    assertSameArea(area(moved, E), "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))".replace("(1 1, 2 1", "(1 1, 1.5 1.2, 2 1"));
    assertValidCoverage(moved, List.of(Blocks.NEW_1, C, D, E, F));
  }

  @Test
  void refusesEndPointsThatDoNotEndASharedEdge() {
    assertThatThrownBy(() -> editor.moveSharedEdge(A, B, line("LINESTRING (1 0, 1.3 0.5, 1 0.8)")))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.NO_SHARED_EDGE);
          assertThat(e.grids()).containsExactly(A, B);
        })
        .hasMessageContaining("(1.0, 0.0, NaN) to (1.0, 1.0, NaN)");
    assertThatThrownBy(() -> editor.moveSharedEdge(A, C, line("LINESTRING (1 0, 1 1)")))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.NO_SHARED_EDGE))
        .hasMessageContaining("they share no edge");
  }

  @Test
  void refusesAnEdgeThatCrossesIntoAThirdGrid() {
    assertThatThrownBy(() -> editor.moveSharedEdge(A, B, line("LINESTRING (1 0, 1.5 1.5, 1 1)")))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.CROSSES_NEIGHBOUR);
          assertThat(e.grids()).containsExactly(A, B, E);
          assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.getLength()).isPositive());
        })
        .hasMessageContaining("into grid " + E);
  }

  @Test
  void refusesAnEdgeThatLeavesTheCoverage() {
    assertThatThrownBy(() -> editor.moveSharedEdge(A, B, line("LINESTRING (1 0, 1.2 -0.5, 1 1)")))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.CROSSES_NEIGHBOUR);
          assertThat(e.grids()).containsExactly(A, B);
        })
        .hasMessageContaining("ground no grid covers");
  }

  @Test
  void refusesAnEdgeThatLeavesAGridInvalid() {
    assertThatThrownBy(() -> editor.moveSharedEdge(A, B, line("LINESTRING (1 0, 2 0.5, 1 1)")))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.INVALID_RESULT);
          assertThat(e.grids()).startsWith(B);
          assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.getCoordinate().x).isEqualTo(2.0));
        })
        .hasMessageContaining("grid " + B + " with an invalid area");
  }

  @Test
  void refusesAnEdgeThatCrossesItself() {
    assertThatThrownBy(() -> editor.moveSharedEdge(A, B, line("LINESTRING (1 0, 1.3 0.6, 0.7 0.6, 1.2 0.3, 1 1)")))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.INVALID_RESULT))
        .hasMessageContaining("crosses or closes on itself");
  }

  @Test
  void refusesCallerMistakes() {
    assertThatThrownBy(() -> editor.moveSharedEdge(A, A, line("LINESTRING (1 0, 1 1)")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(A.value());
    assertThatThrownBy(() -> editor.moveSharedEdge(A, B, line("LINESTRING EMPTY")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAMoveNextToAGridThatAlreadyOverlaps() {
    BoundaryLayer layer = Blocks.compounds().with(Boundary.of(D, wkt("POLYGON ((0 0.9, 1 0.9, 1 2, 0 2, 0 0.9))")));
    assertThatThrownBy(() -> CoverageEditor.of(layer).moveSharedEdge(A, B, line("LINESTRING (1 0, 1.3 0.5, 1 1)")))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.COVERAGE_BROKEN);
          assertThat(e.grids()).startsWith(A, D);
          assertThat(e.report().findings()).extracting(f -> f.subject()).contains(A.value());
        });
  }
}
