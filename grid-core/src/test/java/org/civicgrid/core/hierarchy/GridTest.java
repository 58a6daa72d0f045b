package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

class GridTest {
  private static final GridCode COUNTY = GridCode.of("210902");
  private static final GridCode COMMUNITY = GridCode.of("210902001001");
  private static final GridCode COMPOUND = GridCode.of("210902001001001");
  private static final GridCode BUILDING_GRID_1 = GridCode.of("210902001001001001");
  private static final GridCode BUILDING_GRID_2 = GridCode.of("210902001001001002");
  private static final GridCode HAMLET = GridCode.of("210902201201001");

  /**
   * Haizhou with counts on places of every kind: building 1 counted by its units, one unit by its
   * household groups; building 2 counted as a whole; the hamlet counted on the grid itself.
   */
  private static GridHierarchy haizhou() {
    Place b1 = Place.building("B1", "1号楼", BUILDING_GRID_1, 0, 0);
    List<Place> places = new ArrayList<>(List.of(
        b1,
        Place.unit("B1-1", "1号楼1单元", b1, 48, 135),
        Place.unit("B1-2", "1号楼2单元", b1, 0, 0),
        new Place("B1-2-a", PlaceKind.HOUSEHOLD_GROUP, "2单元东户", BUILDING_GRID_1, "B1-2", 20, 60, ImmutableSet.of()),
        new Place("B1-2-b", PlaceKind.HOUSEHOLD_GROUP, "2单元西户", BUILDING_GRID_1, "B1-2", 28, 75,
            ImmutableSet.of("elderly-alone")),
        Place.building("B2", "2号楼", BUILDING_GRID_2, 104, 300)));
    return GridHierarchy.of(LevelSchemes.fuxin(), GridHierarchyTest.fuxinNodes(), places);
  }

  @Test
  void rollsUpPlacesUnitsAndHouseholdGroups() {
    GridHierarchy h = haizhou();
    assertThat(h.findings().findings()).isEmpty();
    assertThat(h.get(BUILDING_GRID_1).households()).isEqualTo(96);
    assertThat(h.get(BUILDING_GRID_1).residents()).isEqualTo(270);
    assertThat(h.get(BUILDING_GRID_2).households()).isEqualTo(104);
    assertThat(h.get(COMPOUND).households()).isEqualTo(200);
    assertThat(h.get(COMPOUND).residents()).isEqualTo(570);
    assertThat(h.get(HAMLET).households()).isEqualTo(50);
    assertThat(h.get(COUNTY).households()).isEqualTo(250);
    assertThat(h.get(COUNTY).residents()).isEqualTo(710);
  }

  @Test
  void gridWithoutCountsAnywhereBelowHasNone() {
    GridHierarchy h = haizhou();
    assertThat(h.get(GridCode.of("210902201201")).households()).isEqualTo(50);
    GridHierarchy bare = GridHierarchy.of(LevelSchemes.fuxin(), GridHierarchyTest.fuxinNodes().subList(0, 6), List.of());
    assertThat(bare.get(COUNTY).households()).isZero();
    assertThat(bare.get(COUNTY).residents()).isZero();
  }

  @Test
  void aGridsPositionIsItsIndexAmongTheHierarchysGrids() {
    GridHierarchy h = haizhou();
    ImmutableList<Grid> grids = h.grids();

    for (int i = 0; i < grids.size(); i++) {
      assertThat(grids.get(i).position()).isEqualTo(i);
    }
    assertThat(h.get(COUNTY).position()).isZero();
    assertThat(h.get(BUILDING_GRID_1).position()).isEqualTo(grids.indexOf(h.get(BUILDING_GRID_1)));
  }

  @Test
  void knowsItsNodeLevelAndDepth() {
    GridHierarchy h = haizhou();
    Grid building = h.get(BUILDING_GRID_1);
    assertThat(building.code()).isEqualTo(BUILDING_GRID_1);
    assertThat(building.name()).isEqualTo("1号楼网格");
    assertThat(building.node().parent()).isEqualTo(COMPOUND);
    assertThat(building.level().id()).isEqualTo("building-grid");
    assertThat(building.depth()).isEqualTo(4);
    assertThat(h.get(COUNTY).depth()).isZero();
    assertThat(h.get(HAMLET).depth()).isEqualTo(3);
  }

  @Test
  void navigatesUpAndDown() {
    GridHierarchy h = haizhou();
    Grid compound = h.get(COMPOUND);
    assertThat(compound.parent()).map(Grid::code).contains(COMMUNITY);
    assertThat(h.get(COUNTY).parent()).isEmpty();
    assertThat(compound.children()).extracting(Grid::code).containsExactly(BUILDING_GRID_1, BUILDING_GRID_2);
    assertThat(h.get(COUNTY).children()).extracting(Grid::name).containsExactly("和平街道", "韩家店镇");
    assertThat(h.get(COUNTY).descendants()).extracting(Grid::name).containsExactly(
        "和平街道", "长源社区", "一号小区", "1号楼网格", "2号楼网格", "韩家店镇", "韩家店村", "一组");
    assertThat(h.get(BUILDING_GRID_1).children()).isEmpty();
    assertThat(h.get(BUILDING_GRID_1).descendants()).isEmpty();
  }

  @Test
  void isLeafOnlyWithoutChildren() {
    GridHierarchy h = haizhou();
    assertThat(h.get(BUILDING_GRID_1).isLeaf()).isTrue();
    assertThat(h.get(HAMLET).isLeaf()).isTrue();
    assertThat(h.get(COMPOUND).isLeaf()).isFalse();
  }

  @Test
  void placesAreTheGridsOwnPlacesWithinAddsThoseBelow() {
    GridHierarchy h = haizhou();
    assertThat(h.get(BUILDING_GRID_1).places()).extracting(Place::id)
        .containsExactly("B1", "B1-1", "B1-2", "B1-2-a", "B1-2-b");
    assertThat(h.get(COMPOUND).places()).isEmpty();
    assertThat(h.get(COMPOUND).placesWithin()).extracting(Place::id)
        .containsExactly("B1", "B1-1", "B1-2", "B1-2-a", "B1-2-b", "B2");
    assertThat(h.get(HAMLET).placesWithin()).isEmpty();
    assertThat(h.get(COUNTY).placesWithin()).hasSize(6);
  }

  @Test
  void isAncestorOfIsStrict() {
    GridHierarchy h = haizhou();
    Grid county = h.get(COUNTY);
    Grid compound = h.get(COMPOUND);
    Grid building1 = h.get(BUILDING_GRID_1);
    assertThat(county.isAncestorOf(building1)).isTrue();
    assertThat(compound.isAncestorOf(building1)).isTrue();
    assertThat(building1.isAncestorOf(compound)).isFalse();
    assertThat(compound.isAncestorOf(compound)).isFalse();
    assertThat(building1.isAncestorOf(h.get(BUILDING_GRID_2))).isFalse();
    assertThat(compound.isAncestorOf(h.get(HAMLET))).isFalse();
  }

  @Test
  void isAncestorOfIsFalseAcrossTwoSnapshots() {
    Grid county = haizhou().get(COUNTY);
    Grid building1 = haizhou().get(BUILDING_GRID_1);
    assertThat(county.isAncestorOf(building1)).isFalse();
  }

  @Test
  void describesItself() {
    assertThat(haizhou().get(COMPOUND)).hasToString("210902001001001 一号小区 (compound, 200 households)");
  }
}
