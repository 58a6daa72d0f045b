package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_2;
import static org.civicgrid.core.staff.TongnanTeam.HE_JIANGUO;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;
import static org.civicgrid.core.staff.TongnanTeam.LIU_YANG;

import java.time.LocalDate;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.BeipiaoGrids;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.TongnanTeam;
import org.junit.jupiter.api.Test;

/**
 * The presets on the seeds' teams — Tongnan's 1+6+N serving Changyuan, Beipiao's Sheze community, a corner
 * of Wuhua — complete, then each with one deliberate gap: one test per rule kind.
 */
class StaffingPoliciesTest {
  /** Tongnan's team on Fuxin's territory, where the urban branch is under a subdistrict. */
  private static final StaffingPolicy TONGNAN = StaffingPolicies.tongnan("community",
      GridSelector.within("subdistrict"), GridSelector.within("township"));
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private static final PersonId HAN_BING = PersonId.of("bp-04");
  private static final PersonId CAO_LI = PersonId.of("bp-05");

  @Test
  void tongnansOnePlusSixPlusNTeamLeavesChangyuanWithoutGapsAndXinhuaWithEveryPostMissing() {
    Report report = TONGNAN.evaluate(TongnanTeam.staffing(), DAY);

    assertThat(report.findings()).extracting(Finding::subject).containsOnly(XINHUA.value());
    assertThat(report.findings()).extracting(f -> f.rule().id(), Finding::severity).containsExactly(
        tuple("one-grid-leader", Severity.ERROR), tuple("needs-full-time-worker", Severity.ERROR),
        tuple("needs-part-time-worker", Severity.WARNING), tuple("needs-grid-instructor", Severity.WARNING),
        tuple("needs-dispute-mediator", Severity.WARNING), tuple("needs-community-police-officer", Severity.WARNING),
        tuple("needs-medical-worker", Severity.WARNING));
    assertThat(report.findings().get(0).message())
        .isEqualTo("新华社区 (210902001002) has 0 grid-leader; needs exactly 1 grid-leader");
  }

