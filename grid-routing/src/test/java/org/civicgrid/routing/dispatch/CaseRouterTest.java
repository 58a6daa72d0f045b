package org.civicgrid.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.COUNTY;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_COMPOUND;
import static org.civicgrid.routing.dispatch.DispatchFixtures.BAIDU;
import static org.civicgrid.routing.dispatch.DispatchFixtures.CHEN_JING;
import static org.civicgrid.routing.dispatch.DispatchFixtures.IN_BUILDING_1;
import static org.civicgrid.routing.dispatch.DispatchFixtures.IN_BUILDING_2;
import static org.civicgrid.routing.dispatch.DispatchFixtures.IN_THE_FIELDS;
import static org.civicgrid.routing.dispatch.DispatchFixtures.IN_XINHUA;
import static org.civicgrid.routing.dispatch.DispatchFixtures.LEAVE_DAY;
import static org.civicgrid.routing.dispatch.DispatchFixtures.LIU_YANG;
import static org.civicgrid.routing.dispatch.DispatchFixtures.MONDAY;
import static org.civicgrid.routing.dispatch.DispatchFixtures.ZHANG_WEI;
import static org.civicgrid.routing.dispatch.DispatchFixtures.ZHAO_LEI;
import static org.civicgrid.routing.dispatch.DispatchFixtures.reported;

import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.dispatch.RoutingDecision.Outcome;
import org.junit.jupiter.api.Test;

class CaseRouterTest {
  private final CaseRouter router = DispatchFixtures.router();

