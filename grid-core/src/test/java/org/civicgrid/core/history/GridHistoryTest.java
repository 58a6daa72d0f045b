package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.history.FuxinHistory.COMPOUND;
import static org.civicgrid.core.history.FuxinHistory.G1;
import static org.civicgrid.core.history.FuxinHistory.G2;
import static org.civicgrid.core.history.FuxinHistory.JUNE;
import static org.civicgrid.core.history.FuxinHistory.MARCH;
import static org.civicgrid.core.history.FuxinHistory.START;
import static org.civicgrid.core.history.FuxinHistory.buildingGrid;
import static org.civicgrid.core.history.FuxinHistory.history;
import static org.civicgrid.core.history.FuxinHistory.refused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.HierarchyRule;
import org.civicgrid.core.place.Place;
import org.junit.jupiter.api.Test;

class GridHistoryTest {
  private static final Change MOVE_B2_TO_G2 = new Change.MovePlaces(List.of("B2"), G2);

  @Test
  void startsAsRevisionOneHoldingFromItsDate() {
    GridHistory h = history();
    assertThat(h.version()).isEqualTo(1);
    assertThat(h.revisions()).singleElement().satisfies(r -> {
      assertThat(r.number()).isEqualTo(1);
      assertThat(r.effective()).isEqualTo(START);
      assertThat(r.reason()).isEqualTo("2023 grid survey");
      assertThat(r.changes()).isEmpty();
    });
    assertThat(h.at(START)).containsSame(h.current());
    assertThat(h.at(START.minusDays(1))).isEmpty();
    assertThat(h.gridOfPlace("B1-1", START)).contains(G1);
    assertThat(h.gridOfPlace("B1-1", START.minusDays(1))).isEmpty();
    assertThat(h.validity(G1)).containsExactly(new Validity(START, Optional.empty()));
    assertThat(h.changesOf(G1)).isEmpty();
    assertThat(h.log().isEmpty()).isTrue();
  }

  @Test
  void applyingReturnsANewHistoryAndLeavesTheOldOneAsItWas() {
    GridHistory before = history();
    GridHistory after = before.apply(MARCH, "B2 re-assigned after survey", MOVE_B2_TO_G2);

    assertThat(after.version()).isEqualTo(2);
    assertThat(after.current().place("B2")).map(Place::grid).contains(G2);
    assertThat(before.version()).isEqualTo(1);
    assertThat(before.current().place("B2")).map(Place::grid).contains(G1);
    assertThat(before.log().isEmpty()).isTrue();
    assertThat(before.gridOfPlace("B2", JUNE)).contains(G1);
  }

  @Test
  void aChangeTakesEffectOnItsEffectiveDate() {
    GridHistory h = history().apply(MARCH, "B2 re-assigned", MOVE_B2_TO_G2);

    assertThat(h.gridOfPlace("B2", MARCH.minusDays(1))).contains(G1);
    assertThat(h.gridOfPlace("B2", MARCH)).contains(G2);
    assertThat(h.gridOfPlace("B2", JUNE)).contains(G2);
    assertThat(h.at(MARCH.minusDays(1)).orElseThrow().get(G1).places()).extracting(Place::id)
        .containsExactly("B1", "B1-1", "B1-2", "B2");
    assertThat(h.at(MARCH)).containsSame(h.current());
    assertThat(h.revisionOn(MARCH.minusDays(1))).map(Revision::number).contains(1);
    assertThat(h.revisionOn(MARCH)).map(Revision::number).contains(2);
  }

  @Test
  void pastHierarchiesAreRebuiltWithTheirNamesAndCounts() {
    GridHistory h = history()
        .apply(MARCH, "B2 re-assigned", MOVE_B2_TO_G2)
        .apply(JUNE, "names follow the buildings", new Change.Rename(G1, "1号楼单栋网格"));

    GridHierarchy winter = h.at(START.plusMonths(6)).orElseThrow();
    assertThat(winter.get(G1).name()).isEqualTo("1号楼网格");
    assertThat(winter.get(G1).households()).isEqualTo(100);
    GridHierarchy spring = h.at(MARCH.plusDays(10)).orElseThrow();
    assertThat(spring.get(G1).name()).isEqualTo("1号楼网格");
    assertThat(spring.get(G1).households()).isEqualTo(48);
    assertThat(spring.get(G2).households()).isEqualTo(156);
    assertThat(h.at(JUNE).orElseThrow().get(G1).name()).isEqualTo("1号楼单栋网格");
    assertThat(h.current().get(G1).name()).isEqualTo("1号楼单栋网格");
    assertThat(h.atRevision(1).places()).hasSameSizeAs(h.current().places());
  }

