package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.history.FuxinHistory.COMPOUND;
import static org.civicgrid.core.history.FuxinHistory.G1;
import static org.civicgrid.core.history.FuxinHistory.G2;
import static org.civicgrid.core.history.FuxinHistory.MARCH;
import static org.civicgrid.core.history.FuxinHistory.START;
import static org.civicgrid.core.history.FuxinHistory.buildingGrid;
import static org.civicgrid.core.history.FuxinHistory.code;
import static org.civicgrid.core.history.FuxinHistory.history;
import static org.civicgrid.core.history.FuxinHistory.refused;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.HierarchyRule;
import org.civicgrid.core.place.Place;
import org.junit.jupiter.api.Test;

class SplitTest {
  private static final GridCode EAST = code("210902001001001003");
  private static final GridCode WEST = code("210902001001001004");
  private static final List<GridNode> PARTS = List.of(buildingGrid("003", "1号楼网格东"), buildingGrid("004", "1号楼网格西"));

  @Test
  void retiresTheSourceAndMovesEveryPlaceToItsPart() {
    GridHistory h = history().apply(MARCH, "1号楼网格 outgrew its band",
        new Change.Split(G1, PARTS, Map.of("B1", EAST, "B2", WEST)));

    assertThat(h.current().contains(G1)).isFalse();
    assertThat(h.current().get(EAST).places()).extracting(Place::id).containsExactly("B1", "B1-1", "B1-2");
    assertThat(h.current().get(WEST).places()).extracting(Place::id).containsExactly("B2");
    assertThat(h.validity(G1)).containsExactly(new Validity(START, Optional.of(MARCH)));
    assertThat(h.validity(EAST)).containsExactly(new Validity(MARCH, Optional.empty()));
    assertThat(h.gridOfPlace("B1-2", MARCH.minusDays(1))).contains(G1);
    assertThat(h.gridOfPlace("B1-2", MARCH)).contains(EAST);
    assertThat(h.at(MARCH.minusDays(1)).orElseThrow().contains(EAST)).isFalse();
    assertThat(h.at(MARCH.minusDays(1)).orElseThrow().get(G1).households()).isEqualTo(100);
  }

  @Test
  void logsTheSplitAndEveryPlaceMoved() {
    GridHistory h = history().apply(MARCH, "1号楼网格 outgrew its band",
        new Change.Split(G1, PARTS, Map.of("B1", EAST, "B2", WEST)));

    ChangeRecord split = h.log().ofKind(ChangeKind.SPLIT).records().get(0);
    assertThat(split.subject()).isEqualTo(G1.value());
    assertThat(split.from()).contains(G1.value());
    assertThat(split.to()).contains("210902001001001003, 210902001001001004");
    assertThat(split.revision()).isEqualTo(2);
    assertThat(split.effective()).isEqualTo(MARCH);
    assertThat(split.description()).isEqualTo("grid 210902001001001001 1号楼网格 split into "
        + "grid 210902001001001003 1号楼网格东, grid 210902001001001004 1号楼网格西; 210902001001001001 retired");
    assertThat(h.log().ofKind(ChangeKind.PLACE_MOVED).records()).extracting(ChangeRecord::subject)
        .containsExactly("B1", "B1-1", "B1-2", "B2");
    assertThat(h.changesOf(G1)).extracting(ChangeRecord::kind).containsExactly(ChangeKind.SPLIT,
        ChangeKind.PLACE_MOVED, ChangeKind.PLACE_MOVED, ChangeKind.PLACE_MOVED, ChangeKind.PLACE_MOVED);
    assertThat(h.changesOf(WEST)).extracting(ChangeRecord::description).containsExactly(split.description(),
        "building B2 moved from 210902001001001001 to 210902001001001004");
    assertThat(h.changesOfPlace("B1-1")).singleElement()
        .satisfies(r -> assertThat(r.to()).contains(EAST.value()));
  }

  @Test
  void aUnitFollowsItsBuildingAndMayBeAssignedToTheSamePart() {
    GridHistory h = history().apply(MARCH, "split",
        new Change.Split(G1, PARTS, Map.of("B1", EAST, "B1-1", EAST, "B2", WEST)));
    assertThat(h.gridOfPlace("B1-1", MARCH)).contains(EAST);
  }