  @Test
  void aNeighbourDisputeGoesToTheBuildingGridsFullTimeWorker() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(IN_BUILDING_1)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.PRIMARY);
    assertThat(d.isRouted()).isTrue();
    assertThat(d.unit()).contains(HandlingUnit.grid(BUILDING_1));
    assertThat(d.person()).contains(LIU_YANG);
    assertThat(d.rule()).contains(RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id()));
    assertThat(d.gridPath()).containsExactly(BUILDING_1, COMPOUND, CHANGYUAN, SUBDISTRICT, COUNTY);
  }

  @Test
  void theNamedBackupActsWhileTheWorkerIsOnLeave() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(IN_BUILDING_1)), LEAVE_DAY.atTime(10, 0));
    assertThat(d.outcome()).isEqualTo(Outcome.BACKUP);
    assertThat(d.unit()).contains(HandlingUnit.grid(BUILDING_1));
    assertThat(d.person()).contains(CHEN_JING);
    assertThat(d.explanation()).contains("陈静 (p-005)").contains("刘洋 (p-006)").contains("annual leave");
  }

  @Test
  void aBuildingGridWithoutAWorkerIsCoveredByTheCompoundsTeam() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(IN_BUILDING_2)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.PARENT_GRID);
    assertThat(d.unit()).contains(HandlingUnit.grid(COMPOUND));
    assertThat(d.person()).contains(ZHAO_LEI);
    assertThat(d.explanation()).contains("goes to the parent grid 一号小区 (210902001001001)")
        .contains("as no one in 2号楼网格 (210902001001001002) acts;");
  }

  @Test
  void whenNoOneCoversThePostTheNextLevelsUnitAssignsByHand() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(IN_XINHUA)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.NOBODY);
    assertThat(d.isRouted()).isTrue();
    assertThat(d.unit()).contains(HandlingUnit.grid(XINHUA_COMPOUND));
    assertThat(d.person()).isEmpty();
    assertThat(d.explanation()).contains("goes to 新华小区 (210902001002001) to assign by hand");
  }

  @Test
  void safetyHazardsGoToTheCommunitysGridLeader() {
    RoutingDecision d = router.route(reported("0202", CasePlace.at(IN_BUILDING_2)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.PRIMARY);
    assertThat(d.unit()).contains(HandlingUnit.grid(CHANGYUAN));
    assertThat(d.person()).contains(ZHANG_WEI);
    assertThat(d.rule().orElseThrow().category()).isEqualTo("02");
  }

  @Test
  void aLabourDisputeGoesStraightToItsDepartment() {
    RoutingDecision d = router.route(reported("0104", CasePlace.at(IN_BUILDING_1)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.DEPARTMENT);
    assertThat(d.unit()).contains(HandlingUnit.department("human-resources"));
    assertThat(d.person()).isEmpty();
    assertThat(d.rule()).isEmpty();
    assertThat(d.gridPath()).startsWith(BUILDING_1);
  }

  @Test
  void aBurstMainGoesToTheWaterUtilityWhereverItIs() {
    RoutingDecision d = router.route(reported("0401", CasePlace.at(IN_THE_FIELDS)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.DEPARTMENT);
    assertThat(d.unit()).contains(HandlingUnit.department("water-supply"));
    assertThat(d.gridPath()).isEmpty();
    assertThat(router.route(reported("0401", CasePlace.at(BAIDU)), MONDAY).outcome()).isEqualTo(Outcome.DEPARTMENT);
  }

  @Test
  void aPointInNoGridIsUnroutableWithTheNearestGrid() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(IN_THE_FIELDS)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.UNCOVERED);
    assertThat(d.isRouted()).isFalse();
    assertThat(d.unit()).isEmpty();
    assertThat(d.nearest()).contains(HAMLET_1);
    assertThat(d.distanceMetres()).isEqualTo(350.4);
    assertThat(d.gridPath()).isEmpty();
  }

  @Test
  void aBuildingIsFoundThroughTheHierarchysPlaces() {
    RoutingDecision d = router.route(reported("0101", CasePlace.place("b-0003")), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.PRIMARY);
    assertThat(d.unit()).contains(HandlingUnit.grid(BUILDING_1));
    assertThat(d.person()).contains(LIU_YANG);
  }

  @Test
  void aGridCodeIsUsedAsItIsAtAnyLevel() {
    RoutingDecision compound = router.route(reported("0101", CasePlace.in(COMPOUND)), MONDAY);
    assertThat(compound.outcome()).isEqualTo(Outcome.PRIMARY);
    assertThat(compound.person()).contains(ZHAO_LEI);
    assertThat(compound.gridPath()).containsExactly(COMPOUND, CHANGYUAN, SUBDISTRICT, COUNTY);
    RoutingDecision hazard = router.route(reported("0203", CasePlace.in(CHANGYUAN)), MONDAY);
    assertThat(hazard.person()).contains(ZHANG_WEI);
  }

  @Test
  void aGridAboveTheRulesLevelActsItself() {
    RoutingDecision d = router.route(reported("0202", CasePlace.in(SUBDISTRICT)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.NOBODY);
    assertThat(d.unit()).contains(HandlingUnit.grid(COUNTY));
  }

  @Test
  void unknownPlacesAndGridsAreUnroutableNotErrors() {
    RoutingDecision place = router.route(reported("0101", CasePlace.place("b-9999")), MONDAY);
    assertThat(place.outcome()).isEqualTo(Outcome.UNKNOWN_PLACE);
    assertThat(place.explanation()).isEqualTo("case c-0101 (0101 邻里纠纷) cannot be routed: place b-9999 is not in "
        + "hierarchy fuxin");
    RoutingDecision grid = router.route(reported("0101", CasePlace.in(GridCode.of("210902001009"))), MONDAY);
    assertThat(grid.outcome()).isEqualTo(Outcome.UNKNOWN_PLACE);
    assertThat(grid.explanation()).contains("grid 210902001009 is not in hierarchy");
  }

  @Test
  void aPointTheLocatorCannotReadIsUnroutable() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(BAIDU)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.UNREADABLE_POINT);
    assertThat(d.explanation()).contains("cannot be routed: cannot convert").contains("BD09");
  }

  @Test
  void anUnknownCategoryIsATypedErrorNamingIt() {
    assertThatThrownBy(() -> router.route(reported("0999", CasePlace.at(IN_BUILDING_1)), MONDAY))
        .isInstanceOfSatisfying(UnknownCategoryException.class, e -> {
          assertThat(e.category()).isEqualTo("0999");
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        })
        .hasMessage("NOT_FOUND: no subcategory 0999 in catalogue social-governance to route by");
    assertThatThrownBy(() -> router.route(reported("01", CasePlace.at(IN_BUILDING_1)), MONDAY))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("no subcategory 01");
  }

  @Test
  void missingArgumentsAreRefused() {
    assertThatThrownBy(() -> router.route(null, MONDAY)).isInstanceOf(NullPointerException.class).hasMessage("case");
    assertThatThrownBy(() -> router.route(reported("0101", CasePlace.at(IN_BUILDING_1)), null))
        .isInstanceOf(NullPointerException.class).hasMessage("at");
  }

  @Test
  void rulesNamingWhatTheCatalogueHierarchyOrStaffingLacksAreRefused() {
    assertThatThrownBy(() -> routerWith(RoutingRule.smallestGrid("07", Roles.FULL_TIME_WORKER.id())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names category 07, which catalogue social-governance lacks");
    assertThatThrownBy(() -> routerWith(RoutingRule.atLevel("02", "tower", Roles.GRID_LEADER.id())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names level tower, which scheme fuxin lacks");
    assertThatThrownBy(() -> routerWith(RoutingRule.smallestGrid("02", RoleId.of("sheriff"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names role sheriff");
  }

  @Test
  void everySubcategoryHandledInAGridNeedsARule() {
    RoutingTable disputesOnly = RoutingTable.of(List.of(RoutingRule.smallestGrid("01", Roles.FULL_TIME_WORKER.id())));
    assertThatThrownBy(() -> new CaseRouter(new DispatchFixtures.FakeLocator(), DispatchFixtures.staffing(),
        CategoryCatalogues.socialGovernance(), disputesOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no rule (nor a main class or default rule) for subcategories [0201, 0202, 0203, 0205,");
  }

  @Test
  void theRouterShowsWhatItRoutesBy() {
    assertThat(router.table()).isEqualTo(DispatchFixtures.table());
    assertThat(router.catalogue().id()).isEqualTo("social-governance");
    assertThat(router.staffing().hierarchy().place("b-0003")).isPresent();
    assertThat(router.locator()).isInstanceOf(DispatchFixtures.FakeLocator.class);
    assertThat(router).hasToString("case router for catalogue social-governance over fuxin with 2 rules");
  }

  private static CaseRouter routerWith(RoutingRule extra) {
    RoutingTable table = RoutingTable.of(List.of(
        RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id()), extra));
    return new CaseRouter(new DispatchFixtures.FakeLocator(), DispatchFixtures.staffing(),
        CategoryCatalogues.socialGovernance(), table);
  }
}
