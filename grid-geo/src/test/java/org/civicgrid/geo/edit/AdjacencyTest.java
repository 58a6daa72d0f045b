package org.civicgrid.geo.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.edit.Blocks.A;
import static org.civicgrid.geo.edit.Blocks.B;
import static org.civicgrid.geo.edit.Blocks.C;
import static org.civicgrid.geo.edit.Blocks.D;
import static org.civicgrid.geo.edit.Blocks.E;
import static org.civicgrid.geo.edit.Blocks.F;
import static org.civicgrid.geo.edit.Blocks.NEW_1;
import static org.civicgrid.geo.edit.Blocks.area;
import static org.civicgrid.geo.edit.Blocks.assertSameArea;
import static org.civicgrid.geo.edit.Blocks.assertValidCoverage;
import static org.civicgrid.geo.edit.Blocks.wkt;

import java.util.List;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

/** Merging adjacent grids, through {@link CoverageEditor#merge}; adjacency is checked. */
class AdjacencyTest {
  private final CoverageEditor editor = CoverageEditor.of(Blocks.compounds());

  @Test
  void mergesTwoNeighboursIntoTheirUnionKeepingTheCornersTheirNeighboursNeed() {
    BoundaryLayer merged = editor.merge(List.of(A, B), NEW_1);

    assertThat(merged.boundary(A)).isEmpty();
    assertThat(merged.boundary(B)).isEmpty();
    assertSameArea(area(merged, NEW_1), "POLYGON ((0 0, 1 0, 2 0, 2 1, 1 1, 0 1, 0 0))");
    assertThat(merged.boundaries()).extracting(Boundary::grid).containsExactly(NEW_1, C, D, E, F);
    assertValidCoverage(merged, List.of(NEW_1, C, D, E, F));
  }

  @Test
  void theMergedGridMayKeepTheCodeOfOneSource() {
    BoundaryLayer merged = editor.merge(List.of(A, B, C), B);
    assertThat(merged.boundaries()).extracting(Boundary::grid).containsExactly(B, D, E, F);
    assertThat(area(merged, B).getArea()).isEqualTo(3.0);
  }

  @Test
  void gridsChainedThroughANeighbourAreConnected() {
    BoundaryLayer merged = editor.merge(List.of(A, F, E, D), NEW_1);
    assertSameArea(area(merged, NEW_1),
        "POLYGON ((0 0, 1 0, 1 1, 2 1, 3 1, 3 2, 2 2, 1 2, 0 2, 0 1, 0 0))");
  }

  @Test
  void refusesGridsThatShareNoEdgeAndNamesBoth() {
    assertThatThrownBy(() -> editor.merge(List.of(A, C), NEW_1))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.NOT_ADJACENT);
          assertThat(e.grids()).containsExactly(A, C);
          assertThat(e.report().findings()).singleElement()
              .satisfies(f -> assertThat(f.subject()).isEqualTo(A + ", " + C));
        })
        .hasMessageContaining("单元网格不相邻").hasMessageContaining(A.value()).hasMessageContaining(C.value());
  }

  @Test
  void gridsTouchingAtACornerAreNotAdjacent() {
    assertThatThrownBy(() -> editor.merge(List.of(A, E), NEW_1))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.NOT_ADJACENT))
        .hasMessageContaining("grid " + E + " shares no edge of positive length with grid " + A);
  }

  @Test
  void namesTheGridsCutOffFromTheRest() {
    assertThatThrownBy(() -> editor.merge(List.of(A, B, F), NEW_1))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.grids()).containsExactly(A, B, F))
        .hasMessageContaining("grid " + F + " shares no edge of positive length with grid " + A + ", grid " + B);
  }

  @Test
  void refusesGridsThatOverlap() {
    BoundaryLayer layer = Blocks.compounds().with(Boundary.of(B, wkt("POLYGON ((0.5 0, 2 0, 2 1, 0.5 1, 0.5 0))")));
    assertThatThrownBy(() -> CoverageEditor.of(layer).merge(List.of(A, B), NEW_1))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.COVERAGE_BROKEN);
          assertThat(e.grids()).contains(A, B);
          assertThat(e.report().findings()).hasSize(2);
        });
  }

  @Test
  void refusesATargetCodeAnotherGridHas() {
    assertThatThrownBy(() -> editor.merge(List.of(A, B), C))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.GRID_EXISTS);
          assertThat(e.grids()).containsExactly(C, A);
        });
  }

  @Test
  void refusesCallerMistakes() {
    assertThatThrownBy(() -> editor.merge(List.of(A), NEW_1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> editor.merge(List.of(A, A), NEW_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(A.value());
    assertThatThrownBy(() -> editor.merge(List.of(A, NEW_1), B))
        .isInstanceOfSatisfying(IllegalEditException.class,
            e -> assertThat(e.rule()).isEqualTo(EditRule.UNKNOWN_GRID));
  }
}
