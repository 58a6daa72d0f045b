package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.history.FuxinHistory.G1;
import static org.civicgrid.core.history.FuxinHistory.G2;
import static org.civicgrid.core.history.FuxinHistory.buildingGrid;
import static org.civicgrid.core.history.FuxinHistory.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.hierarchy.GridNode;
import org.junit.jupiter.api.Test;

class ChangeTest {
  private static final GridNode EAST = buildingGrid("003", "1号楼网格东");
  private static final GridNode WEST = buildingGrid("004", "1号楼网格西");

  @Test
  void aSplitNeedsTwoDistinctPartsAndAssignsOnlyToThem() {
    assertThatThrownBy(() -> new Change.Split(G1, List.of(EAST), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two parts");
    assertThatThrownBy(() -> new Change.Split(G1, List.of(EAST, EAST), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("210902001001001003");
    assertThatThrownBy(() -> new Change.Split(G1, List.of(EAST, WEST), Map.of("B1", G2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assigns place B1 to 210902001001001002, which is not one of its parts");
  }

  @Test
  void aMergeNeedsTwoDistinctGrids() {
    assertThatThrownBy(() -> new Change.Merge(List.of(G1, G1), EAST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  @Test
  void aRenameNeedsAName() {
    assertThatThrownBy(() -> new Change.Rename(G1, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(G1.value());
    assertThatThrownBy(() -> new Change.Retire(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void changesKeepImmutableCopiesOfWhatTheyWereGiven() {
    List<GridNode> parts = new ArrayList<>(List.of(EAST, WEST));
    Map<String, org.civicgrid.core.code.GridCode> assignment = new HashMap<>(Map.of("B1", EAST.code()));
    Change.Split split = new Change.Split(G1, parts, assignment);
    parts.clear();
    assignment.clear();

    assertThat(split.parts()).containsExactly(EAST, WEST);
    assertThat(split.placeAssignment()).containsEntry("B1", EAST.code());
    assertThatThrownBy(() -> split.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void summariesNameTheGridsAndPlaces() {
    assertThat(new Change.Split(G1, List.of(EAST, WEST), Map.of()).summary())
        .isEqualTo("split 210902001001001001 into 210902001001001003, 210902001001001004");
    assertThat(new Change.Merge(List.of(G1, G2), EAST).summary())
        .isEqualTo("merge 210902001001001001, 210902001001001002 into 210902001001001003 1号楼网格东");
    assertThat(new Change.MovePlaces(List.of("B1", "B2"), code("210902001001002001")).summary())
        .isEqualTo("move B1, B2 to 210902001001002001");
    assertThat(new Change.AddGrid(EAST).summary()).isEqualTo("add grid 210902001001001003 1号楼网格东");
    assertThat(new Change.Rename(G1, "新名").summary()).isEqualTo("rename 210902001001001001 to 新名");
    assertThat(new Change.Retire(G1).summary()).isEqualTo("retire 210902001001001001");
  }
}
