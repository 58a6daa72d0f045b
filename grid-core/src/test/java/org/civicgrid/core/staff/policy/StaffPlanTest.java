package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_1;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_2;
import static org.civicgrid.core.staff.BeipiaoGrids.SHEZE;
import static org.civicgrid.core.staff.BeipiaoGrids.TAIJI;

import java.time.LocalDate;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.BeipiaoGrids;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.InvalidStaffingException;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.junit.jupiter.api.Test;

class StaffPlanTest {
  private static final LocalDate FROM = LocalDate.of(2024, 3, 1);
  private static final StaffingPolicy TONGNAN = StaffingPolicies.tongnan("community",
      GridSelector.within("subdistrict"), GridSelector.within("township"));
  private static final RoleId WORKER = Roles.FULL_TIME_WORKER.id();

  private static StaffPlan beipiao() {
    return StaffPlan.of(StaffingPolicies.beipiao(), RoleCatalogues.beipiao(), BeipiaoGrids.hierarchy());
  }

  /** Beipiao with one full-time worker per 295 households: grid 1 (300) needs two, grid 2 (290) one. */
  private static StaffPlan beipiaoAt295() {
    StaffingPolicy tighter = StaffingPolicy.builder("beipiao-295").include(StaffingPolicies.beipiao())
        .rule("at-most-295-per-worker", Severity.WARNING, Capacity.of(WORKER, 295), "grid")
        .build();
    return StaffPlan.of(tighter, RoleCatalogues.beipiao(), BeipiaoGrids.hierarchy());
  }

  private static StaffPlan tongnan() {
    return StaffPlan.of(TONGNAN, RoleCatalogues.tongnan(), FuxinGrids.hierarchy());
  }

  @Test
  void beipiaoGivesEachGridALeaderAndAWorkerAndEachCommunityAChief() {
    StaffPlan plan = beipiao();

    assertThat(plan.holders(SHEZE)).containsExactly(entry(Roles.CHIEF_GRID_LEADER.id(), 1));
    assertThat(plan.holders(GRID_1)).containsExactly(entry(Roles.GRID_LEADER.id(), 1), entry(WORKER, 1));
    assertThat(plan.holders(GRID_2)).containsExactly(entry(Roles.GRID_LEADER.id(), 1), entry(WORKER, 1));
    assertThat(plan.holders(TAIJI)).isEmpty();
    assertThat(plan.holders(GRID_1, Roles.PARTY_BRANCH_SECRETARY.id())).isZero();
    assertThat(plan.fullTimeWorkers(GRID_1)).isEqualTo(1);
    assertThat(plan.householdsPerFullTimeWorker(GRID_1)).hasValue(300.0);
    assertThat(plan.householdsPerFullTimeWorker(GRID_2)).hasValue(290.0);
  }

  @Test
  void theLargerOfTheCountAndTheCapacityWins() {
    StaffPlan plan = beipiaoAt295();

    assertThat(plan.holders(GRID_1, WORKER)).as("ceil(300 / 295) = 2 > at least 1").isEqualTo(2);
    assertThat(plan.holders(GRID_2, WORKER)).as("ceil(290 / 295) = 1 = at least 1").isEqualTo(1);
    assertThat(plan.householdsPerFullTimeWorker(GRID_1)).hasValue(150.0);
  }

  @Test
  void tongnanGivesEachCommunityTheSixAndItsLeaderAndNothingBelow() {
    StaffPlan plan = tongnan();

    assertThat(plan.holders(CHANGYUAN)).containsExactly(
        entry(Roles.GRID_LEADER.id(), 1), entry(WORKER, 1), entry(Roles.PART_TIME_WORKER.id(), 1),
        entry(Roles.GRID_INSTRUCTOR.id(), 1), entry(Roles.DISPUTE_MEDIATOR.id(), 1),
        entry(Roles.COMMUNITY_POLICE_OFFICER.id(), 1), entry(Roles.MEDICAL_WORKER.id(), 1));
    assertThat(plan.holders(XINHUA)).isEqualTo(plan.holders(CHANGYUAN));
    assertThat(plan.holders(CHANGYUAN, Roles.LIAISON_CADRE.id())).as("link quotas ask for no headcount").isZero();
    assertThat(plan.householdsPerFullTimeWorker(CHANGYUAN)).hasValue(200.0);
    assertThat(plan.householdsPerFullTimeWorker(XINHUA)).hasValue(100.0);
    assertThat(plan.holders(COMPOUND)).isEmpty();
    assertThat(plan.householdsPerFullTimeWorker(COMPOUND)).isEmpty();
  }

  @Test
  void anotherRoleCanCountAsFullTimeWorkers() {
    StaffPlan defaultRole = StaffPlan.of(StaffingPolicies.wuhua(), RoleCatalogues.wuhua(), WuhuaGrids.hierarchy());
    StaffPlan volunteers = StaffPlan.of(StaffingPolicies.wuhua(), RoleCatalogues.wuhua(), WuhuaGrids.hierarchy(),
        Roles.VOLUNTEER_WORKER.id());

    assertThat(defaultRole.fullTimeWorkers(WuhuaGrids.GRID_1)).as("Wuhua has no full-time worker role").isZero();
    assertThat(volunteers.fullTimeWorkers(WuhuaGrids.GRID_1)).isEqualTo(1);
    assertThat(volunteers.householdsPerFullTimeWorker(WuhuaGrids.GRID_1)).hasValue(40.0);
    assertThat(volunteers.fullTimeRole()).isEqualTo(Roles.VOLUNTEER_WORKER.id());
  }

