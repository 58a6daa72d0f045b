package org.civicgrid.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.TOWNSHIP;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_BUILDING;
import static org.civicgrid.core.layer.Departments.HEALTH;
import static org.civicgrid.core.layer.Departments.MARKET_SUPERVISION;
import static org.civicgrid.core.layer.Departments.PUBLIC_SECURITY;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

class DockedLayersTest {
  private static final SpecialistLayer BEATS = SpecialistLayer.builder("police-beats", PUBLIC_SECURITY, "警务区")
      .docksOnto("subdistrict", "community", "township", "village")
      .add(SpecialistGrid.docked("JWQ-01", "和平警务区", "210902001"))
      .add(SpecialistGrid.docked("JWQ-02", "长源警务区", "210902001001"))
      .add(SpecialistGrid.docked("JWQ-03", "韩家店警务区", "210902201"))
      .build();
  private static final SpecialistLayer MARKET = SpecialistLayer.builder("market-areas", MARKET_SUPERVISION, "市场监管所辖区")
      .docksOnto("subdistrict", "township")
      .add(SpecialistGrid.docked("SJ-01", "和平市场监管所", "210902001"))
      .add(SpecialistGrid.docked("SJ-02", "韩家店市场监管所", "210902201"))
      .build();
  private static final SpecialistLayer CLINICS = SpecialistLayer.builder("health-stations", HEALTH, "卫生服务站")
      .docksOnto("community", "village")
      .add(SpecialistGrid.docked("WJ-01", "长源卫生服务站", "210902001001"))
      .add(SpecialistGrid.docked("WJ-02", "新华卫生服务站", "210902001002"))
      .build();

  private static DockedLayers fuxin() {
    return DockedLayers.of(FuxinGrids.hierarchy(), List.of(BEATS, MARKET, CLINICS));
  }

  private static DockedLayers urbanManagementWith(SpecialistGrid... grids) {
    SpecialistLayer layer = SpecialistLayer.builder("urban-management", Departments.URBAN_MANAGEMENT, "城管网格")
        .docksOnto("subdistrict", "community").addAll(List.of(grids)).build();
    return DockedLayers.builder(FuxinGrids.hierarchy()).register(layer).build();
  }

  @Test
  void findsWhatIsDockedExactlyOnAGrid() {
    DockedLayers layers = fuxin();
    assertThat(layers.dockedAt(SUBDISTRICT)).extracting(d -> d.grid().id()).containsExactly("JWQ-01", "SJ-01");
    assertThat(layers.departmentsAt(CHANGYUAN)).containsExactly(PUBLIC_SECURITY, HEALTH);
    assertThat(layers.dockedAt(COMPOUND)).isEmpty();
    assertThat(layers.departmentsAt(COMPOUND)).isEmpty();
  }

  @Test
  void findsEverySpecialistGridServingALeafGridNearestFirst() {
    DockedLayers layers = fuxin();
    assertThat(layers.dockedCovering(BUILDING_1)).extracting(d -> d.grid().id())
        .containsExactly("JWQ-02", "WJ-01", "JWQ-01", "SJ-01");
    assertThat(layers.departmentsCovering(BUILDING_1)).containsExactly(PUBLIC_SECURITY, HEALTH, MARKET_SUPERVISION);
    assertThat(layers.departmentsCovering(HAMLET_1)).containsExactly(PUBLIC_SECURITY, MARKET_SUPERVISION);
    assertThat(layers.dockedCovering(SUBDISTRICT)).extracting(Docking::socialGrid).containsOnly(SUBDISTRICT);
  }

  @Test
  void findsTheSocialGridOfASpecialistGrid() {
    DockedLayers layers = fuxin();
    assertThat(layers.socialGridOf("police-beats", "JWQ-02")).contains(CHANGYUAN);
    assertThat(layers.socialGridOf("market-areas", "SJ-02")).contains(TOWNSHIP);
    assertThat(urbanManagementWith(SpecialistGrid.undocked("CG-01", "和平城管网格"))
        .socialGridOf("urban-management", "CG-01")).isEmpty();
  }

