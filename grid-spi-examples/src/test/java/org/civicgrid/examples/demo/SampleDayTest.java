package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.CaseId;
import org.junit.jupiter.api.Test;

class SampleDayTest {
  private static final List<SampleDay.Step> STEPS = SampleDay.steps();

  @Test
  void theStepsRunInTimeOrderWithinTheWorkingDay() {
    assertThat(STEPS).extracting(SampleDay.Step::time).isSorted();
    assertThat(WorkingCalendar.chinaNational().isWorkingDay(SampleDay.DAY)).isTrue();
    assertThat(STEPS.get(0).time()).isAfterOrEqualTo(LocalTime.of(7, 0));
    assertThat(STEPS.get(STEPS.size() - 1)).isEqualTo(new SampleDay.DeadlineCheck(LocalTime.of(17, 30)));
  }

  @Test
  void everyCaseIsReportedOnceBeforeAnyoneActsOnIt() {
    Set<CaseId> reported = new HashSet<>();
    List<CaseId> order = new ArrayList<>();
    for (SampleDay.Step step : STEPS) {
      if (step instanceof SampleDay.Report report) {
        assertThat(reported.add(report.intake().id())).as("%s reported twice", report.intake().id()).isTrue();
        order.add(report.intake().id());
      } else if (step instanceof SampleDay.Act act) {
        assertThat(reported).as("acted on %s before its report", act.id()).contains(act.id());
      }
    }
    assertThat(order).hasSize(9);
    assertThat(STEPS).filteredOn(SampleDay.DeadlineCheck.class::isInstance).hasSize(3);
  }

  @Test
  void theDaysStaffAreTheCountysAndThreeDepartmentsDutyStaff() {
    Staffing county = SampleStaff.of(Demo.loadSampleCounty());
    Staffing day = SampleDay.staffing(county);
    assertThat(day.members()).hasSize(county.members().size() + 3);
    assertThat(day.member(SampleDay.WATER_DUTY.person()).department()).hasValueSatisfying(
        d -> assertThat(d.id()).isEqualTo("water-supply"));
    assertThat(day.assignments()).isEqualTo(county.assignments());
  }
}