  @Test
  void thePlaceholderStaffingFillsThePlanWithNamedGeneratedPeople() {
    Staffing staffing = beipiaoAt295().staff(FROM);

    assertThat(staffing.assignments()).extracting(Assignment::person).extracting(PersonId::value).containsExactly(
        "p-211381001001-chief-grid-leader-1",
        "p-211381001001001-grid-leader-1", "p-211381001001001-full-time-worker-1",
        "p-211381001001001-full-time-worker-2",
        "p-211381001001002-grid-leader-1", "p-211381001001002-full-time-worker-1");
    assertThat(staffing.assignments()).allSatisfy(a -> assertThat(a.isEffectiveOn(FROM)).isTrue())
        .noneSatisfy(a -> assertThat(a.isEffectiveOn(FROM.minusDays(1))).isTrue());
    StaffMember worker = staffing.member(PersonId.of("p-211381001001001-full-time-worker-2"));
    assertThat(worker.name()).isEqualTo("舍宅第一网格 专职网格员 2");
    assertThat(worker.employment()).isEqualTo(Employment.FULL_TIME);
    assertThat(staffing.member(PersonId.of("p-211381001001001-grid-leader-1")).partyMember()).isTrue();
  }

  @Test
  void thePolicyFindsNoCountOrCapacityGapInThePlaceholderStaffing() {
    for (StaffPlan plan : List.of(beipiao(), beipiaoAt295(), tongnan())) {
      Staffing staffing = plan.staff(FROM);

      assertThat(plan.policy().evaluate(staffing, FROM).findings()).as(plan.toString())
          .map(Finding::rule).map(PolicyRule.class::cast).map(PolicyRule::requirement)
          .noneMatch(r -> r instanceof RoleCount || r instanceof Capacity);
    }
  }

  @Test
  void theSamePlanAndDateGiveTheSameStaffing() {
    Staffing first = tongnan().staff(FROM);
    Staffing second = tongnan().staff(FROM);

    assertThat(second.members()).isEqualTo(first.members());
    assertThat(second.assignments()).isEqualTo(first.assignments());
  }

  @Test
  void anUnknownGridIsATypedErrorNamingIt() {
    StaffPlan plan = beipiao();
    GridCode elsewhere = GridCode.of("211381009");

    assertThatThrownBy(() -> plan.fullTimeWorkers(elsewhere)).isInstanceOf(CivicGridException.class)
        .hasMessage("NOT_FOUND: no grid 211381009 in the staff plan of policy beipiao")
        .extracting(e -> ((CivicGridException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThatThrownBy(() -> plan.householdsPerFullTimeWorker(elsewhere)).hasMessageContaining("211381009");
    assertThatThrownBy(() -> plan.holders(elsewhere, WORKER)).hasMessageContaining("211381009");
  }

  @Test
  void anUnknownRoleIsATypedErrorNamingIt() {
    assertThatThrownBy(() -> beipiao().holders(GRID_1, Roles.AREA_WORKER.id()))
        .isInstanceOf(CivicGridException.class).hasMessage("NOT_FOUND: no role area-worker in catalogue beipiao");
    assertThatThrownBy(() -> StaffPlan.of(StaffingPolicies.beipiao(), RoleCatalogues.beipiao(),
        BeipiaoGrids.hierarchy(), Roles.AREA_WORKER.id())).hasMessageContaining("area-worker");
  }

  @Test
  void aPolicyNamingALevelTheSchemeLacksIsRefused() {
    assertThatThrownBy(() -> StaffPlan.of(StaffingPolicies.tongnan("grid"), RoleCatalogues.tongnan(),
        FuxinGrids.hierarchy())).isInstanceOf(InvalidPolicyException.class).hasMessageContaining("level grid");
  }

  @Test
  void twoHoldersOfASingleHolderRoleCannotBeStaffed() {
    StaffingPolicy twoLeaders = StaffingPolicy.builder("two-leaders").include(TONGNAN)
        .rule("a-leader-per-100", Severity.WARNING, Capacity.of(Roles.GRID_LEADER.id(), 100), "community")
        .build();
    StaffPlan plan = StaffPlan.of(twoLeaders, RoleCatalogues.tongnan(), FuxinGrids.hierarchy());

    assertThat(plan.holders(CHANGYUAN, Roles.GRID_LEADER.id())).isEqualTo(2);
    assertThatThrownBy(() -> plan.staff(FROM)).isInstanceOf(InvalidStaffingException.class)
        .hasMessageContaining(CHANGYUAN.value());
  }

  @Test
  void nullArgumentsAreRefused() {
    StaffPlan plan = beipiao();

    assertThatNullPointerException().isThrownBy(
        () -> StaffPlan.of(null, RoleCatalogues.beipiao(), BeipiaoGrids.hierarchy()));
    assertThatNullPointerException().isThrownBy(
        () -> StaffPlan.of(StaffingPolicies.beipiao(), null, BeipiaoGrids.hierarchy()));
    assertThatNullPointerException().isThrownBy(
        () -> StaffPlan.of(StaffingPolicies.beipiao(), RoleCatalogues.beipiao(), null));
    assertThatNullPointerException().isThrownBy(() -> plan.holders(null));
    assertThatNullPointerException().isThrownBy(() -> plan.holders(GRID_1, null));
    assertThatNullPointerException().isThrownBy(() -> plan.staff(null));
  }
}
