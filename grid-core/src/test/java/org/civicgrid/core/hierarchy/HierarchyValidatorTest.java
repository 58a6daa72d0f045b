package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicgrid.core.hierarchy.HierarchyRule.CODE_MALFORMED;
import static org.civicgrid.core.hierarchy.HierarchyRule.CODE_NOT_EXTENDING_PARENT;
import static org.civicgrid.core.hierarchy.HierarchyRule.COUNTED_TWICE;
import static org.civicgrid.core.hierarchy.HierarchyRule.CYCLE;
import static org.civicgrid.core.hierarchy.HierarchyRule.DUPLICATE_CODE;
import static org.civicgrid.core.hierarchy.HierarchyRule.DUPLICATE_PLACE;
import static org.civicgrid.core.hierarchy.HierarchyRule.HOUSEHOLDS_OUTSIDE_BAND;
import static org.civicgrid.core.hierarchy.HierarchyRule.LEVEL_NOT_ALLOWED_UNDER;
import static org.civicgrid.core.hierarchy.HierarchyRule.LEVEL_NOT_BELOW_PARENT;
import static org.civicgrid.core.hierarchy.HierarchyRule.MISSING_PARENT;
import static org.civicgrid.core.hierarchy.HierarchyRule.ORPHAN;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_IN_UNKNOWN_GRID;

