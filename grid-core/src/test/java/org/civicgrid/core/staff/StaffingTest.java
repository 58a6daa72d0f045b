package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_BUILDING;
import static org.civicgrid.core.staff.TongnanTeam.CHANGE_DAY;
import static org.civicgrid.core.staff.TongnanTeam.HE_JIANGUO;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;
import static org.civicgrid.core.staff.TongnanTeam.LI_LEADS;
import static org.civicgrid.core.staff.TongnanTeam.LI_NA;
import static org.civicgrid.core.staff.TongnanTeam.TANG_MING;
import static org.civicgrid.core.staff.TongnanTeam.WANG_FANG;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_LEADS;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_MOBILE;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_WEI;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.spi.CapturedLog;
import org.junit.jupiter.api.Test;

class StaffingTest {
  private static final RoleId GRID_LEADER = Roles.GRID_LEADER.id();
  private static final Staffing TONGNAN = TongnanTeam.staffing();

  @Test
  void tongnansOnePlusSixPlusNTeamServesChangyuan() {
    Team team = TONGNAN.team(CHANGYUAN, CHANGE_DAY);
    RoleCatalogue roles = TONGNAN.roles();

    assertThat(team.holders(GRID_LEADER)).containsExactly(LI_NA);
    assertThat(team.roles()).filteredOn(r -> roles.get(r).kind() == RoleKind.WORKER
            || r.equals(Roles.COMMUNITY_POLICE_OFFICER.id()) || r.equals(Roles.MEDICAL_WORKER.id()))
        .hasSize(6);
    assertThat(team.roles()).contains(Roles.LAW_ENFORCEMENT_OFFICER.id(), Roles.BUILDING_LEADER.id(),
        Roles.VOLUNTEER.id(), Roles.POWER_STAFF.id(), Roles.TELECOM_STAFF.id());
    assertThat(team.assignments(Roles.LIAISON_CADRE.id())).singleElement()
        .satisfies(a -> assertThat(a.link()).isEqualTo(LinkKind.LINKED));
  }

  @Test
  void beipiaosStructureIsExpressedWithAssignments() {
    Staffing beipiao = BeipiaoGrids.staffing();
    LocalDate day = LocalDate.of(2024, 6, 26);

    assertThat(beipiao.holders(BeipiaoGrids.SHEZE, Roles.CHIEF_GRID_LEADER.id(), day))
        .containsExactly(PersonId.of("bp-01"));
    for (GridCode grid : ImmutableList.of(BeipiaoGrids.GRID_1, BeipiaoGrids.GRID_2)) {
      Team team = beipiao.team(grid, day);
      assertThat(team.count(GRID_LEADER)).isOne();
      assertThat(team.holders(GRID_LEADER)).isEqualTo(team.holders(Roles.PARTY_BRANCH_SECRETARY.id()));
      assertThat(team.count(Roles.FULL_TIME_WORKER.id())).isOne();
    }
    assertThat(beipiao.team(BeipiaoGrids.GRID_1, day).assignments(Roles.UNIT_LEADER.id()))
        .extracting(a -> a.place().orElseThrow()).containsExactly("B1-1", "B1-2");
    assertThat(beipiao.gridsOf(PersonId.of("bp-10"), day)).containsExactly(BeipiaoGrids.SHEZE);
  }

  @Test
  void theGridLeaderOnTheDayItChangesHandsIsTheSuccessor() {
    assertThat(TONGNAN.holders(CHANGYUAN, GRID_LEADER, CHANGE_DAY.minusDays(1))).containsExactly(ZHANG_WEI);
    assertThat(TONGNAN.holders(CHANGYUAN, GRID_LEADER, CHANGE_DAY)).containsExactly(LI_NA);
    assertThat(TONGNAN.holders(CHANGYUAN, GRID_LEADER, JAN_1.minusDays(1))).isEmpty();
  }

  @Test
  void allGridsAPersonServesIncludeBothHalvesOfADualRegistration() {
    assertThat(TONGNAN.gridsOf(TANG_MING, JAN_1)).containsExactly(SUBDISTRICT, XINHUA_BUILDING);
    assertThat(TONGNAN.assignmentsOf(TANG_MING, JAN_1)).extracting(Assignment::link)
        .allMatch(LinkKind::isDualRegistration);
    assertThat(TONGNAN.gridsOf(HE_JIANGUO, JAN_1)).containsExactly(CHANGYUAN, HAMLET_1);
    assertThat(TONGNAN.gridsOf(ZHANG_WEI, CHANGE_DAY)).isEmpty();
  }