  @Test
  void revisionsOnTheSameDateAreAllowedAndTheDateShowsTheLast() {
    GridHistory h = history()
        .apply(MARCH, "B2 re-assigned", MOVE_B2_TO_G2)
        .apply(MARCH, "and renamed", new Change.Rename(G2, "2-3号楼网格"));

    assertThat(h.version()).isEqualTo(3);
    assertThat(h.at(MARCH).orElseThrow().get(G2).name()).isEqualTo("2-3号楼网格");
    assertThat(h.atRevision(2).get(G2).name()).isEqualTo("2号楼网格");
    assertThat(h.atRevision(2).get(G2).places()).extracting(Place::id).contains("B2");
    assertThat(h.revisionOn(MARCH)).map(Revision::number).contains(3);
  }

  @Test
  void refusesARetroactiveDateBecauseItWouldRewriteThePast() {
    GridHistory h = history().apply(MARCH, "B2 re-assigned", MOVE_B2_TO_G2);

    IllegalChangeException e = refused(h, MARCH.minusMonths(1), new Change.Rename(G1, "新名"));

    assertThat(e.rule()).isEqualTo(ChangeRule.RETROACTIVE);
    assertThat(e.subject()).isEqualTo("2024-02-01");
    assertThat(e.change()).isEmpty();
    assertThat(e).hasMessageContaining("2024-02-01").hasMessageContaining("rewrite the past");
    assertThat(e.report().of(ChangeRule.RETROACTIVE)).hasSize(1);
    assertThat(h.current().get(G1).name()).isEqualTo("1号楼网格");
  }