import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HierarchyValidatorTest {
  private static final LevelScheme FUXIN = LevelSchemes.fuxin();
  static final GridCode BUILDING_GRID_1 = GridCode.of("210902001001001001");
  static final GridCode BUILDING_GRID_2 = GridCode.of("210902001001001002");

  /** Haizhou district, Fuxin, as a list to change: two building grids and a hamlet (50 households). */
  static List<GridNode> haizhou() {
    return new ArrayList<>(GridHierarchyTest.fuxinNodes());
  }

  /** The two buildings of the building grids, with 96 and 104 households. */
  static List<Place> buildings() {
    return new ArrayList<>(List.of(
        Place.building("B1", "1号楼", BUILDING_GRID_1, 96, 270),
        Place.building("B2", "2号楼", BUILDING_GRID_2, 104, 300)));
  }

  static Report validate(List<GridNode> nodes, List<Place> places) {
    return HierarchyValidator.validate(FUXIN, nodes, places);
  }

  static Report validate(List<GridNode> nodes) {
    return validate(nodes, buildings());
  }

  private static List<GridNode> haizhouWith(GridNode... extra) {
    List<GridNode> nodes = haizhou();
    nodes.addAll(List.of(extra));
    return nodes;
  }

  /** The findings of {@code rule} are exactly for {@code subjects}, each with the rule's severity. */
  static void assertOnly(Report report, HierarchyRule rule, String... subjects) {
    assertThat(report.of(rule)).as(report.toString()).extracting(Finding::subject).containsExactly(subjects);
    assertThat(report.of(rule)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(rule.severity()));
  }

  /** The codes a cycle finding lists between its brackets. */
  private static List<String> cycleMembers(Report report) {
    String message = report.of(CYCLE).get(0).message();
    return List.of(message.substring(message.indexOf('[') + 1, message.indexOf(']')).split(", "));
  }

  @Test
  void validHierarchyHasNoFindings() {
    assertThat(validate(haizhou()).findings()).isEmpty();
  }

  @Test
  void ruleIdsAreLowerKebab() {
    assertThat(DUPLICATE_CODE.id()).isEqualTo("duplicate-code");
    assertThat(HOUSEHOLDS_OUTSIDE_BAND.id()).isEqualTo("households-outside-band");
  }

  @Test
  void onlyTheHouseholdBandIsAWarning() {
    for (HierarchyRule rule : HierarchyRule.values()) {
      assertThat(rule.severity()).as(rule.id())
          .isEqualTo(rule == HOUSEHOLDS_OUTSIDE_BAND ? Severity.WARNING : Severity.ERROR);
    }
  }

  // --- grids ---

  @Test
  void duplicateCodeIsReportedWithBothNames() {
    Report report = validate(haizhouWith(GridNode.of("210902001", "另一个街道", "subdistrict", "210902")));
    assertOnly(report, DUPLICATE_CODE, "210902001");
    assertThat(report.of(DUPLICATE_CODE).get(0).message()).contains("和平街道").contains("另一个街道");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void unknownLevelIsReported() {
    Report report = validate(haizhouWith(GridNode.of("210902002", "新街道", "street", "210902")));
    assertOnly(report, HierarchyRule.UNKNOWN_LEVEL, "210902002");
    assertThat(report.of(HierarchyRule.UNKNOWN_LEVEL).get(0).message()).contains("'street'").contains("fuxin");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void orphanIsReportedWithItsMissingParent() {
    Report report = validate(haizhouWith(GridNode.of("210902002001", "无主社区", "community", "210902002")));
    assertOnly(report, ORPHAN, "210902002001");
    assertThat(report.of(ORPHAN).get(0).message()).contains("parent 210902002 does not exist");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void childrenOfAnOrphanAreNotReportedAgain() {
    Report report = validate(haizhouWith(
        GridNode.of("210902002001", "无主社区", "community", "210902002"),
        GridNode.of("210902002001001", "无主小区", "compound", "210902002001"),
        GridNode.of("210902002001001001", "无主楼栋", "building-grid", "210902002001001")));
    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(ORPHAN, "210902002001"));
  }

  @Test
  void missingParentIsReportedForALevelThatMustHangUnderAnother() {
    Report report = validate(haizhouWith(GridNode.of("210902002001", "悬空社区", "community", null)));
    assertOnly(report, MISSING_PARENT, "210902002001");
    assertThat(report.of(MISSING_PARENT).get(0).message()).contains("[subdistrict]");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void twoCycleIsReportedOnceAtItsSmallestCode() {
    List<GridNode> nodes = List.of(
        GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902001001"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"));
    Report report = validate(nodes, List.of());
    assertOnly(report, CYCLE, "210902001");
    assertThat(cycleMembers(report)).containsExactlyInAnyOrder("210902001", "210902001001");
  }

  @Test
  void threeCycleIsReportedOnceNamingEveryMember() {
    List<GridNode> nodes = List.of(
        GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001001001", "一号小区", "compound", "210902001001"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902001001001"));
    Report report = validate(nodes, List.of());
    assertOnly(report, CYCLE, "210902001");
    assertThat(cycleMembers(report)).containsExactlyInAnyOrder("210902001", "210902001001", "210902001001001");
  }

  @Test
  void gridHangingBelowACycleDoesNotReportItAgain() {
    List<GridNode> nodes = List.of(
        GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001"),
        GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001001001", "一号小区", "compound", "210902001001"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902001001001"));
    Report report = validate(nodes, List.of());
    assertOnly(report, CYCLE, "210902001");
    assertThat(cycleMembers(report)).containsExactlyInAnyOrder("210902001", "210902001001", "210902001001001");
    assertThat(report.findings()).extracting(Finding::subject).doesNotContain("210902001001001001");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 7})
  void cycleOfAnyLengthWithATailBelowIsReportedOnce(int length) {
    List<GridNode> nodes = new ArrayList<>();
    for (int k = 0; k < length; k++) {
      nodes.add(GridNode.of("21090" + (k + 1), "环" + k, "county", "21090" + ((k + 1) % length + 1)));
    }
    nodes.add(GridNode.of("210901001", "环下街道", "subdistrict", "210901"));
    nodes.add(GridNode.of("210901001001", "环下社区", "community", "210901001"));
    Report report = validate(nodes, List.of());
    assertOnly(report, CYCLE, "210901");
    assertThat(cycleMembers(report)).hasSize(length);
    assertThat(report.findings()).extracting(Finding::subject).doesNotContain("210901001", "210901001001");
  }

  @Test
  void twoSeparateCyclesAreBothReported() {
    List<GridNode> nodes = List.of(
        GridNode.of("210902001", "和平街道", "subdistrict", "210902001001"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"),
        GridNode.of("210902201", "韩家店镇", "township", "210902201201"),
        GridNode.of("210902201201", "韩家店村", "village", "210902201"));
    assertOnly(validate(nodes, List.of()), CYCLE, "210902001", "210902201");
  }

  @Test
  void villageUnderAVillageIsNotBelowItsParent() {
    Report report = validate(haizhouWith(GridNode.of("210902201202", "二村", "village", "210902201201")));
    assertOnly(report, LEVEL_NOT_BELOW_PARENT, "210902201202");
    assertThat(report.of(LEVEL_NOT_ALLOWED_UNDER)).isEmpty();
    assertThat(report.of(LEVEL_NOT_BELOW_PARENT).get(0).message())
        .contains("a village may not hang under a village (allowed: [township])");
  }

  @Test
  void townshipUnderAVillageIsNotBelowItsParent() {
    Report report = validate(haizhouWith(GridNode.of("210902202", "二镇", "township", "210902201201")));
    assertOnly(report, LEVEL_NOT_BELOW_PARENT, "210902202");
    assertThat(report.of(LEVEL_NOT_ALLOWED_UNDER)).isEmpty();
  }

  /**
   * The rural township is declared after the urban community, so declaration order said it was
   * below; the scheme's level tree says it is not.
   */
  @Test
  void ruralLevelUnderAnUrbanLevelOfAnotherBranchIsNotBelowItsParent() {
    Report report = validate(haizhouWith(
        GridNode.of("210902202", "二镇", "township", "210902001001"),
        GridNode.of("210902001001002", "二组", "hamlet", "210902001001")));
    assertOnly(report, LEVEL_NOT_BELOW_PARENT, "210902202", "210902001001002");
    assertThat(report.of(LEVEL_NOT_ALLOWED_UNDER)).isEmpty();
  }

  @Test
  void gridSkippingALevelOfItsBranchIsNotAllowedUnderItsParent() {
    Report report = validate(haizhouWith(GridNode.of("210902001001000003", "3号楼网格", "building-grid", "210902001001")));
    assertOnly(report, LEVEL_NOT_ALLOWED_UNDER, "210902001001000003");
    assertThat(report.of(LEVEL_NOT_BELOW_PARENT)).isEmpty();
    assertThat(report.of(LEVEL_NOT_ALLOWED_UNDER).get(0).message())
        .contains("a building-grid may not hang under a community (allowed: [compound])");
    assertThat(report.withSeverity(Severity.ERROR)).hasSize(1);
  }

  @Test
  void wuhuaGridAttachedStraightToItsCommunityIsNotAllowedUnder() {
    List<GridNode> nodes = List.of(
        GridNode.of("441424", "五华县", "county", null),
        GridNode.of("441424101", "水寨镇", "township", "441424"),
        GridNode.of("441424101201", "西河社区", "community", "441424101"),
        GridNode.of("441424101201000001", "一号网格", "grid", "441424101201"));
    Report report = HierarchyValidator.validate(LevelSchemes.wuhua(), nodes, List.of());
    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(LEVEL_NOT_ALLOWED_UNDER, "441424101201000001"));
  }

  @Test
  void codeOfTheWrongLengthIsMalformed() {
    Report report = validate(haizhouWith(GridNode.of("21090200100", "短社区", "community", "210902001")));
    assertOnly(report, CODE_MALFORMED, "21090200100");
    assertThat(report.of(CODE_MALFORMED).get(0).message()).contains("LENGTH");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void segmentOutOfRangeIsMalformed() {
    Report report = validate(haizhouWith(GridNode.of("210902150", "错街道", "subdistrict", "210902")));
    assertOnly(report, CODE_MALFORMED, "210902150");
    assertThat(report.of(CODE_MALFORMED).get(0).message()).contains("SEGMENT_RANGE");
  }

  @Test
  void letterInANumericSegmentIsMalformed() {
    Report report = validate(haizhouWith(GridNode.of("21090200100A", "字母社区", "community", "210902001")));
    assertOnly(report, CODE_MALFORMED, "21090200100A");
    assertThat(report.of(CODE_MALFORMED).get(0).message()).contains("SEGMENT_CHARSET");
  }

  @Test
  void codeNotStartingWithItsParentsIsReported() {
    Report report = validate(haizhouWith(GridNode.of("210903001002", "别区社区", "community", "210902001")));
    assertOnly(report, CODE_NOT_EXTENDING_PARENT, "210903001002");
    assertThat(report.of(CODE_NOT_EXTENDING_PARENT).get(0).message()).contains("PREFIX");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void nonZeroPaddingUnderACityWithoutCountiesIsReported() {
    List<GridNode> nodes = List.of(
        GridNode.of("44", "广东省", "province", null),
        GridNode.of("4419", "东莞市", "city", "44"),
        GridNode.of("441900003", "东城街道", "township", "4419"),
        GridNode.of("441901004", "南城街道", "township", "4419"));
    Report report = HierarchyValidator.validate(LevelSchemes.nbs(), nodes, List.of());
    assertOnly(report, CODE_NOT_EXTENDING_PARENT, "441901004");
    assertThat(report.of(CODE_NOT_EXTENDING_PARENT).get(0).message()).contains("PADDING");
    assertThat(report.findings()).hasSize(1);
  }

  // --- everything at once ---

  @Test
  void reportsEveryFindingOfOneRunInsteadOfStoppingAtTheFirst() {
    List<GridNode> nodes = haizhouWith(
        GridNode.of("210902001", "重复街道", "subdistrict", "210902"),
        GridNode.of("210902002", "新街道", "street", "210902"),
        GridNode.of("210902003001", "无主社区", "community", "210902003"),
        GridNode.of("210902004001", "悬空社区", "community", null),
        GridNode.of("210902201202", "二村", "village", "210902201201"),
        GridNode.of("210902001001000003", "3号楼网格", "building-grid", "210902001001"),
        GridNode.of("210902150", "错街道", "subdistrict", "210902"),
        GridNode.of("210903001002", "别区社区", "community", "210902001"));
    List<Place> places = buildings();
    places.add(Place.building("B1", "一号楼", BUILDING_GRID_2, 0, 0));
    places.add(Place.building("B9", "9号楼", GridCode.of("210902001001001009"), 0, 0));
    places.add(Place.unit("B2-1", "2号楼1单元", places.get(1), 50, 150));
    Report report = validate(nodes, places);
    assertThat(report.findings()).extracting(Finding::rule).contains(
        DUPLICATE_CODE, HierarchyRule.UNKNOWN_LEVEL, ORPHAN, MISSING_PARENT, LEVEL_NOT_BELOW_PARENT,
        LEVEL_NOT_ALLOWED_UNDER, CODE_MALFORMED, CODE_NOT_EXTENDING_PARENT, DUPLICATE_PLACE, PLACE_IN_UNKNOWN_GRID,
        COUNTED_TWICE);
    assertThat(report.of(DUPLICATE_CODE)).extracting(Finding::subject).containsExactly("210902001");
    assertThat(report.of(COUNTED_TWICE)).extracting(Finding::subject).containsExactly("B2");
  }

  @Test
  void builderValidatesTheSameWay() {
    List<GridNode> nodes = haizhouWith(GridNode.of("210902002001", "无主社区", "community", "210902002"));
    Report viaBuilder = GridHierarchy.builder(FUXIN).addAll(nodes).addPlaces(buildings()).validate();
    assertThat(viaBuilder).isEqualTo(validate(nodes));
  }

  @Test
  void neverThrowsForBadData() {
    List<GridNode> nodes = List.of(
        GridNode.of("A", "甲", "county", "B"),
        GridNode.of("B", "乙", "nowhere", "A"),
        GridNode.of("A", "甲", "county", null));
    List<Place> places = List.of(Place.building("X", "楼", GridCode.of("Z"), 1, 1));
    assertThatCode(() -> validate(nodes, places)).doesNotThrowAnyException();
    assertThat(validate(nodes, places).hasErrors()).isTrue();
  }

  @Test
  void emptyInputHasNoFindings() {
    assertThat(validate(List.of(), List.of())).isEqualTo(Report.empty());
  }
}