  @Test
  void everyGridOfALevelWithItsTeam() {
    var communities = TONGNAN.teams(LevelSchemes.fuxin().level("community"), CHANGE_DAY);

    assertThat(communities).extracting(t -> t.grid().code()).containsExactly(CHANGYUAN, XINHUA);
    assertThat(communities.get(0).assignments()).hasSize(13);
    assertThat(communities.get(1).isEmpty()).isTrue();
  }

  @Test
  void anUnknownLevelIsACallerMistake() {
    assertThatIllegalArgumentException().isThrownBy(() -> TONGNAN.teams(LevelSchemes.wuhua().level("area"), JAN_1))
        .withMessageContaining("area");
  }

  @Test
  void queriesAboutAnUnknownGridRoleOrPersonAreNotFoundNamingIt() {
    assertThatThrownBy(() -> TONGNAN.holders(GridCode.of("210902009"), GRID_LEADER, JAN_1))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("210902009");
    assertThatThrownBy(() -> TONGNAN.holders(CHANGYUAN, RoleId.of("fire-officer"), JAN_1))
        .hasMessageContaining("no role fire-officer in catalogue tongnan");
    assertThatThrownBy(() -> TONGNAN.gridsOf(PersonId.of("p-404"), JAN_1))
        .hasMessage("NOT_FOUND: no staff member p-404");
  }

  @Test
  void aGridNobodyServesHasNoHolders() {
    assertThat(TONGNAN.holders(XINHUA, GRID_LEADER, JAN_1)).isEmpty();
  }

  @Test
  void aLeaderChangeIsAnEndingAndANewAssignment() {
    Assignment zhangOpen = Assignment.of(ZHANG_WEI, CHANGYUAN, GRID_LEADER, Period.from(JAN_1)).withBackup(WANG_FANG);
    Staffing before = TONGNAN.without(LI_LEADS).without(ZHANG_LEADS).with(zhangOpen);

    Staffing after = before.ending(zhangOpen, CHANGE_DAY).with(LI_LEADS);

    assertThat(after.holders(CHANGYUAN, GRID_LEADER, CHANGE_DAY)).containsExactly(LI_NA);
    assertThat(after.holders(CHANGYUAN, GRID_LEADER, CHANGE_DAY.minusDays(1))).containsExactly(ZHANG_WEI);
    assertThat(after.assignments(CHANGYUAN, GRID_LEADER, JAN_1)).singleElement()
        .satisfies(a -> assertThat(a.backup()).contains(WANG_FANG));
    assertThat(before.holders(CHANGYUAN, GRID_LEADER, CHANGE_DAY)).containsExactly(ZHANG_WEI);
  }

  @Test
  void theSuccessorCannotBeAddedBeforeThePredecessorEnds() {
    Assignment zhangOpen = Assignment.of(ZHANG_WEI, CHANGYUAN, GRID_LEADER, Period.from(JAN_1));
    Staffing before = TONGNAN.without(LI_LEADS).without(ZHANG_LEADS).with(zhangOpen);

    assertThatThrownBy(() -> before.with(LI_LEADS)).isInstanceOf(InvalidStaffingException.class)
        .hasMessageContaining("single-holder-overlap");
    assertThat(before.assignments()).doesNotContain(LI_LEADS);
  }