  @Test
  void requiredRoles_changyuanWithoutItsMediatorLacksOneOfTheSix() {
    Staffing staffing = Edits.without(TongnanTeam.staffing(), LIU_YANG, CHANGYUAN, Roles.DISPUTE_MEDIATOR);

    Report report = TONGNAN.evaluate(staffing, DAY);

    assertThat(report.findings()).filteredOn(f -> f.subject().equals(CHANGYUAN.value())).singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo(TONGNAN.rule("needs-dispute-mediator"));
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message())
              .isEqualTo("长源社区 (210902001001) has 0 dispute-mediator; needs at least 1 dispute-mediator");
        });
  }

  @Test
  void eligibility_aWuhuaGridLeaderWhoIsNotAPartyMemberBreaksDangyuanSanshi() {
    Staffing staffing = Edits.leftTheParty(WuhuaGrids.staffing(), WuhuaGrids.ZHONG);

    Report report = StaffingPolicies.wuhua().evaluate(staffing, DAY);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("grid-leader-party-member");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo(WuhuaGrids.XIHE.value());
      assertThat(f.message()).isEqualTo("钟建华 (wh-01), grid-leader of 河西社区 (441424100001), is not a party member");
    });
  }

  @Test
  void eligibility_aWuhuaVolunteerTeamWithoutAPartyMemberIsWarned() {
    Staffing staffing = Edits.leftTheParty(WuhuaGrids.staffing(), WuhuaGrids.WEI);

    Report report = StaffingPolicies.wuhua().evaluate(staffing, DAY);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("volunteer-team-led-by-party-member");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message())
          .isEqualTo("no volunteer-worker of 第2网格 (441424100001001002) is a party member: 魏师傅 (wh-05)");
    });
  }

  @Test
  void sameHolder_aBeipiaoGridWhoseBranchSecretaryIsNotItsGridLeaderBreaksYiJianTiao() {
    Staffing staffing = Edits.without(BeipiaoGrids.staffing(), HAN_BING, GRID_2, Roles.PARTY_BRANCH_SECRETARY)
        .with(Assignment.of(CAO_LI, GRID_2, Roles.PARTY_BRANCH_SECRETARY.id(), Period.from(BeipiaoGrids.SINCE)));

    Report report = StaffingPolicies.beipiao().evaluate(staffing, DAY);

    assertThat(report.of(StaffingPolicies.beipiao().rule("grid-leader-is-branch-secretary")))
        .extracting(Finding::message).containsExactly(
            "韩冰 (bp-04) is grid-leader of 舍宅第二网格 (211381001001002) but not party-branch-secretary, "
                + "which 曹丽 (bp-05) holds",
            "曹丽 (bp-05) is party-branch-secretary of 舍宅第二网格 (211381001001002) but not grid-leader, "
                + "which 韩冰 (bp-04) holds");
    assertThat(report.findings()).extracting(f -> f.rule().id())
        .containsExactly("grid-leader-is-branch-secretary", "grid-leader-is-branch-secretary",
            "branch-secretary-party-member");
  }

  @Test
  void capacity_aBeipiaoGridWithoutItsFullTimeWorkerHasItsHouseholdsUnserved() {
    Staffing staffing = Edits.without(BeipiaoGrids.staffing(), CAO_LI, GRID_2, Roles.FULL_TIME_WORKER);

    Report report = StaffingPolicies.beipiao().evaluate(staffing, DAY);

    assertThat(report.findings()).extracting(f -> f.rule().id(), Finding::subject).containsExactly(
        tuple("needs-full-time-worker", GRID_2.value()), tuple("households-per-full-time-worker", GRID_2.value()));
    assertThat(report.findings().get(1).message()).isEqualTo("舍宅第二网格 (211381001001002) has 290 households "
        + "and 0 full-time-worker; at most 360 per holder needs 1");
  }

  @Test
  void presence_aBeipiaoBuildingWithoutItsBuildingLeaderIsFound() {
    Staffing staffing = Edits.without(BeipiaoGrids.staffing(), PersonId.of("bp-09"), GRID_2, Roles.BUILDING_LEADER);

    Report report = StaffingPolicies.beipiao().evaluate(staffing, DAY);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("building-leader-per-building");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("no building-leader at building B2 舍宅2号楼 of 舍宅第二网格 (211381001001002)");
    });
  }

  @Test
  void quota_aTongnanDistrictLeaderWhoLinksNoRuralGridIsFound() {
    Staffing staffing = Edits.without(TongnanTeam.staffing(), HE_JIANGUO, HAMLET_1, Roles.LIAISON_CADRE);

    Report report = TONGNAN.evaluate(staffing, DAY);

    assertThat(report.of(TONGNAN.rule("district-leader-links-urban-grid"))).isEmpty();
    assertThat(report.of(TONGNAN.rule("district-leader-links-rural-grid"))).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(CHANGYUAN.value());
      assertThat(f.message()).isEqualTo("何建国 (p-030), liaison-cadre of 长源社区 (210902001001) by linked, links 0 "
          + "grids within a township by linked; needs at least 1 (linked: 长源社区 (210902001001))");
    });
  }

  @Test
  void beipiaosStructureAndWuhuasGridsAsStaffedHaveNoGaps() {
    assertThat(StaffingPolicies.beipiao().evaluate(BeipiaoGrids.staffing(), DAY)).isEqualTo(Report.empty());
    assertThat(StaffingPolicies.wuhua().evaluate(WuhuaGrids.staffing(), DAY)).isEqualTo(Report.empty());
  }

  @Test
  void tongnansPresetTellsUrbanFromRuralByTagsUnlessTold() {
    assertThat(StaffingPolicies.tongnan("grid").rule("district-leader-links-rural-grid").requirement())
        .isEqualTo(LinkQuota.of(Roles.LIAISON_CADRE.id(), LinkKind.LINKED, 1,
            GridSelector.tagged(StaffingPolicies.RURAL)).heldBy(LinkKind.LINKED));
  }

  @Test
  void aPresetNamingRolesTheCityLacksIsRefusedNamingEachRole() {
    assertThatThrownBy(() -> StaffingPolicies.tongnan("grid").evaluatorFor(RoleCatalogues.wuhua(),
        LevelSchemes.wuhua()))
        .isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
          assertThat(e.report().findings()).extracting(Finding::rule).containsOnly(PolicyDefinitionRule.UNKNOWN_ROLE);
          assertThat(e.report().findings()).extracting(Finding::subject).startsWith("needs-full-time-worker");
          assertThat(e.getMessage()).contains("rule needs-full-time-worker names role full-time-worker, "
              + "which catalogue wuhua does not have");
        });
  }

  @Test
  void aPresetNamingLevelsTheSchemeLacksIsRefusedNamingEachLevel() {
    assertThatThrownBy(() -> StaffingPolicies.beipiao().evaluatorFor(RoleCatalogues.beipiao(), LevelSchemes.fuxin()))
        .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.report().findings())
            .extracting(Finding::message).contains("rule one-grid-leader applies to level grid, which scheme fuxin "
                + "does not have"));
  }

  @Test
  void theDayMattersBeforeTheFirstAssignmentEveryPostIsMissing() {
    Report report = TONGNAN.evaluate(TongnanTeam.staffing(), JAN_1.minusDays(1));

    assertThat(report.findings()).filteredOn(f -> f.subject().equals(CHANGYUAN.value())).hasSize(7);
  }
}
