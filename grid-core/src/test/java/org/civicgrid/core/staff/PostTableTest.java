package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.staff.TongnanTeam.CHANGE_DAY;
import static org.civicgrid.core.staff.TongnanTeam.FENG_TAO;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;
import static org.civicgrid.core.staff.TongnanTeam.LI_NA;
import static org.civicgrid.core.staff.TongnanTeam.LI_LEADS;
import static org.civicgrid.core.staff.TongnanTeam.WANG_FANG;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_LEADS;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_WEI;
import static org.civicgrid.core.staff.TongnanTeam.ZHENG_LEADS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.junit.jupiter.api.Test;

class PostTableTest {
  private static final GridHierarchy FUXIN = FuxinGrids.hierarchy();
  private static final RoleCatalogue TONGNAN_ROLES = RoleCatalogues.tongnan();
  private static final LocalDate MAR_4 = LocalDate.of(2024, 3, 4);
  private static final Absence ZHANG_TRAINING =
      Absence.of(ZHANG_WEI, MAR_4.atTime(8, 0), MAR_4.atTime(12, 0), "training");
  private static final Absence ZHANG_LEAVE =
      Absence.days(ZHANG_WEI, MAR_4.plusDays(1), MAR_4.plusDays(3), "annual leave");
  private static final Absence WANG_LEAVE = Absence.days(WANG_FANG, MAR_4, MAR_4.plusDays(2), "annual leave");

  private static PostTable table(List<Assignment> assignments, List<Absence> absences) {
    return PostTable.of(FUXIN, StaffingIndex.of(FUXIN, TONGNAN_ROLES, TongnanTeam.members(), assignments, absences,
        null));
  }

  private static int order(Role role) {
    return TONGNAN_ROLES.roles().indexOf(role);
  }

  @Test
  void aGridNobodyIsAssignedToHasNoPosts() {
    PostTable table = table(TongnanTeam.assignments(), List.of());

    assertThat(table.posts(FUXIN.get(COMPOUND))).isEmpty();
    assertThat(table(List.of(), List.of()).posts(FUXIN.get(CHANGYUAN))).isEmpty();
  }

  @Test
  void aGridsPostsAreInTeamOrderWithRolesByTheirPlaceInTheCatalogue() {
    Assignment worker = Assignment.of(WANG_FANG, CHANGYUAN, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1));

    PostTable.Post[] posts = table(List.of(worker, LI_LEADS, ZHANG_LEADS), List.of()).posts(FUXIN.get(CHANGYUAN));

    assertThat(Arrays.stream(posts).map(p -> p.holder)).containsExactly(Optional.of(ZHANG_WEI), Optional.of(LI_NA),
        Optional.of(WANG_FANG));
    assertThat(Arrays.stream(posts).mapToInt(p -> p.role))
        .containsExactly(order(Roles.GRID_LEADER), order(Roles.GRID_LEADER), order(Roles.FULL_TIME_WORKER));
    assertThat(posts[0].backup).contains(WANG_FANG);
    assertThat(posts[1].backup).isEmpty();
  }

  @Test
  void aPostHoldsFromItsFirstDayUntilTheDayBeforeItEnds() {
    PostTable.Post zhang = table(List.of(ZHANG_LEADS), List.of()).posts(FUXIN.get(CHANGYUAN))[0];
    int leader = order(Roles.GRID_LEADER);

    assertThat(zhang.from).isEqualTo(JAN_1.toEpochDay());
    assertThat(zhang.until).isEqualTo(CHANGE_DAY.toEpochDay());
    assertThat(zhang.holds(leader, JAN_1.minusDays(1).toEpochDay())).isFalse();
    assertThat(zhang.holds(leader, JAN_1.toEpochDay())).isTrue();
    assertThat(zhang.holds(leader, CHANGE_DAY.minusDays(1).toEpochDay())).isTrue();
    assertThat(zhang.holds(leader, CHANGE_DAY.toEpochDay())).isFalse();
    assertThat(zhang.holds(order(Roles.FULL_TIME_WORKER), MAR_4.toEpochDay())).isFalse();
  }

  @Test
  void anOpenPostHoldsForever() {
    PostTable.Post li = table(List.of(LI_LEADS), List.of()).posts(FUXIN.get(CHANGYUAN))[0];

    assertThat(li.until).isEqualTo(Long.MAX_VALUE);
    assertThat(li.holds(order(Roles.GRID_LEADER), LocalDate.MAX.toEpochDay())).isTrue();
  }

  @Test
  void holdersAndBackupsCarryAllTheirAbsencesInTheOrderAdded() {
    PostTable table = table(List.of(ZHANG_LEADS, ZHENG_LEADS), List.of(ZHANG_LEAVE, WANG_LEAVE, ZHANG_TRAINING));

    PostTable.Post zhang = table.posts(FUXIN.get(CHANGYUAN))[0];
    PostTable.Post zheng = table.posts(FUXIN.get(SUBDISTRICT))[0];

    assertThat(zhang.holderAway).containsExactly(ZHANG_LEAVE, ZHANG_TRAINING);
    assertThat(zhang.backupAway).containsExactly(WANG_LEAVE);
    assertThat(zheng.holderAway).isEmpty();
    assertThat(zheng.backup).contains(FENG_TAO);
    assertThat(zheng.backupAway).isEmpty();
  }

  @Test
  void aPostWithoutBackupHasNoBackupAbsences() {
    PostTable.Post li = table(List.of(LI_LEADS), List.of(WANG_LEAVE)).posts(FUXIN.get(CHANGYUAN))[0];

    assertThat(li.backup).isEmpty();
    assertThat(li.backupAway).isEmpty();
  }

  @Test
  void theFirstAbsenceAddedThatCoversTheTimeKeepsThePersonAway() {
    Absence overlapping = Absence.openEnded(ZHANG_WEI, MAR_4.atTime(10, 0), "secondment");
    Absence[] absences = {ZHANG_TRAINING, overlapping, ZHANG_LEAVE};

    assertThat(PostTable.awayAt(absences, MAR_4.atTime(7, 59))).isNull();
    assertThat(PostTable.awayAt(absences, MAR_4.atTime(11, 0))).isEqualTo(ZHANG_TRAINING);
    assertThat(PostTable.awayAt(absences, MAR_4.atTime(12, 0))).isEqualTo(overlapping);
    assertThat(PostTable.awayAt(new Absence[0], MAR_4.atTime(11, 0))).isNull();
  }
}
