package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleCataloguesTest {

  @Test
  void everyPresetLoads() {
    assertThat(RoleCatalogues.all()).extracting(RoleCatalogue::id)
        .containsExactly("tongnan", "fuxin", "beipiao", "wuhua", "dongcheng");
    assertThat(RoleCatalogues.all()).allSatisfy(c -> assertThat(c.size()).isPositive());
  }

  @Test
  void tongnanHasTheOnePlusSixPlusNTeam() {
    assertThat(ids(RoleCatalogues.tongnan())).containsExactly(
        "grid-leader",
        "full-time-worker", "part-time-worker", "grid-instructor", "dispute-mediator", "community-police-officer",
        "medical-worker",
        "law-enforcement-officer", "building-leader", "volunteer", "power-staff", "telecom-staff",
        "liaison-cadre");
  }

  @Test
  void beipiaoHasAChiefGridLeaderAndBuildingAndUnitLeadersWithTheirThreeDuties() {
    RoleCatalogue beipiao = RoleCatalogues.beipiao();

    assertThat(ids(beipiao)).containsExactly("chief-grid-leader", "grid-leader", "party-branch-secretary",
        "full-time-worker", "building-leader", "unit-leader", "liaison-cadre");
    assertThat(beipiao.get(Roles.UNIT_LEADER.id()).duties()).containsExactlyElementsOf(Duties.buildingDuties());
    assertThat(beipiao.get(Roles.FULL_TIME_WORKER.id()).duties()).contains(Duties.DAILY_PATROL);
  }

  @Test
  void wuhuasLeadersAndAreaWorkersHaveFiveDutiesAndVolunteersThree() {
    RoleCatalogue wuhua = RoleCatalogues.wuhua();

    assertThat(wuhua.get(Roles.GRID_LEADER.id()).duties()).containsExactlyElementsOf(Duties.fiveDuties());
    assertThat(wuhua.get(Roles.AREA_WORKER.id()).duties()).containsExactlyElementsOf(Duties.fiveDuties());
    assertThat(wuhua.get(Roles.VOLUNTEER_WORKER.id()).duties()).containsExactlyElementsOf(Duties.threeDuties());
  }

  @Test
  void fuxinsLeadersByLevelAreOneRoleHeldAtTwoLevels() {
    assertThat(ids(RoleCatalogues.fuxin())).containsExactly("grid-leader", "full-time-worker", "part-time-worker",
        "volunteer", "property-staff", "liaison-cadre");
  }

  @Test
  void dongchengHasSevenPostsAndCallsItsPoliceOfficerAGridPoliceOfficer() {
    RoleCatalogue dongcheng = RoleCatalogues.dongcheng();

    assertThat(dongcheng.size()).isEqualTo(7);
    assertThat(dongcheng.roles()).extracting(Role::nameZh).containsExactly("网格管理员", "网格助理员", "网格警员",
        "网格督导员", "网格党支部书记", "网格司法工作者", "网格消防员");
    assertThat(dongcheng.contains(Roles.COMMUNITY_POLICE_OFFICER.id())).isTrue();
  }

  @Test
  void aRoleSharedByPresetsKeepsOneIdKindAndHolderRuleEverywhere() {
    Map<RoleId, Role> shared = Roles.all().stream().collect(Collectors.toMap(Role::id, Function.identity()));

    assertThat(RoleCatalogues.all()).flatExtracting(RoleCatalogue::roles).allSatisfy(role -> {
      assertThat(shared).containsKey(role.id());
      assertThat(role.kind()).isEqualTo(shared.get(role.id()).kind());
      assertThat(role.singleHolder()).isEqualTo(shared.get(role.id()).singleHolder());
    });
    assertThat(RoleCatalogues.all()).filteredOn(c -> c.contains(Roles.GRID_LEADER.id())).extracting(RoleCatalogue::id)
        .containsExactly("tongnan", "fuxin", "beipiao", "wuhua");
  }

  private static List<String> ids(RoleCatalogue catalogue) {
    return catalogue.roles().stream().map(r -> r.id().value()).toList();
  }
}
