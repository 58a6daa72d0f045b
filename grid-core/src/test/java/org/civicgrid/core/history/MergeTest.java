package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.history.FuxinHistory.COMPOUND;
import static org.civicgrid.core.history.FuxinHistory.COMPOUND_2;
import static org.civicgrid.core.history.FuxinHistory.G1;
import static org.civicgrid.core.history.FuxinHistory.G2;
import static org.civicgrid.core.history.FuxinHistory.G5;
import static org.civicgrid.core.history.FuxinHistory.JUNE;
import static org.civicgrid.core.history.FuxinHistory.MARCH;
import static org.civicgrid.core.history.FuxinHistory.START;
import static org.civicgrid.core.history.FuxinHistory.buildingGrid;
import static org.civicgrid.core.history.FuxinHistory.code;
import static org.civicgrid.core.history.FuxinHistory.history;
import static org.civicgrid.core.history.FuxinHistory.refused;

import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;
import org.junit.jupiter.api.Test;

class MergeTest {
  private static final GridCode JOINED = code("210902001001001003");

  @Test
  void mergesSiblingsIntoANewGridAndRetiresThem() {
    GridHistory h = history().apply(MARCH, "residents moved out of both buildings",
        new Change.Merge(List.of(G1, G2), buildingGrid("003", "1-2号楼网格")));

    assertThat(h.current().contains(G1)).isFalse();
    assertThat(h.current().contains(G2)).isFalse();
    assertThat(h.current().get(JOINED).places()).extracting(Place::id)
        .containsExactlyInAnyOrder("B1", "B1-1", "B1-2", "B2", "B3", "B4");
    assertThat(h.validity(G1)).containsExactly(new Validity(START, Optional.of(MARCH)));
    assertThat(h.validity(G2)).containsExactly(new Validity(START, Optional.of(MARCH)));
    assertThat(h.validity(JOINED)).containsExactly(new Validity(MARCH, Optional.empty()));
    assertThat(h.gridOfPlace("B3", MARCH.minusDays(1))).contains(G2);
    assertThat(h.gridOfPlace("B3", MARCH)).contains(JOINED);
    assertThat(h.at(MARCH.minusDays(1)).orElseThrow().get(G2).places()).extracting(Place::id)
        .containsExactly("B3", "B4");
  }

  @Test
  void logsTheMergeUnderEverySourceAndTheResult() {
    GridHistory h = history().apply(MARCH, "merge",
        new Change.Merge(List.of(G1, G2), buildingGrid("003", "1-2号楼网格")));

    ChangeRecord merged = h.log().ofKind(ChangeKind.MERGED).records().get(0);
    assertThat(merged.subject()).isEqualTo(JOINED.value());
    assertThat(merged.from()).contains("210902001001001001, 210902001001001002");
    assertThat(merged.to()).contains(JOINED.value());
    assertThat(merged.description()).isEqualTo("grids grid 210902001001001001 1号楼网格, grid 210902001001001002"
        + " 2号楼网格 merged into grid 210902001001001003 1-2号楼网格");
    assertThat(h.changesOf(G2)).first().isEqualTo(merged);
    assertThat(h.changesOf(JOINED)).first().isEqualTo(merged);
    assertThat(h.changesOfPlace("B4")).singleElement()
        .satisfies(r -> assertThat(r.description()).isEqualTo("building B4 moved from " + G2 + " to " + JOINED));
  }

  @Test
  void aSourceCanSurviveUnderItsCodeWithANewName() {
    GridHistory h = history().apply(MARCH, "2号楼 joins 1号楼's grid",
        new Change.Merge(List.of(G1, G2), buildingGrid("001", "1-2号楼网格")));

    assertThat(h.validity(G1)).containsExactly(new Validity(START, Optional.empty()));
    assertThat(h.validity(G2)).containsExactly(new Validity(START, Optional.of(MARCH)));
    assertThat(h.at(MARCH.minusDays(1)).orElseThrow().get(G1).name()).isEqualTo("1号楼网格");
    assertThat(h.at(MARCH).orElseThrow().get(G1).name()).isEqualTo("1-2号楼网格");
    assertThat(h.current().get(G1).households()).isEqualTo(204);
    assertThat(h.changesOfPlace("B1")).isEmpty();
    assertThat(h.changesOfPlace("B3")).hasSize(1);
    assertThat(h.log().ofKind(ChangeKind.MERGED).records()).singleElement()
        .satisfies(r -> assertThat(r.description()).endsWith("(renamed from 1号楼网格)"));
  }