  @Test
  void refusesToLeavePlacesUnassignedAndListsThem() {
    IllegalChangeException e = refused(history(), MARCH, new Change.Split(G1, PARTS, Map.of("B1-1", EAST)));

    assertThat(e.rule()).isEqualTo(ChangeRule.UNASSIGNED_PLACES);
    assertThat(e.subject()).isEqualTo(G1.value());
    assertThat(e).hasMessageContaining("[B1, B1-2, B2]");
  }

  @Test
  void refusesToSeparateAUnitFromItsBuilding() {
    IllegalChangeException e = refused(history(), MARCH,
        new Change.Split(G1, PARTS, Map.of("B1", EAST, "B1-1", WEST, "B2", WEST)));

    assertThat(e.rule()).isEqualTo(ChangeRule.PLACE_SEPARATED);
    assertThat(e.subject()).isEqualTo("B1-1");
    assertThat(e).hasMessageContaining("unit B1-1").hasMessageContaining("B1");
  }

  @Test
  void refusesAGridWithChildGridsBecauseSubtreesAreNotRecoded() {
    List<GridNode> compounds = List.of(
        GridNode.of("210902001001003", "一号小区东", "compound", "210902001001"),
        GridNode.of("210902001001004", "一号小区西", "compound", "210902001001"));

    IllegalChangeException e = refused(history(), MARCH, new Change.Split(COMPOUND, compounds, Map.of()));

    assertThat(e.rule()).isEqualTo(ChangeRule.HAS_CHILD_GRIDS);
    assertThat(e.subject()).isEqualTo(COMPOUND.value());
    assertThat(e).hasMessageContaining(G1.value()).hasMessageContaining("re-coding a subtree is not supported");
  }

  @Test
  void refusesAPartAtAnotherLevelOrUnderAnotherParent() {
    GridNode elsewhere = GridNode.of("210902001001002002", "错位网格", "building-grid", "210902001001002");

    IllegalChangeException e = refused(history(), MARCH,
        new Change.Split(G1, List.of(PARTS.get(0), elsewhere), Map.of("B1", EAST, "B2", EAST)));

    assertThat(e.rule()).isEqualTo(ChangeRule.MISPLACED_GRID);
    assertThat(e.subject()).isEqualTo("210902001001002002");
    assertThat(e).hasMessageContaining("under 210902001001001");
  }

  @Test
  void refusesAPartWhoseCodeDoesNotExtendItsParent() {
    GridNode stray = GridNode.of("210902001001009001", "9号楼网格", "building-grid", COMPOUND.value());
    Change split = new Change.Split(G1, List.of(PARTS.get(0), stray), Map.of("B1", EAST, "B2", stray.code()));

    IllegalChangeException e = refused(history(), MARCH, split);

    assertThat(e.rule()).isEqualTo(ChangeRule.INVALID_RESULT);
    assertThat(e.change()).contains(split);
    assertThat(e.subject()).isEqualTo("210902001001009001");
    assertThat(e.report().of(HierarchyRule.CODE_NOT_EXTENDING_PARENT)).hasSize(1);
  }

  @Test
  void refusesUnknownGridsAndPlaces() {
    assertThat(refused(history(), MARCH, new Change.Split(code("210902001001001099"), PARTS, Map.of())))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_GRID))
        .hasMessageContaining("no grid 210902001001001099");
    assertThat(refused(history(), MARCH, new Change.Split(G1, PARTS, Map.of("B1", EAST, "B2", WEST, "B99", WEST))))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_PLACE))
        .satisfies(e -> assertThat(e.subject()).isEqualTo("B99"));
    assertThat(refused(history(), MARCH, new Change.Split(G1, PARTS, Map.of("B1", EAST, "B2", WEST, "B3", WEST))))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.PLACE_NOT_IN_SOURCE))
        .hasMessageContaining("place B3 is in grid " + G2);
  }

  @Test
  void refusesAPartWithTheCodeOfAnExistingGrid() {
    IllegalChangeException e = refused(history(), MARCH,
        new Change.Split(G1, List.of(PARTS.get(0), buildingGrid("002", "2号楼网格")), Map.of("B1", EAST, "B2", G2)));

    assertThat(e.rule()).isEqualTo(ChangeRule.GRID_EXISTS);
    assertThat(e.subject()).isEqualTo(G2.value());
  }
}