  @Test
  void aRevisionThatFailsOnItsLastChangeAppliesNothing() {
    GridHistory h = history();
    Change add = new Change.AddGrid(buildingGrid("003", "3号楼网格"));
    Change move = new Change.MovePlaces(List.of("B2"), FuxinHistory.code("210902001001001003"));
    Change rename = new Change.Rename(G1, "1号楼单栋网格");
    Change retire = new Change.Retire(G2);

    IllegalChangeException e = refused(h, MARCH, add, move, rename, retire);

    assertThat(e.rule()).isEqualTo(ChangeRule.NOT_EMPTY);
    assertThat(e.change()).contains(retire);
    assertThat(e.subject()).isEqualTo(G2.value());
    assertThat(e).hasMessageContaining("change 4 of 4").hasMessageContaining("B3");
    assertThat(e.report().findings()).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("grid 210902001001001002 2号楼网格 is not empty: it still has places [B3, B4]"));
    assertThat(h.current().contains(FuxinHistory.code("210902001001001003"))).isFalse();
    assertThat(h.current().place("B2")).map(Place::grid).contains(G1);
    assertThat(h.current().get(G1).name()).isEqualTo("1号楼网格");
  }

  @Test
  void laterChangesOfARevisionSeeTheEarlierOnes() {
    GridHistory h = history().apply(MARCH, "new building grid for B2",
        new Change.AddGrid(buildingGrid("003", "3号楼网格")),
        new Change.MovePlaces(List.of("B2"), FuxinHistory.code("210902001001001003")));

    assertThat(h.version()).isEqualTo(2);
    assertThat(h.revisions().get(1).changes()).hasSize(2);
    assertThat(h.gridOfPlace("B2", MARCH)).map(c -> c.value()).contains("210902001001001003");
  }

  @Test
  void aResultWithHierarchyErrorsIsRefusedWithTheReportAndTheChangeToBlame() {
    Change add = new Change.AddGrid(buildingGrid("003", "3号楼网格"));
    Change stray = new Change.AddGrid(
        GridNode.of("210902001001009001", "9号楼网格", "building-grid", COMPOUND.value()));

    IllegalChangeException e = refused(history(), MARCH, add, stray);

    assertThat(e.rule()).isEqualTo(ChangeRule.INVALID_RESULT);
    assertThat(e.change()).contains(stray);
    assertThat(e.subject()).isEqualTo("210902001001009001");
    assertThat(e.report().of(HierarchyRule.CODE_NOT_EXTENDING_PARENT))
        .singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("210902001001009001"));
    assertThat(e).hasMessageContaining("change 2 of 2").hasMessageContaining("210902001001009001");
  }

  @Test
  void refusesCallerMistakesBeforeLookingAtTheHierarchy() {
    GridHistory h = history();
    assertThatThrownBy(() -> h.apply(MARCH, "nothing")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one change");
    assertThatThrownBy(() -> h.apply(MARCH, " ", MOVE_B2_TO_G2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> h.atRevision(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no revision 2: this history has 1 to 1");
    assertThatThrownBy(() -> h.atRevision(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no revision 0");
  }

  @Test
  void everyPastRevisionIsRebuiltExactlyAsItWas() {
    GridCode east = FuxinHistory.code("210902001001001003");
    GridCode west = FuxinHistory.code("210902001001001004");
    List<GridHistory> steps = new ArrayList<>(List.of(history()));
    List<List<Change>> revisions = List.of(
        List.of(MOVE_B2_TO_G2),
        List.of(new Change.Split(G2, List.of(buildingGrid("003", "2号楼网格东"), buildingGrid("004", "2号楼网格西")),
            Map.of("B2", east, "B3", east, "B4", west))),
        List.of(new Change.Rename(G1, "1号楼单栋网格"), new Change.MovePlaces(List.of("B5"), west)),
        List.of(new Change.Merge(List.of(east, west), buildingGrid("004", "2-5号楼网格"))),
        List.of(new Change.Retire(FuxinHistory.G5)));
    for (int i = 0; i < revisions.size(); i++) {
      GridHistory last = steps.get(steps.size() - 1);
      steps.add(last.apply(MARCH.plusMonths(i), "step " + (i + 2), revisions.get(i)));
    }

    GridHistory h = steps.get(steps.size() - 1);
    for (GridHistory step : steps) {
      assertThat(contents(h.atRevision(step.version()))).as("revision %s", step.version())
          .isEqualTo(contents(step.current()));
      assertThat(contents(h.at(step.revisions().get(step.version() - 1).effective()).orElseThrow()))
          .isEqualTo(contents(step.current()));
    }
    assertThat(h.validity(east)).containsExactly(new Validity(MARCH.plusMonths(1), Optional.of(MARCH.plusMonths(3))));
    assertThat(h.validity(west)).containsExactly(new Validity(MARCH.plusMonths(1), Optional.empty()));
    assertThat(h.gridOfPlace("B5", MARCH.plusMonths(2))).contains(west);
    assertThat(h.gridOfPlace("B3", MARCH.plusMonths(3))).contains(west);
  }

  /** Every grid with its name and parent, every place with its grid: what a revision decides. */
  private static List<String> contents(GridHierarchy hierarchy) {
    List<String> lines = new ArrayList<>();
    hierarchy.grids().forEach(g -> lines.add(g.code() + " " + g.name() + " < " + g.node().parent()));
    hierarchy.places().forEach(p -> lines.add(p.id() + " @ " + p.grid()));
    return lines;
  }

  @Test
  void untouchedGridsAndPlacesAnswerFromTheCurrentHierarchy() {
    GridHistory h = history().apply(MARCH, "B2 re-assigned", MOVE_B2_TO_G2);

    assertThat(h.gridOfPlace("B5", START)).map(c -> c.value()).contains("210902001001002001");
    assertThat(h.gridOfPlace("B99", JUNE)).isEmpty();
    assertThat(h.validity(FuxinHistory.G5)).containsExactly(new Validity(START, Optional.empty()));
    assertThat(h.validity(FuxinHistory.code("210902001001001099"))).isEmpty();
    assertThat(h.at(START).orElseThrow().grids()).extracting(Grid::code)
        .containsExactlyElementsOf(h.current().grids().stream().map(Grid::code).toList());
  }
}
