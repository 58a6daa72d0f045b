package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.COUNTY;
import static org.civicgrid.core.staff.TongnanTeam.CHANGE_DAY;
import static org.civicgrid.core.staff.TongnanTeam.FENG_TAO;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;
import static org.civicgrid.core.staff.TongnanTeam.LI_NA;
import static org.civicgrid.core.staff.TongnanTeam.WANG_FANG;
import static org.civicgrid.core.staff.TongnanTeam.XU_LI;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_WEI;
import static org.civicgrid.core.staff.TongnanTeam.ZHENG_HUA;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.junit.jupiter.api.Test;

/** {@link Staffing#whoActs}, which {@link PostCover} decides. */
class PostCoverTest {
  private static final RoleId GRID_LEADER = Roles.GRID_LEADER.id();
  private static final LocalDate MAR_4 = LocalDate.of(2024, 3, 4);
  private static final LocalDateTime MAR_4_0900 = MAR_4.atTime(9, 0);
  private static final Absence ZHANG_TRAINING =
      Absence.of(ZHANG_WEI, MAR_4.atTime(8, 0), MAR_4.atTime(12, 0), "training");
  private static final Absence WANG_LEAVE = Absence.days(WANG_FANG, MAR_4, MAR_4.plusDays(2), "annual leave");
  private static final Absence ZHENG_MEETING =
      Absence.of(ZHENG_HUA, MAR_4.atTime(8, 30), MAR_4.atTime(11, 0), "district meeting");
  private static final Staffing TONGNAN = TongnanTeam.staffing();

