package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.staff.TongnanTeam.CHANGE_DAY;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;

import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class StaffingBuilderTest {

  @Test
  void buildsWhatWasAdded() {
    Staffing staffing = Staffing.builder(FuxinGrids.hierarchy(), RoleCatalogues.tongnan())
        .members(TongnanTeam.members()).assignAll(TongnanTeam.assignments())
        .absence(Absence.days(TongnanTeam.ZHANG_WEI, JAN_1, JAN_1.plusDays(1), "training")).build();

    assertThat(staffing.members()).containsExactlyElementsOf(TongnanTeam.members());
    assertThat(staffing.assignments()).containsExactlyElementsOf(TongnanTeam.assignments());
    assertThat(staffing.absences()).hasSize(1);
  }

  @Test
  void aBuildWithErrorsMakesNoStaffingAndReportsThemAll() {
    StaffingBuilder builder = Staffing.builder(FuxinGrids.hierarchy(), RoleCatalogues.tongnan())
        .members(TongnanTeam.members()).assignAll(TongnanTeam.assignments())
        .assign(Assignment.of(PersonId.of("p-404"), GridCode.of("210902009"), Roles.GRID_LEADER.id(),
            Period.from(JAN_1)))
        .absence(Absence.days(PersonId.of("p-405"), JAN_1, JAN_1.plusDays(1), "leave"));

    Report report = builder.validate();

    assertThat(report.findings()).extracting(f -> f.rule()).containsExactly(StaffingRule.UNKNOWN_GRID,
        StaffingRule.UNKNOWN_PERSON, StaffingRule.ABSENCE_OF_UNKNOWN_PERSON);
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidStaffingException.class,
        e -> assertThat(e.report()).isEqualTo(report));
  }

  @Test
  void toBuilderChangesMuchAtOnceAndLeavesTheOriginalAlone() {
    Staffing before = TongnanTeam.staffing();
    Assignment volunteer = Assignment.of(TongnanTeam.ZHAO_LEI, CHANGYUAN, Roles.VOLUNTEER.id(), Period.from(CHANGE_DAY));

    Staffing after = before.toBuilder().assign(volunteer)
        .absence(Absence.days(TongnanTeam.LI_NA, CHANGE_DAY, CHANGE_DAY.plusDays(2), "training")).build();

    assertThat(after.holders(CHANGYUAN, Roles.VOLUNTEER.id(), CHANGE_DAY))
        .containsExactly(TongnanTeam.XU_LI, TongnanTeam.ZHAO_LEI);
    assertThat(after.absences()).hasSize(1);
    assertThat(before.assignments()).doesNotContain(volunteer);
    assertThat(before.absences()).isEmpty();
  }
}
