package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.staff.TongnanTeam.CHANGE_DAY;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;
import static org.civicgrid.core.staff.TongnanTeam.LI_NA;
import static org.civicgrid.core.staff.TongnanTeam.WANG_FANG;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_WEI;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class StaffingCheckTest {
  private static final RoleId GRID_LEADER = Roles.GRID_LEADER.id();

  @Test
  void theTongnanTeamBreaksNoRule() {
    assertThat(check(TongnanTeam.assignments())).isEqualTo(Report.empty());
  }

  @Test
  void anAssignmentToAnUnknownGridIsFoundNamingTheGrid() {
    Report report = check(plus(Assignment.of(WANG_FANG, GridCode.of("210902009009"), GRID_LEADER, Period.from(JAN_1))));

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(StaffingRule.UNKNOWN_GRID);
      assertThat(f.subject()).isEqualTo("210902009009");
      assertThat(f.message()).endsWith("no grid 210902009009 in the hierarchy");
    });
  }

  @Test
  void anAssignmentToAnUnknownRoleIsFoundNamingTheRoleAndCatalogue() {
    Report report = check(plus(Assignment.of(WANG_FANG, CHANGYUAN, Roles.FIRE_OFFICER.id(), Period.from(JAN_1))));

    assertThat(report.of(StaffingRule.UNKNOWN_ROLE)).singleElement()
        .extracting(Finding::message).asString().endsWith("no role fire-officer in catalogue tongnan");
  }

  @Test
  void anAssignmentOfSomeoneWhoIsNotStaffIsFound() {
    Report report = check(plus(Assignment.of(PersonId.of("p-404"), CHANGYUAN, Roles.VOLUNTEER.id(),
        Period.from(JAN_1))));

    assertThat(report.of(StaffingRule.UNKNOWN_PERSON)).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("p-404"));
  }

  @Test
  void aBackupWhoIsNotStaffIsFound() {
    Report report = check(plus(Assignment.of(WANG_FANG, FuxinGrids.XINHUA, GRID_LEADER, Period.from(JAN_1))
        .withBackup(PersonId.of("p-405"))));

    assertThat(report.of(StaffingRule.UNKNOWN_BACKUP)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("backup p-405 is not a staff member"));
  }

  @Test
  void overlappingHoldersOfASingleHolderRoleInOneGridAreFoundNamingBoth() {
    Assignment early = Assignment.of(LI_NA, CHANGYUAN, GRID_LEADER, Period.from(CHANGE_DAY.minusDays(1)));
    List<Assignment> assignments = new ArrayList<>(TongnanTeam.assignments());
    assignments.set(assignments.indexOf(TongnanTeam.LI_LEADS), early);

    Report report = check(assignments);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(StaffingRule.SINGLE_HOLDER_OVERLAP);
      assertThat(f.subject()).isEqualTo(CHANGYUAN.value());
      assertThat(f.message()).isEqualTo("grid-leader of 210902001001 is held by both 张伟 (p-001) "
          + "[2024-01-01, 2024-07-01) and 李娜 (p-002) [2024-06-30, …); grid-leader has one holder per grid");
    });
  }

  @Test
  void holdersOfASingleHolderRoleInDifferentGridsOrOneAfterAnotherAreFine() {
    Report report = check(plus(
        Assignment.of(WANG_FANG, FuxinGrids.XINHUA, GRID_LEADER, Period.of(JAN_1, CHANGE_DAY)),
        Assignment.of(ZHANG_WEI, FuxinGrids.XINHUA, GRID_LEADER, Period.from(CHANGE_DAY))));

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void severalVolunteersMayServeOneGridButOnePersonNotTwiceAtOnce() {
    Assignment again = Assignment.of(TongnanTeam.XU_LI, CHANGYUAN, Roles.VOLUNTEER.id(), Period.from(CHANGE_DAY));
    Assignment another = Assignment.of(ZHANG_WEI, CHANGYUAN, Roles.VOLUNTEER.id(), Period.from(CHANGE_DAY));

    Report report = check(plus(again, another));

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(StaffingRule.DUPLICATE_HOLDING);
      assertThat(f.subject()).isEqualTo("p-011");
      assertThat(f.message()).contains("徐丽 (p-011) holds volunteer of 210902001001 twice");
    });
  }

  @Test
  void everyOverlapInALongHistoryIsFoundAgainstTheHolderReachingFurthest() {
    Report report = check(plus(
        Assignment.of(WANG_FANG, FuxinGrids.XINHUA, GRID_LEADER, Period.from(JAN_1)),
        Assignment.of(ZHANG_WEI, FuxinGrids.XINHUA, GRID_LEADER, Period.of(LocalDate.of(2024, 3, 1), CHANGE_DAY)),
        Assignment.of(LI_NA, FuxinGrids.XINHUA, GRID_LEADER, Period.from(LocalDate.of(2024, 9, 1)))));

    assertThat(report.of(StaffingRule.SINGLE_HOLDER_OVERLAP)).hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("王芳 (p-003) [2024-01-01, …)"));
  }

  @Test
  void aPlaceMustExistAndLieInTheGridOrBelowIt() {
    Report report = checkAll(BeipiaoGrids.hierarchy(), RoleCatalogues.beipiao(), BeipiaoGrids.members(),
        ImmutableList.<Assignment>builder().addAll(BeipiaoGrids.assignments())
            .add(beipiao("bp-09", BeipiaoGrids.GRID_2, "B1"))
            .add(beipiao("bp-09", BeipiaoGrids.GRID_2, "B9"))
            .add(beipiao("bp-01", BeipiaoGrids.SHEZE, "B2")).build(),
        ImmutableList.of());

    assertThat(report.findings()).extracting(Finding::rule, Finding::subject).containsExactly(
        Tuple.tuple(StaffingRule.PLACE_OUTSIDE_GRID, "B1"),
        Tuple.tuple(StaffingRule.UNKNOWN_PLACE, "B9"));
  }

  @Test
  void anAbsenceOfSomeoneWhoIsNotStaffIsFound() {
    Report report = checkAll(FuxinGrids.hierarchy(), RoleCatalogues.tongnan(), TongnanTeam.members(),
        TongnanTeam.assignments(), ImmutableList.of(Absence.of(PersonId.of("p-404"), LocalDateTime.of(2024, 3, 4, 8, 0),
            LocalDateTime.of(2024, 3, 4, 12, 0), "training")));

    assertThat(report.of(StaffingRule.ABSENCE_OF_UNKNOWN_PERSON)).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("p-404"));
  }

  @Test
  void twoMembersWithOneIdAreFoundNamingBoth() {
    List<StaffMember> members = new ArrayList<>(TongnanTeam.members());
    members.add(StaffMember.builder("p-001", "张卫", Employment.VOLUNTEER).build());

    Report report = checkAll(FuxinGrids.hierarchy(), RoleCatalogues.tongnan(), members,
        TongnanTeam.assignments(), ImmutableList.of());

    assertThat(report.of(StaffingRule.DUPLICATE_MEMBER)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("two staff members have id p-001: 张伟 and 张卫"));
  }

  @Test
  void everyProblemIsFoundInOnePass() {
    Report report = check(plus(
        Assignment.of(PersonId.of("p-404"), GridCode.of("210902009009"), RoleId.of("night-warden"), Period.from(JAN_1))
            .withBackup(PersonId.of("p-405")),
        Assignment.of(WANG_FANG, CHANGYUAN, GRID_LEADER, Period.from(JAN_1))));

    assertThat(report.findings()).extracting(Finding::rule).containsExactlyInAnyOrder(
        StaffingRule.UNKNOWN_GRID, StaffingRule.UNKNOWN_ROLE, StaffingRule.UNKNOWN_PERSON, StaffingRule.UNKNOWN_BACKUP,
        StaffingRule.SINGLE_HOLDER_OVERLAP, StaffingRule.SINGLE_HOLDER_OVERLAP);
  }

  private static Report checkAll(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences) {
    return StaffingCheck.check(hierarchy, roles, StaffingIndex.of(hierarchy, roles, members, assignments, absences,
        null), assignments, absences);
  }

  private static Report check(List<Assignment> assignments) {
    return checkAll(FuxinGrids.hierarchy(), RoleCatalogues.tongnan(), TongnanTeam.members(), assignments,
        ImmutableList.of());
  }

  private static List<Assignment> plus(Assignment... more) {
    return ImmutableList.<Assignment>builder().addAll(TongnanTeam.assignments()).add(more).build();
  }

  private static Assignment beipiao(String person, GridCode grid, String place) {
    return Assignment.of(PersonId.of(person), grid, Roles.BUILDING_LEADER.id(), Period.from(BeipiaoGrids.SINCE))
        .atPlace(place);
  }
}
