package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.history.FuxinHistory.COMPOUND;
import static org.civicgrid.core.history.FuxinHistory.G1;
import static org.civicgrid.core.history.FuxinHistory.G2;
import static org.civicgrid.core.history.FuxinHistory.HAMLET;
import static org.civicgrid.core.history.FuxinHistory.JUNE;
import static org.civicgrid.core.history.FuxinHistory.MARCH;
import static org.civicgrid.core.history.FuxinHistory.START;
import static org.civicgrid.core.history.FuxinHistory.buildingGrid;
import static org.civicgrid.core.history.FuxinHistory.code;
import static org.civicgrid.core.history.FuxinHistory.history;
import static org.civicgrid.core.history.FuxinHistory.refused;

import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridNode;
import org.junit.jupiter.api.Test;

/** Adding, renaming and retiring grids: {@link Change.AddGrid}, {@link Change.Rename}, {@link Change.Retire}. */
class GridLifecycleTest {
  private static final GridCode NEW_GRID = code("210902001001001003");

  @Test
  void anAddedGridExistsFromItsDate() {
    GridHistory h = history().apply(MARCH, "new building handed over",
        new Change.AddGrid(buildingGrid("003", "3号楼网格")));

    assertThat(h.validity(NEW_GRID)).containsExactly(new Validity(MARCH, Optional.empty()));
    assertThat(h.at(MARCH.minusDays(1)).orElseThrow().contains(NEW_GRID)).isFalse();
    assertThat(h.at(MARCH).orElseThrow().get(NEW_GRID).parent()).map(g -> g.code()).contains(COMPOUND);
    assertThat(h.changesOf(NEW_GRID)).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ChangeKind.ADDED);
      assertThat(r.from()).isEmpty();
      assertThat(r.to()).contains("3号楼网格");
      assertThat(r.description()).isEqualTo("grid 210902001001001003 3号楼网格 added under 210902001001001");
    });
  }

  @Test
  void refusesToAddUnderAnUnknownParentOrOverAnExistingGrid() {
    GridNode orphan = GridNode.of("210902001001009001", "9号楼网格", "building-grid", "210902001001009");
    assertThat(refused(history(), MARCH, new Change.AddGrid(orphan)))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_GRID))
        .satisfies(e -> assertThat(e.subject()).isEqualTo("210902001001009"));
    assertThat(refused(history(), MARCH, new Change.AddGrid(buildingGrid("002", "又一个2号楼网格"))))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.GRID_EXISTS))
        .hasMessageContaining("grid 210902001001001002 2号楼网格 already exists");
  }

  @Test
  void renamedNamesShowFromTheirDate() {
    GridHistory h = history().apply(MARCH, "named after the street", new Change.Rename(G1, "和平路1号网格"));

    assertThat(h.at(MARCH.minusDays(1)).orElseThrow().get(G1).name()).isEqualTo("1号楼网格");
    assertThat(h.at(MARCH).orElseThrow().get(G1).name()).isEqualTo("和平路1号网格");
    assertThat(h.validity(G1)).containsExactly(new Validity(START, Optional.empty()));
    assertThat(h.changesOf(G1)).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ChangeKind.RENAMED);
      assertThat(r.from()).contains("1号楼网格");
      assertThat(r.to()).contains("和平路1号网格");
    });
  }

  @Test
  void refusesARenameToTheSameNameOrOfAnUnknownGrid() {
    assertThat(refused(history(), MARCH, new Change.Rename(G1, "1号楼网格")))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.NO_EFFECT));
    assertThat(refused(history(), MARCH, new Change.Rename(code("210902001001001099"), "x")))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_GRID))
        .satisfies(e -> assertThat(e.subject()).isEqualTo("210902001001001099"));
  }

  @Test
  void aRetiredGridEndsOnItsDate() {
    GridHistory h = history()
        .apply(MARCH, "new building handed over", new Change.AddGrid(buildingGrid("003", "3号楼网格")))
        .apply(JUNE, "building never occupied", new Change.Retire(NEW_GRID));

    assertThat(h.validity(NEW_GRID)).containsExactly(new Validity(MARCH, Optional.of(JUNE)));
    assertThat(h.at(JUNE.minusDays(1)).orElseThrow().contains(NEW_GRID)).isTrue();
    assertThat(h.at(JUNE).orElseThrow().contains(NEW_GRID)).isFalse();
    assertThat(h.changesOf(NEW_GRID)).extracting(ChangeRecord::kind)
        .containsExactly(ChangeKind.ADDED, ChangeKind.RETIRED);
    assertThat(h.changesOf(NEW_GRID).get(1).description()).isEqualTo("grid 210902001001001003 3号楼网格 retired");
  }

  @Test
  void refusesToRetireAGridThatStillHasPlacesChildGridsOrHouseholds() {
    assertThat(refused(history(), MARCH, new Change.Retire(G2)))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.NOT_EMPTY))
        .satisfies(e -> assertThat(e.subject()).isEqualTo(G2.value()))
        .hasMessageContaining("places [B3, B4]");
    assertThat(refused(history(), MARCH, new Change.Retire(COMPOUND)))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.NOT_EMPTY))
        .hasMessageContaining("child grids [" + G1 + ", " + G2 + "]");
    assertThat(refused(history(), MARCH, new Change.Retire(HAMLET)))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.NOT_EMPTY))
        .hasMessageContaining("50 households");
  }

  @Test
  void aRetiredCodeIsNeverReused() {
    GridHistory h = history()
        .apply(MARCH, "new building handed over", new Change.AddGrid(buildingGrid("003", "3号楼网格")))
        .apply(JUNE, "building never occupied", new Change.Retire(NEW_GRID));

    IllegalChangeException e = refused(h, JUNE.plusMonths(1), new Change.AddGrid(buildingGrid("003", "新3号楼网格")));

    assertThat(e.rule()).isEqualTo(ChangeRule.CODE_RETIRED);
    assertThat(e.subject()).isEqualTo(NEW_GRID.value());
    assertThat(e).hasMessageContaining("retired on 2024-06-01 (revision 3: building never occupied)")
        .hasMessageContaining("never given to another grid");
  }

  @Test
  void aGridAddedAndRetiredInOneRevisionStillReservesItsCode() {
    GridHistory h = history().apply(MARCH, "planned and dropped",
        new Change.AddGrid(buildingGrid("003", "3号楼网格")), new Change.Retire(NEW_GRID));

    assertThat(h.validity(NEW_GRID)).isEmpty();
    assertThat(h.changesOf(NEW_GRID)).hasSize(2);
    assertThat(refused(h, JUNE, new Change.AddGrid(buildingGrid("003", "3号楼网格"))).rule())
        .isEqualTo(ChangeRule.CODE_RETIRED);
    assertThat(refused(history(), MARCH, new Change.AddGrid(buildingGrid("003", "3号楼网格")),
        new Change.Retire(NEW_GRID), new Change.AddGrid(buildingGrid("003", "3号楼网格"))))
        .hasMessageContaining("this one");
  }

  @Test
  void aGridRetiredInTheSameRevisionIsNoLongerThereForLaterChanges() {
    IllegalChangeException e = refused(history(), MARCH,
        new Change.MovePlaces(java.util.List.of("B3", "B4"), G1), new Change.Retire(G2), new Change.Rename(G2, "x"));

    assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_GRID);
    assertThat(e).hasMessageContaining("change 3 of 3").hasMessageContaining("retired on 2024-03-01");
  }
}
