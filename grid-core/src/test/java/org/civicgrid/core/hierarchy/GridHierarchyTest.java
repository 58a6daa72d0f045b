package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.SegmentRange;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

class GridHierarchyTest {
  private static final GridCode COMPOUND = GridCode.of("210902001001001");

  static GridHierarchy fuxin() {
    return GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"))
        .add(GridNode.of("210902001001001", "一号小区", "compound", "210902001001"))
        .add(GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001"))
        .add(GridNode.of("210902001001001002", "2号楼网格", "building-grid", "210902001001001"))
        .add(GridNode.of("210902201", "韩家店镇", "township", "210902"))
        .add(GridNode.of("210902201201", "韩家店村", "village", "210902201"))
        .add(GridNode.of("210902201201001", "一组", "hamlet", "210902201201").withCounts(50, 140))
        .add(Place.building("B1", "1号楼", GridCode.of("210902001001001001"), 96, 270))
        .add(Place.building("B2", "2号楼", GridCode.of("210902001001001002"), 104, 300))
        .build();
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

  @Test
  void findsCodesOfEveryShape() {
    var h = GridHierarchy.of(LevelSchemes.fuxin(), List.of(GridNode.of("210902", "海州区", "county", null)), List.of());
    assertThat(h.find("210902")).isPresent();
    assertThat(h.find("0210902")).isEmpty();
    assertThat(h.find("21090A")).isEmpty();
  }

  /** Zones whose block segment allows 00, so a zero-padded code can also be a real block's. */
  private static LevelScheme zonesWithBlockZero() {
    return LevelScheme.of("zones", "Zones, blocks and plots", List.of(
        Level.builder("zone").names("区", "zone").code(2, CodeSegment.sequence("zone", 2)).build(),
        Level.builder("block").names("块", "block")
            .code(4, CodeSegment.numeric("block", 2, SegmentRange.of(0, 99, "block"))).under("zone").build(),
        Level.builder("plot").names("地块", "plot").code(6, CodeSegment.sequence("plot", 2))
            .under("zone", "block").build()));
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

  @Test
  void ordersChildrenByCodeWhateverTheInputOrder() {
    GridHierarchy h = GridHierarchy.of(zonesWithBlockZero(), List.of(
        GridNode.of("110203", "三号", "plot", "1102"),
        GridNode.of("1102", "二块", "block", "11"),
        GridNode.of("110201", "一号", "plot", "1102"),
        GridNode.of("1101", "一块", "block", "11"),
        GridNode.of("110202", "二号", "plot", "1102"),
        GridNode.of("11", "一区", "zone", null)), List.of());
    assertThat(h.grids()).extracting(g -> g.code().value())
        .containsExactly("11", "1101", "1102", "110201", "110202", "110203");
    assertThat(h.get(GridCode.of("1102")).children()).extracting(Grid::name).containsExactly("一号", "二号", "三号");
    assertThat(h.isAncestor(GridCode.of("1102"), GridCode.of("110203"))).isTrue();
    assertThat(h.isAncestor(GridCode.of("1101"), GridCode.of("110203"))).isFalse();
  }

  @Test
  void findsLetterCodesAfterTheTreeIsReordered() {
    LevelScheme blocks = LevelScheme.of("blocks", "Lettered blocks", List.of(
        Level.builder("area").names("片区", "area").code(2, CodeSegment.alphanumeric("area", 2)).build(),
        Level.builder("block").names("楼栋", "block").code(4, CodeSegment.alphanumeric("block", 2))
            .under("area").build()));
    GridHierarchy h = GridHierarchy.of(blocks, List.of(
        GridNode.of("XHB2", "二栋", "block", "XH"),
        GridNode.of("XHB1", "一栋", "block", "XH"),
        GridNode.of("DC", "东城片", "area", null),
        GridNode.of("XH", "西河片", "area", null)), List.of());
    assertThat(h.find("XHB1")).map(Grid::name).contains("一栋");
    assertThat(h.find("XHB2")).map(Grid::name).contains("二栋");
    assertThat(h.find("DC")).map(Grid::name).contains("东城片");
    assertThat(h.find("XHB3")).isEmpty();
    assertThat(h.isAncestor(GridCode.of("XH"), GridCode.of("XHB2"))).isTrue();
  }
}