  @Test
  void thePresentHolderActs() {
    Acting acting = TONGNAN.whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PRIMARY);
    assertThat(acting.person()).contains(ZHANG_WEI);
    assertThat(acting.explanation()).isEqualTo("张伟 (p-001) holds grid-leader of 长源社区 (210902001001) on 2024-03-04");
  }

  @Test
  void theHolderChangesAtMidnightOfTheChangeDay() {
    assertThat(TONGNAN.whoActs(CHANGYUAN, GRID_LEADER, CHANGE_DAY.minusDays(1).atTime(23, 59)).person())
        .contains(ZHANG_WEI);
    assertThat(TONGNAN.whoActs(CHANGYUAN, GRID_LEADER, CHANGE_DAY.atStartOfDay()).person()).contains(LI_NA);
  }

  @Test
  void theNamedBackupActsWhileTheHolderIsAway() {
    Acting acting = TONGNAN.with(ZHANG_TRAINING).whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.BACKUP);
    assertThat(acting.person()).contains(WANG_FANG);
    assertThat(acting.grid()).isEqualTo(CHANGYUAN);
    assertThat(acting.explanation()).isEqualTo("王芳 (p-003), named backup of 张伟 (p-001), acts as grid-leader of "
        + "长源社区 (210902001001): 张伟 (p-001) is absent from 2024-03-04T08:00 until 2024-03-04T12:00 (training)");
  }

  @Test
  void theHolderIsBackTheMomentTheAbsenceEnds() {
    Acting acting = TONGNAN.with(ZHANG_TRAINING).whoActs(CHANGYUAN, GRID_LEADER, MAR_4.atTime(12, 0));

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PRIMARY);
    assertThat(acting.person()).contains(ZHANG_WEI);
  }

  @Test
  void theParentGridsHolderActsWhenHolderAndBackupAreAway() {
    Acting acting = TONGNAN.with(ZHANG_TRAINING).with(WANG_LEAVE).whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PARENT_GRID);
    assertThat(acting.person()).contains(ZHENG_HUA);
    assertThat(acting.grid()).isEqualTo(CHANGYUAN);
    assertThat(acting.explanation()).isEqualTo("郑华 (p-020), grid-leader of the parent grid 和平街道 (210902001), "
        + "acts for 长源社区 (210902001001): 张伟 (p-001) is absent from 2024-03-04T08:00 until 2024-03-04T12:00 "
        + "(training); backup 王芳 (p-003) is absent from 2024-03-04T00:00 until 2024-03-06T00:00 (annual leave)");
  }

  @Test
  void theParentHoldersBackupActsWhenTheParentHolderIsAwayToo() {
    Acting acting = TONGNAN.with(ZHANG_TRAINING).with(WANG_LEAVE).with(ZHENG_MEETING)
        .whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PARENT_GRID);
    assertThat(acting.person()).contains(FENG_TAO);
    assertThat(acting.explanation()).startsWith("冯涛 (p-021), named backup of 郑华 (p-020), acts as grid-leader of "
        + "the parent grid 和平街道 (210902001) for 长源社区 (210902001001): ")
        .endsWith("郑华 (p-020) is absent from 2024-03-04T08:30 until 2024-03-04T11:00 (district meeting)");
  }

  @Test
  void nobodyActsWhenEveryoneWhoCouldIsAwayAndTheAnswerSaysWhy() {
    Acting acting = TONGNAN.with(ZHANG_TRAINING).with(WANG_LEAVE).with(ZHENG_MEETING)
        .with(Absence.openEnded(FENG_TAO, MAR_4.atTime(7, 0), "secondment"))
        .whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.NOBODY);
    assertThat(acting.person()).isEmpty();
    assertThat(acting.isCovered()).isFalse();
    assertThat(acting.explanation())
        .startsWith("no one acts as grid-leader of 长源社区 (210902001001) at 2024-03-04T09:00: ")
        .contains("张伟 (p-001) is absent", "backup 王芳 (p-003) is absent", "郑华 (p-020) is absent",
            "backup 冯涛 (p-021) is absent since 2024-03-04T07:00 with no known return (secondment)");
  }

  @Test
  void aHolderWithoutBackupIsCoveredFromTheParentGrid() {
    Acting acting = TONGNAN.with(Absence.days(LI_NA, CHANGE_DAY, CHANGE_DAY.plusDays(1), "sick leave"))
        .whoActs(CHANGYUAN, GRID_LEADER, CHANGE_DAY.atTime(10, 0));

    assertThat(acting.person()).contains(ZHENG_HUA);
    assertThat(acting.explanation()).endsWith("李娜 (p-002) has no named backup");
  }

  @Test
  void coverGoesOneLevelUpAndNoFurther() {
    Acting acting = TONGNAN.whoActs(BUILDING_1, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.NOBODY);
    assertThat(acting.explanation()).isEqualTo("no one acts as grid-leader of 1号楼网格 (210902001001001001) at "
        + "2024-03-04T09:00: no one holds grid-leader of 1号楼网格 (210902001001001001) on 2024-03-04; "
        + "no one holds grid-leader of 一号小区 (210902001001001) on 2024-03-04");
  }

  @Test
  void aTopGridHasNoParentToCoverIt() {
    Acting acting = TONGNAN.whoActs(COUNTY, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.NOBODY);
    assertThat(acting.explanation()).endsWith("海州区 (210902) is a top grid, with no parent grid to cover it");
  }

  @Test
  void amongSeveralHoldersTheEarliestAppointedPresentOneActs() {
    Staffing twoVolunteers = TONGNAN.with(Assignment.of(ZHANG_WEI, CHANGYUAN, Roles.VOLUNTEER.id(),
        Period.from(JAN_1.plusDays(1)))).with(Absence.days(XU_LI, MAR_4, MAR_4.plusDays(1), "family visit"));

    Acting acting = twoVolunteers.whoActs(CHANGYUAN, Roles.VOLUNTEER.id(), MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PRIMARY);
    assertThat(acting.person()).contains(ZHANG_WEI);
    assertThat(acting.explanation()).endsWith("徐丽 (p-011) is absent from 2024-03-04T00:00 until 2024-03-05T00:00 "
        + "(family visit)");
  }

  @Test
  void aRoleTheParentDoesNotHaveLeavesNobody() {
    Acting acting = TONGNAN.with(Absence.days(TongnanTeam.HUANG_MIN, MAR_4, MAR_4.plusDays(1), "leave"))
        .whoActs(CHANGYUAN, Roles.MEDICAL_WORKER.id(), MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.NOBODY);
    assertThat(acting.explanation()).endsWith("no one holds medical-worker of 和平街道 (210902001) on 2024-03-04");
  }

  @Test
  void anUnknownGridOrRoleIsNotFoundNamingIt() {
    assertThatThrownBy(() -> TONGNAN.whoActs(GridCode.of("210902009"), GRID_LEADER, MAR_4_0900))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("210902009");
    assertThatThrownBy(() -> TONGNAN.whoActs(CHANGYUAN, Roles.FIRE_OFFICER.id(), MAR_4_0900))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("fire-officer");
  }

  @Test
  void beforeAnyoneWasAppointedNobodyActs() {
    assertThat(TONGNAN.whoActs(CHANGYUAN, GRID_LEADER, JAN_1.minusDays(1).atTime(9, 0)).basis())
        .isEqualTo(Acting.Basis.NOBODY);
  }

  @Test
  void aGridWithNoPostsIsCoveredByItsParentsHolder() {
    Acting acting = TONGNAN.whoActs(COMPOUND, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PARENT_GRID);
    assertThat(acting.person()).contains(ZHANG_WEI);
    assertThat(acting.grid()).isEqualTo(COMPOUND);
    assertThat(acting.explanation()).isEqualTo("张伟 (p-001), grid-leader of the parent grid 长源社区 (210902001001), "
        + "acts for 一号小区 (210902001001001): no one holds grid-leader of 一号小区 (210902001001001) on 2024-03-04");
  }

  @Test
  void anAssignmentWhosePeriodEndedNoLongerHolds() {
    Acting acting = TONGNAN.without(TongnanTeam.LI_LEADS).whoActs(CHANGYUAN, GRID_LEADER, CHANGE_DAY.atTime(10, 0));

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PARENT_GRID);
    assertThat(acting.person()).contains(ZHENG_HUA);
    assertThat(acting.explanation()).endsWith("no one holds grid-leader of 长源社区 (210902001001) on 2024-07-01");
  }

  @Test
  void theHolderActsWhileOnlyTheirBackupIsAway() {
    Acting acting = TONGNAN.with(WANG_LEAVE).whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900);

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PRIMARY);
    assertThat(acting.person()).contains(ZHANG_WEI);
  }

  @Test
  void aRoleIdEqualToTheCataloguesButNotTheSameObjectFindsTheSameHolders() {
    RoleId gridLeader = RoleId.of(new String(GRID_LEADER.value().toCharArray()));

    Acting acting = TONGNAN.with(ZHANG_TRAINING).whoActs(CHANGYUAN, gridLeader, MAR_4_0900);

    assertThat(gridLeader).isEqualTo(GRID_LEADER).isNotSameAs(GRID_LEADER);
    assertThat(acting).isEqualTo(TONGNAN.with(ZHANG_TRAINING).whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900));
    assertThat(acting.basis()).isEqualTo(Acting.Basis.BACKUP);
    assertThat(acting.person()).contains(WANG_FANG);
  }

  @Test
  void aHolderWithSeveralAbsencesIsCoveredDuringEachAndActsBetweenThem() {
    Staffing away = TONGNAN.with(ZHANG_TRAINING)
        .with(Absence.days(ZHANG_WEI, MAR_4.plusDays(1), MAR_4.plusDays(3), "annual leave"));

    assertThat(away.whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900).person()).contains(WANG_FANG);
    assertThat(away.whoActs(CHANGYUAN, GRID_LEADER, MAR_4.atTime(13, 0)).person()).contains(ZHANG_WEI);
    Acting onLeave = away.whoActs(CHANGYUAN, GRID_LEADER, MAR_4.plusDays(2).atTime(9, 0));
    assertThat(onLeave.person()).contains(WANG_FANG);
    assertThat(onLeave.explanation()).endsWith("张伟 (p-001) is absent from 2024-03-05T00:00 until 2024-03-07T00:00 "
        + "(annual leave)");
  }

  @Test
  void aBackupWithSeveralAbsencesIsPassedOverForTheOneThatCoversTheTime() {
    Staffing away = TONGNAN.with(Absence.days(ZHANG_WEI, MAR_4, MAR_4.plusDays(5), "annual leave"))
        .with(Absence.of(WANG_FANG, MAR_4.atTime(8, 0), MAR_4.atTime(10, 0), "training")).with(WANG_LEAVE);

    Acting acting = away.whoActs(CHANGYUAN, GRID_LEADER, MAR_4.atTime(11, 0));

    assertThat(acting.basis()).isEqualTo(Acting.Basis.PARENT_GRID);
    assertThat(acting.explanation()).contains("backup 王芳 (p-003) is absent from 2024-03-04T00:00 until "
        + "2024-03-06T00:00 (annual leave)");
    assertThat(away.whoActs(CHANGYUAN, GRID_LEADER, MAR_4.plusDays(2).atTime(9, 0)).basis())
        .isEqualTo(Acting.Basis.BACKUP);
  }

  @Test
  void theExplanationIsWrittenOnceAndNamesWhoTheDecisionChose() {
    Acting acting = TONGNAN.with(ZHANG_TRAINING).with(WANG_LEAVE).whoActs(CHANGYUAN, GRID_LEADER, MAR_4_0900);

    assertThat(acting.explanation()).isSameAs(acting.explanation()).startsWith("郑华 (p-020)");
    assertThat(acting).hasToString("PARENT_GRID p-020: " + acting.explanation());
  }

  @Test
  void aMissingGridRoleOrTimeIsACallerMistake() {
    assertThatNullPointerException().isThrownBy(() -> TONGNAN.whoActs(null, GRID_LEADER, MAR_4_0900))
        .withMessage("grid");
    assertThatNullPointerException().isThrownBy(() -> TONGNAN.whoActs(CHANGYUAN, null, MAR_4_0900))
        .withMessage("role");
    assertThatNullPointerException().isThrownBy(() -> TONGNAN.whoActs(CHANGYUAN, GRID_LEADER, null))
        .withMessage("time");
  }
}