  @Test
  void unknownLayerOrSpecialistGridIsNotFound() {
    DockedLayers layers = fuxin();
    assertThatThrownBy(() -> layers.socialGridOf("fire-zones", "XF-01"))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("no specialist layer fire-zones");
    assertThatThrownBy(() -> layers.socialGridOf("police-beats", "JWQ-99"))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("JWQ-99").hasMessageContaining("police-beats");
  }

  @Test
  void coveringAGridTheHierarchyDoesNotHaveIsNotFound() {
    assertThatThrownBy(() -> fuxin().dockedCovering(GridCode.of("210902001009")))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("210902001009");
  }

  @Test
  void registeringALayerIdTwiceIsACallerError() {
    SpecialistLayer otherBeats = SpecialistLayer.builder("police-beats", PUBLIC_SECURITY, "派出所辖区")
        .docksOnto("subdistrict").build();
    DockedLayers.Builder builder = DockedLayers.builder(FuxinGrids.hierarchy()).register(BEATS);
    assertThatThrownBy(() -> builder.register(otherBeats))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("police-beats is registered already");
    assertThatThrownBy(() -> DockedLayers.of(FuxinGrids.hierarchy(), List.of(BEATS, MARKET, otherBeats)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("police-beats");
  }

  @Test
  void listsLayersInRegistrationOrder() {
    DockedLayers layers = fuxin();
    assertThat(layers.layers()).extracting(SpecialistLayer::id)
        .containsExactly("police-beats", "market-areas", "health-stations");
    assertThat(layers.layer("market-areas")).contains(MARKET);
    assertThat(layers.layer("fire-zones")).isEmpty();
  }

  @Test
  void aWellDockedSetHasNoFindings() {
    assertThat(fuxin().validate().findings()).isEmpty();
  }

  @Test
  void anUndockedSpecialistGridIsAWarning() {
    Report report = urbanManagementWith(SpecialistGrid.undocked("CG-01", "和平城管网格")).validate();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(DockingRule.NOT_DOCKED);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subject()).isEqualTo("urban-management/CG-01");
    });
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void dockingOntoAGridTheHierarchyDoesNotHaveIsAnError() {
    Report report = urbanManagementWith(SpecialistGrid.docked("CG-02", "和平三号城管网格", "210902001009")).validate();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(DockingRule.DOCKED_TO_UNKNOWN_GRID);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("210902001009");
    });
  }

  @Test
  void dockingBelowTheAllowedLevelsIsAnErrorNamingTheLevels() {
    Report report = urbanManagementWith(
        SpecialistGrid.docked("CG-03", "一号小区城管网格", "210902001001001"),
        SpecialistGrid.docked("CG-04", "2号楼城管网格", BUILDING_2.value())).validate();
    assertThat(report.of(DockingRule.DOCKED_BELOW_ALLOWED_LEVELS)).hasSize(2).first().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo("urban-management/CG-03");
      assertThat(f.message()).contains("210902001001001 一号小区 at level compound (小区)")
          .contains("[subdistrict, community]")
          .contains("its community is 210902001001 长源社区");
    });
  }

  @Test
  void dockingAboveOrBesideTheAllowedLevelsIsAWarning() {
    Report report = urbanManagementWith(
        SpecialistGrid.docked("CG-05", "海州区城管", "210902"),
        SpecialistGrid.docked("CG-06", "韩家店村城管", "210902201201")).validate();
    assertThat(report.findings()).extracting(Finding::rule).containsExactly(
        DockingRule.DOCKED_OUTSIDE_ALLOWED_LEVELS, DockingRule.DOCKED_OUTSIDE_ALLOWED_LEVELS);
    assertThat(report.findings().get(1).message()).contains("level village (村)").contains("[subdistrict, community]");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void aRepeatedSpecialistGridIdIsAnError() {
    Report report = urbanManagementWith(
        SpecialistGrid.docked("CG-07", "长源城管网格", CHANGYUAN.value()),
        SpecialistGrid.docked("CG-07", "新华城管网格", XINHUA.value())).validate();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(DockingRule.DUPLICATE_SPECIALIST_GRID);
      assertThat(f.message()).contains("长源城管网格").contains("新华城管网格");
    });
  }

  @Test
  void aLevelTheSchemeDoesNotHaveIsAnErrorAndNoDockingIsJudgedByIt() {
    SpecialistLayer petitions = SpecialistLayer.builder("petition-areas", Departments.PETITIONS, "信访片区")
        .docksOnto("street").add(SpecialistGrid.docked("XF-01", "一号小区信访", COMPOUND.value())).build();
    Report report = DockedLayers.of(FuxinGrids.hierarchy(), List.of(petitions)).validate();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(DockingRule.UNKNOWN_ALLOWED_LEVEL);
      assertThat(f.subject()).isEqualTo("petition-areas");
      assertThat(f.message()).contains("'street'").contains("fuxin");
    });
  }

  @Test
  void dockingOntoAPlaceholderRowIsAnError() {
    GridHierarchy withPlaceholder = GridHierarchy.of(LevelSchemes.fuxin(), ImmutableList.<GridNode>builder()
        .addAll(FuxinGrids.nodes())
        .add(GridNode.of("210901", "市辖区", "county", null).withKind(GridKind.PLACEHOLDER)).build(), List.of());
    SpecialistLayer water = SpecialistLayer.builder("water-areas", Departments.WATER, "水利片区")
        .docksOnto("county").add(SpecialistGrid.docked("SL-01", "市辖区水利", "210901")).build();
    Report report = DockedLayers.of(withPlaceholder, List.of(water)).validate();
    assertThat(report.findings()).extracting(Finding::rule).containsExactly(DockingRule.DOCKED_TO_PLACEHOLDER);
  }

  @Test
  void reportsEveryFindingAtOnce() {
    Report report = urbanManagementWith(
        SpecialistGrid.undocked("CG-01", "和平城管网格"),
        SpecialistGrid.docked("CG-02", "和平三号城管网格", "210902001009"),
        SpecialistGrid.docked("CG-03", "一号小区城管网格", COMPOUND.value()),
        SpecialistGrid.docked("CG-03", "和平城管网格", SUBDISTRICT.value()),
        SpecialistGrid.docked("CG-05", "海州区城管", "210902")).validate();
    assertThat(report.findings()).extracting(Finding::rule).containsExactly(
        DockingRule.NOT_DOCKED, DockingRule.DOCKED_TO_UNKNOWN_GRID, DockingRule.DOCKED_BELOW_ALLOWED_LEVELS,
        DockingRule.DUPLICATE_SPECIALIST_GRID, DockingRule.DOCKED_OUTSIDE_ALLOWED_LEVELS);
  }

  @Test
  void afterARedivisionDockingsOnRetiredGridsAreFound() {
    DockedLayers before = fuxin();
    DockedLayers after = before.withHierarchy(FuxinGrids.hierarchyWithout(XINHUA));
    assertThat(after.layers()).isEqualTo(before.layers());
    assertThat(after.validate().findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(DockingRule.DOCKED_TO_UNKNOWN_GRID);
      assertThat(f.subject()).isEqualTo("health-stations/WJ-02");
    });
    assertThat(after.dockedAt(XINHUA)).extracting(d -> d.grid().id()).containsExactly("WJ-02");
    assertThatThrownBy(() -> after.dockedCovering(XINHUA_BUILDING)).isInstanceOf(CivicGridException.class);
    assertThat(before.validate().findings()).isEmpty();
  }

  @Test
  void ruleIdsAreLowerKebab() {
    assertThat(DockingRule.DOCKED_BELOW_ALLOWED_LEVELS.id()).isEqualTo("docked-below-allowed-levels");
    assertThat(DockingRule.NOT_DOCKED.severity()).isEqualTo(Severity.WARNING);
  }
}