  @Test
  void aMergeNeedsAtLeastTwoGrids() {
    GridNode into = buildingGrid("003", "1号楼网格");
    assertThatThrownBy(() -> new Change.Merge(List.of(G1), into))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(G1.value());
  }

  @Test
  void refusesGridsThatAreNotSiblings() {
    IllegalChangeException e = refused(history(), MARCH,
        new Change.Merge(List.of(G1, G5), buildingGrid("003", "合并网格")));

    assertThat(e.rule()).isEqualTo(ChangeRule.NOT_SIBLINGS);
    assertThat(e.subject()).isEqualTo(G5.value());
    assertThat(e).hasMessageContaining("under " + COMPOUND_2).hasMessageContaining("under " + COMPOUND);
  }

  @Test
  void refusesGridsWithChildGrids() {
    IllegalChangeException e = refused(history(), MARCH, new Change.Merge(List.of(COMPOUND, COMPOUND_2),
        GridNode.of("210902001001003", "合并小区", "compound", "210902001001")));

    assertThat(e.rule()).isEqualTo(ChangeRule.HAS_CHILD_GRIDS);
    assertThat(e.subject()).isEqualTo(COMPOUND.value());
  }

  @Test
  void refusesAResultAtAnotherLevel() {
    IllegalChangeException e = refused(history(), MARCH, new Change.Merge(List.of(G1, G2),
        GridNode.of("210902001001003", "合并小区", "compound", "210902001001")));

    assertThat(e.rule()).isEqualTo(ChangeRule.MISPLACED_GRID);
    assertThat(e.subject()).isEqualTo("210902001001003");
  }

  @Test
  void refusesAResultTakingTheCodeOfAnotherGrid() {
    IllegalChangeException e = refused(history(), MARCH,
        new Change.AddGrid(buildingGrid("003", "3号楼网格")),
        new Change.Merge(List.of(G1, G2), buildingGrid("003", "1-2号楼网格")));

    assertThat(e.rule()).isEqualTo(ChangeRule.GRID_EXISTS);
    assertThat(e.subject()).isEqualTo(JOINED.value());
    assertThat(e).hasMessageContaining("change 2 of 2");
  }

  @Test
  void refusesAResultTakingARetiredCode() {
    GridHistory h = history().apply(MARCH, "merge",
        new Change.Merge(List.of(G1, G2), buildingGrid("003", "1-2号楼网格")));
    GridHistory later = h.apply(JUNE, "new grid", new Change.AddGrid(buildingGrid("004", "4号楼网格")));

    IllegalChangeException e = refused(later, JUNE,
        new Change.Merge(List.of(JOINED, code("210902001001001004")), buildingGrid("002", "旧码网格")));

    assertThat(e.rule()).isEqualTo(ChangeRule.CODE_RETIRED);
    assertThat(e.subject()).isEqualTo(G2.value());
    assertThat(e).hasMessageContaining("retired on 2024-03-01").hasMessageContaining("never");
  }

  @Test
  void refusesAnUnknownOrRetiredSource() {
    GridHistory h = history().apply(MARCH, "merge",
        new Change.Merge(List.of(G1, G2), buildingGrid("003", "1-2号楼网格")));

    IllegalChangeException e = refused(h, JUNE, new Change.Merge(List.of(JOINED, G1), buildingGrid("003", "x")));

    assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_GRID);
    assertThat(e.subject()).isEqualTo(G1.value());
    assertThat(e).hasMessageContaining("was retired on 2024-03-01");
  }
}
