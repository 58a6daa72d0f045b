package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.place.Place;
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
}
