package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.SegmentRange;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

class GridHierarchyTest {
  private static final GridCode COMPOUND = GridCode.of("210902001001001");

  static GridHierarchy fuxin() {
    return GridHierarchy.builder(LevelSchemes.fuxin()).addAll(fuxinNodes())
        .add(Place.building("B1", "1号楼", GridCode.of("210902001001001001"), 96, 270))
        .add(Place.building("B2", "2号楼", GridCode.of("210902001001001002"), 104, 300))
        .build();
  }

  static List<GridNode> fuxinNodes() {
    return List.of(
        GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"),
        GridNode.of("210902001001001", "一号小区", "compound", "210902001001"),
        GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001"),
        GridNode.of("210902001001001002", "2号楼网格", "building-grid", "210902001001001"),
        GridNode.of("210902201", "韩家店镇", "township", "210902"),
        GridNode.of("210902201201", "韩家店村", "village", "210902201"),
        GridNode.of("210902201201001", "一组", "hamlet", "210902201201").withCounts(50, 140));
  }

  @Test
  void rollsCountsUpTheTree() {
    GridHierarchy h = fuxin();
    assertThat(h.get(GridCode.of("210902")).households()).isEqualTo(250);
    assertThat(h.get(COMPOUND).households()).isEqualTo(200);
    assertThat(h.get(COMPOUND).residents()).isEqualTo(570);
    assertThat(h.findings().findings()).isEmpty();
  }

  @Test
  void navigatesParentChildrenPathAndDescendants() {
    GridHierarchy h = fuxin();
    Grid county = h.get(GridCode.of("210902"));
    assertThat(county.children()).extracting(g -> g.code().value()).containsExactly("210902001", "210902201");
    assertThat(h.pathToTop(GridCode.of("210902001001001002"))).extracting(Grid::name)
        .containsExactly("2号楼网格", "一号小区", "长源社区", "和平街道", "海州区");
    assertThat(h.get(COMPOUND).descendants()).hasSize(2);
    assertThat(h.get(COMPOUND).parent()).map(Grid::name).contains("长源社区");
    assertThat(county.parent()).isEmpty();
    assertThat(h.isAncestor(county.code(), COMPOUND)).isTrue();
    assertThat(h.isAncestor(COMPOUND, county.code())).isFalse();
    assertThat(h.isAncestor(GridCode.of("210902201"), COMPOUND)).isFalse();
    assertThat(h.get(COMPOUND).placesWithin()).extracting(Place::id).containsExactly("B1", "B2");
  }

  @Test
  void unknownCodeIsNotFound() {
    assertThat(fuxin().find("210902999")).isEmpty();
    assertThatThrownBy(() -> fuxin().get(GridCode.of("210902999")))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("210902999");
  }