  @Test
  void aSecondGridLeaderIsRejectedNamingBothAndNothingIsApplied() {
    Assignment second = Assignment.of(WANG_FANG, CHANGYUAN, GRID_LEADER, Period.from(CHANGE_DAY.plusMonths(1)));

    assertThatThrownBy(() -> TONGNAN.with(second))
        .isInstanceOfSatisfying(InvalidStaffingException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STAFFING);
          assertThat(e.report().findings()).singleElement()
              .satisfies(f -> assertThat(f.message()).contains("李娜 (p-002)", "王芳 (p-003)"));
        });
    assertThat(TONGNAN.assignments()).doesNotContain(second);
    assertThat(TONGNAN.holders(CHANGYUAN, GRID_LEADER, CHANGE_DAY.plusMonths(2))).containsExactly(LI_NA);
  }

  @Test
  void anAssignmentToAnUnknownGridOrRoleIsRejectedNamingIt() {
    assertThatThrownBy(() -> TONGNAN.with(Assignment.of(WANG_FANG, GridCode.of("210902009"), GRID_LEADER,
            Period.from(JAN_1))))
        .isInstanceOf(InvalidStaffingException.class).hasMessageContaining("no grid 210902009 in the hierarchy");
    assertThatThrownBy(() -> TONGNAN.with(Assignment.of(WANG_FANG, XINHUA, Roles.GRID_MANAGER.id(),
            Period.from(JAN_1))))
        .isInstanceOf(InvalidStaffingException.class).hasMessageContaining("no role grid-manager in catalogue tongnan");
  }

  @Test
  void endingOrRemovingAnAssignmentItDoesNotHaveIsNotFound() {
    Assignment stranger = Assignment.of(WANG_FANG, XINHUA, GRID_LEADER, Period.from(JAN_1));

    assertThatThrownBy(() -> TONGNAN.ending(stranger, CHANGE_DAY))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("p-003 as grid-leader of 210902001002");
    assertThatThrownBy(() -> TONGNAN.without(stranger)).hasMessageContaining("is not in this staffing");
  }

  @Test
  void anAssignmentCannotEndOnOrBeforeItsStart() {
    assertThatIllegalArgumentException().isThrownBy(() -> TONGNAN.ending(LI_LEADS, CHANGE_DAY))
        .withMessageContaining("remove it instead");
  }

  @Test
  void replacingAMemberKeepsTheirAssignments() {
    StaffMember moved = TONGNAN.member(WANG_FANG).toBuilder()
        .contacts(ImmutableList.of(Contact.mobile("13511112222"))).build();

    Staffing after = TONGNAN.with(moved);

    assertThat(after.member(WANG_FANG).contacts()).containsExactly(Contact.mobile("13511112222"));
    assertThat(after.members()).hasSameSizeAs(TONGNAN.members());
    assertThat(after.gridsOf(WANG_FANG, JAN_1)).containsExactly(CHANGYUAN);
  }

  @Test
  void aNewMemberIsAddedAndCanThenBeAssigned() {
    StaffMember newcomer = StaffMember.builder("p-050", "林夕", Employment.FULL_TIME).build();

    Staffing after = TONGNAN.with(newcomer)
        .with(Assignment.of(newcomer.id(), XINHUA, Roles.FULL_TIME_WORKER.id(), Period.from(CHANGE_DAY)));

    assertThat(after.members()).last().isEqualTo(newcomer);
    assertThat(after.gridsOf(newcomer.id(), CHANGE_DAY)).containsExactly(XINHUA);
    assertThat(TONGNAN.findMember(newcomer.id())).isEmpty();
  }

  @Test
  void absencesAreRecordedAndWithdrawn() {
    Absence training = Absence.of(ZHANG_WEI, LocalDateTime.of(2024, 3, 4, 8, 0), LocalDateTime.of(2024, 3, 4, 12, 0),
        "training");

    Staffing away = TONGNAN.with(training);

    assertThat(away.isAbsent(ZHANG_WEI, LocalDateTime.of(2024, 3, 4, 9, 0))).isTrue();
    assertThat(away.absence(ZHANG_WEI, LocalDateTime.of(2024, 3, 4, 12, 0))).isEmpty();
    assertThat(away.absencesOf(ZHANG_WEI)).containsExactly(training);
    assertThat(away.without(training).absences()).isEmpty();
    assertThatThrownBy(() -> TONGNAN.without(training)).hasMessageContaining("is not in this staffing");
    assertThatThrownBy(() -> TONGNAN.with(Absence.of(PersonId.of("p-404"), training.from(), training.until().get(),
        "training"))).isInstanceOf(InvalidStaffingException.class).hasMessageContaining("p-404 is not a staff member");
  }

  @Test
  void aBackupStandingInIsLoggedWithContactsMasked() {
    Staffing away = TONGNAN.with(Absence.days(ZHANG_WEI, JAN_1, JAN_1.plusDays(3), "training"));

    try (CapturedLog log = CapturedLog.start()) {
      Acting acting = away.whoActs(CHANGYUAN, GRID_LEADER, JAN_1.atTime(10, 0));

      assertThat(acting.person()).contains(WANG_FANG);
      assertThat(log.text())
          .contains("DEBUG", Staffing.class.getName(), "王芳 (p-003)", "mobile 139****4321", "wechat wa****y")
          .doesNotContain(TongnanTeam.WANG_MOBILE, "wangfang_cy", ZHANG_MOBILE);
    }
  }

  @Test
  void theStaffingSaysWhatItHolds() {
    Grid changyuan = TONGNAN.hierarchy().get(CHANGYUAN);

    assertThat(TONGNAN.toBuilder().build().assignments()).isEqualTo(TONGNAN.assignments());
    assertThat(TONGNAN.members()).hasSize(17);
    assertThat(changyuan.name()).isEqualTo("长源社区");
    assertThat(TONGNAN).hasToString(
        "Staffing[fuxin hierarchy of 13 grids, catalogue tongnan, 17 members, 18 assignments, 0 absences]");
  }
}
