package org.civicgrid.geo.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.edit.Blocks.A;
import static org.civicgrid.geo.edit.Blocks.B;
import static org.civicgrid.geo.edit.Blocks.C;
import static org.civicgrid.geo.edit.Blocks.COMMUNITY;
import static org.civicgrid.geo.edit.Blocks.D;
import static org.civicgrid.geo.edit.Blocks.E;
import static org.civicgrid.geo.edit.Blocks.F;
import static org.civicgrid.geo.edit.Blocks.NEW_1;
import static org.civicgrid.geo.edit.Blocks.NEW_2;
import static org.civicgrid.geo.edit.Blocks.area;
import static org.civicgrid.geo.edit.Blocks.assertSameArea;
import static org.civicgrid.geo.edit.Blocks.assertValidCoverage;
import static org.civicgrid.geo.edit.Blocks.line;

import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

/** What every edit shares: levels, the hierarchy, and leaving the input alone. */
class CoverageEditorTest {
  private static final BoundaryLayer TWO_LEVELS = Blocks.withCommunity();

  @Test
  void withTheHierarchyOnlyGridsOfOneDepthFormACoverage() {
    BoundaryLayer split = CoverageEditor.of(TWO_LEVELS, Blocks.hierarchy())
        .splitByLine(B, line("LINESTRING (1.5 -0.5, 1.5 1.5)"), NEW_1, NEW_2);
    assertValidCoverage(split, List.of(A, NEW_1, NEW_2, C, D, E, F));
  }

  @Test
  void aNewVertexOnAnEdgeReachesTheParentThatSharesItToo() {
    BoundaryLayer split = CoverageEditor.of(TWO_LEVELS, Blocks.hierarchy())
        .splitByLine(B, line("LINESTRING (1.5 -0.5, 1.5 1.5)"), NEW_1, NEW_2);
    assertSameArea(area(split, COMMUNITY),
        "POLYGON ((0 0, 1 0, 1.5 0, 2 0, 3 0, 3 1, 3 2, 2 2, 1 2, 0 2, 0 1, 0 0))");
  }

  @Test
  void withoutTheHierarchyALayerOfTwoLevelsIsOneOverlappingCoverage() {
    assertThatThrownBy(() -> CoverageEditor.of(TWO_LEVELS)
            .splitByLine(B, line("LINESTRING (1.5 -0.5, 1.5 1.5)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.COVERAGE_BROKEN);
          assertThat(e.grids()).contains(COMMUNITY);
        });
  }

  @Test
  void refusesToMergeGridsOfDifferentLevels() {
    assertThatThrownBy(() -> CoverageEditor.of(TWO_LEVELS, Blocks.hierarchy()).merge(List.of(A, COMMUNITY), NEW_1))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.DIFFERENT_LEVELS);
          assertThat(e.grids()).containsExactly(A, COMMUNITY);
        })
        .hasMessageContaining("(compound)").hasMessageContaining("(community)");
  }

  @Test
  void refusesAGridTheHierarchyDoesNotKnow() {
    GridCode stray = Blocks.compound("099");
    BoundaryLayer layer = TWO_LEVELS.with(Blocks.square(stray, 5, 5));
    assertThatThrownBy(() -> CoverageEditor.of(layer, Blocks.hierarchy())
            .splitByLine(stray, line("LINESTRING (5.5 4, 5.5 7)"), NEW_1, NEW_2))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> {
          assertThat(e.rule()).isEqualTo(EditRule.UNKNOWN_GRID);
          assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
        })
        .hasMessageContaining("not in the hierarchy");
  }

  @Test
  void keepsTheLayersCoordinateSystemAndLeavesTheInputAlone() {
    CoverageEditor editor = CoverageEditor.of(TWO_LEVELS, Blocks.hierarchy());
    BoundaryLayer merged = editor.merge(List.of(A, B), NEW_1);
    assertThat(merged.system()).isEqualTo(TWO_LEVELS.system());
    assertThat(editor.layer()).isSameAs(TWO_LEVELS);
    assertThat(TWO_LEVELS.boundaries()).extracting(Boundary::grid).containsExactly(A, B, C, D, E, F, COMMUNITY);
  }

  @Test
  void theProblemGeometryIsACopy() {
    IllegalEditException e = (IllegalEditException) org.assertj.core.api.Assertions.catchThrowable(
        () -> CoverageEditor.of(Blocks.compounds()).moveSharedEdge(A, B, line("LINESTRING (1 0, 1.5 1.5, 1 1)")));
    e.problem().orElseThrow().getCoordinates()[0].x = 99;
    assertThat(e.problem().orElseThrow().getCoordinates()[0].x).isNotEqualTo(99);
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> CoverageEditor.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CoverageEditor.of(TWO_LEVELS, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CoverageEditor.of(TWO_LEVELS).splitByLine(B, null, NEW_1, NEW_2))
        .isInstanceOf(NullPointerException.class);
  }
}