  @Test
  void refusesToBuildWithErrorsAndReportsThemAll() {
    var builder = GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "A", "subdistrict", "210902"))
        .add(GridNode.of("210902001", "B", "subdistrict", "210902"))
        .add(GridNode.of("210902002001", "C", "community", "210902002"));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidHierarchyException.class, e -> assertThat(e.report().findings())
            .extracting(f -> f.rule()).containsExactly(HierarchyRule.DUPLICATE_CODE, HierarchyRule.ORPHAN));
  }

  // --- navigation ---

  @Test
  void childrenAreOrderedByCodeWhateverTheInputOrder() {
    List<GridNode> shuffled = new ArrayList<>(fuxinNodes());
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 4);
    GridHierarchy h = GridHierarchy.of(LevelSchemes.fuxin(), shuffled, List.of());
    assertThat(h.grids()).extracting(g -> g.code().value()).containsExactly(
        "210902", "210902001", "210902001001", "210902001001001", "210902001001001001", "210902001001001002",
        "210902201", "210902201201", "210902201201001");
    assertThat(h.get(COMPOUND).children()).extracting(Grid::name).containsExactly("1号楼网格", "2号楼网格");
  }

  @Test
  void descendantsAreTheContiguousRunAfterTheGrid() {
    GridHierarchy h = fuxin();
    List<Grid> all = h.grids();
    for (int i = 0; i < all.size(); i++) {
      Grid grid = all.get(i);
      List<Grid> descendants = grid.descendants();
      assertThat(descendants).as(grid.toString()).isEqualTo(all.subList(i + 1, i + 1 + descendants.size()));
      assertThat(all).filteredOn(grid::isAncestorOf).as(grid.toString()).isEqualTo(descendants);
      assertThat(descendants).allSatisfy(d -> assertThat(grid.code().isPrefixOf(d.code())).isTrue());
    }
  }

  @Test
  void topsAreTheGridsWithoutParentOrderedByCode() {
    List<GridNode> nodes = new ArrayList<>(fuxinNodes());
    nodes.add(0, GridNode.of("210921", "阜新蒙古族自治县", "county", null));
    nodes.add(GridNode.of("210921100", "阜新镇", "township", "210921"));
    GridHierarchy h = GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of());
    assertThat(h.tops()).extracting(Grid::name).containsExactly("海州区", "阜新蒙古族自治县");
    assertThat(h.grids().get(h.size() - 1).code().value()).isEqualTo("210921100");
    assertThat(h.pathToTop(GridCode.of("210921100"))).extracting(Grid::name).containsExactly("阜新镇", "阜新蒙古族自治县");
  }

  @Test
  void pathToTopOfATopIsTheTopAlone() {
    assertThat(fuxin().pathToTop(GridCode.of("210902"))).extracting(Grid::name).containsExactly("海州区");
  }

  @Test
  void pathToTopOfAnAbsentCodeIsNotFound() {
    assertThatThrownBy(() -> fuxin().pathToTop(GridCode.of("210902999")))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("210902999");
  }

  @Test
  void gridsOfALevelInDepthFirstOrder() {
    GridHierarchy h = fuxin();
    LevelScheme scheme = h.scheme();
    assertThat(h.grids(scheme.level("building-grid"))).extracting(Grid::name).containsExactly("1号楼网格", "2号楼网格");
    assertThat(h.grids(scheme.level("county"))).extracting(Grid::name).containsExactly("海州区");
    assertThat(h.grids(scheme.level("township"))).extracting(Grid::name).containsExactly("韩家店镇");
  }

  /** A Level has no value equality, so a level from another copy of the same preset matched nothing. */
  @Test
  void gridsOfALevelFromAnotherCopyOfTheSchemeAreFound() {
    GridHierarchy h = fuxin();
    assertThat(h.grids(LevelSchemes.fuxin().level("building-grid"))).extracting(Grid::name)
        .containsExactly("1号楼网格", "2号楼网格");
  }

  @Test
  void gridsOfALevelTheSchemeDoesNotHaveIsACallerMistake() {
    Level area = LevelSchemes.wuhua().level("area");
    assertThatThrownBy(() -> fuxin().grids(area)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area");
  }

  @Test
  void isAncestorIsStrictAndFalseForAbsentCodes() {
    GridHierarchy h = fuxin();
    GridCode county = GridCode.of("210902");
    assertThat(h.isAncestor(county, county)).isFalse();
    assertThat(h.isAncestor(county, GridCode.of("210902201201001"))).isTrue();
    assertThat(h.isAncestor(GridCode.of("210902999"), COMPOUND)).isFalse();
    assertThat(h.isAncestor(county, GridCode.of("210902999001"))).isFalse();
  }

  @Test
  void placesAreFoundByIdAndListedInGridOrder() {
    GridHierarchy h = GridHierarchy.builder(LevelSchemes.fuxin()).addAll(fuxinNodes())
        .add(Place.building("B2", "2号楼", GridCode.of("210902001001001002"), 104, 300))
        .add(Place.building("B1", "1号楼", GridCode.of("210902001001001001"), 96, 270))
        .build();
    assertThat(h.places()).extracting(Place::id).containsExactly("B1", "B2");
    assertThat(h.place("B2")).map(Place::households).contains(104);
    assertThat(h.place("B3")).isEmpty();
  }

  @Test
  void describesItself() {
    GridHierarchy h = fuxin();
    assertThat(h.size()).isEqualTo(9);
    assertThat(h.scheme().id()).isEqualTo("fuxin");
    assertThat(h).hasToString("GridHierarchy[fuxin, 9 grids, 2 places]");
  }

  @Test
  void emptyHierarchyHasNoGrids() {
    GridHierarchy h = GridHierarchy.builder(LevelSchemes.fuxin()).build();
    assertThat(h.size()).isZero();
    assertThat(h.tops()).isEmpty();
    assertThat(h.find("210902")).isEmpty();
  }

  @Test
  void keepsWarningsAsFindings() {
    GridHierarchy h = GridHierarchy.builder(LevelSchemes.fuxin()).addAll(fuxinNodes())
        .add(Place.building("B1", "1号楼", GridCode.of("210902001001001001"), 150, 420))
        .add(Place.building("B2", "2号楼", GridCode.of("210902001001001002"), 104, 300))
        .build();
    assertThat(h.findings().findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(HierarchyRule.HOUSEHOLDS_OUTSIDE_BAND, "210902001001001001"));
  }

  @Test
  void builderRejectsNulls() {
    var builder = GridHierarchy.builder(LevelSchemes.fuxin());
    assertThatThrownBy(() -> builder.add((GridNode) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.add((Place) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GridHierarchy.builder(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void ancestorByCodeNeedsTheTreeNotJustAPrefix() {
    GridHierarchy h = GridHierarchy.of(zonesWithBlockZero(), List.of(
        GridNode.of("11", "一区", "zone", null),
        GridNode.of("1100", "零块", "block", "11"),
        GridNode.of("110005", "五号地块", "plot", "11"),
        GridNode.of("110105", "一块五号地块", "plot", "1101"),
        GridNode.of("1101", "一块", "block", "11")), List.of());
    GridCode zone = GridCode.of("11");
    assertThat(h.isAncestor(zone, GridCode.of("110005"))).isTrue();
    assertThat(h.isAncestor(GridCode.of("1101"), GridCode.of("110105"))).isTrue();
    assertThat(h.isAncestor(GridCode.of("1100"), GridCode.of("110005"))).as("prefix, but hangs under the zone")
        .isFalse();
    assertThat(h.isAncestor(GridCode.of("1101"), GridCode.of("110005"))).isFalse();
    assertThat(h.isAncestor(zone, GridCode.of("119999"))).as("absent descendant").isFalse();
    assertThat(h.isAncestor(GridCode.of("1102"), GridCode.of("110205"))).as("both absent").isFalse();
    assertThat(h.isAncestor(zone, zone)).isFalse();
  }

  private static LevelScheme zonesWithBlockZero() {
    return LevelScheme.of("zones", "Zones, blocks and plots", List.of(
        Level.builder("zone").names("区", "zone").code(2, CodeSegment.sequence("zone", 2)).build(),
        Level.builder("block").names("块", "block")
            .code(4, CodeSegment.numeric("block", 2, SegmentRange.of(0, 99, "block"))).under("zone").build(),
        Level.builder("plot").names("地块", "plot").code(6, CodeSegment.sequence("plot", 2))
            .under("zone", "block").build()));
  }
}
