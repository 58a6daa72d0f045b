package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class StaffingDemoTest {
  private static final GridHierarchy COUNTY = Demo.loadSampleCounty();

  @Test
  void theGapsAreTheThreeLeftOnPurposeAndFillingThemLeavesNone() {
    Staffing staffing = SampleStaff.of(COUNTY);
    assertThat(StaffingDemo.fuxinPolicy().evaluate(staffing, SampleStaff.DAY).findings())
        .extracting(Finding::subject)
        .containsExactly("210902001001001", "210902001002001002", "210902101202002");

    Staffing filled = staffing.toBuilder()
        .member(StaffMember.builder("p-26", "周丽", Employment.FULL_TIME).build())
        .assign(post("p-26", SampleStaff.CHANGYUAN_COMPOUND.value(), Roles.FULL_TIME_WORKER.id()))
        .member(StaffMember.builder("p-27", "孟庆山", Employment.PART_TIME).build())
        .assign(post("p-27", "210902101202002", Roles.PART_TIME_WORKER.id()))
        .assign(post("p-22", "210902001002001002", Roles.BUILDING_LEADER.id()).atPlace("B11"))
        .build();
    assertThat(StaffingDemo.fuxinPolicy().evaluate(filled, SampleStaff.DAY).findings()).isEmpty();
  }

  @Test
  void boundariesWithoutThePatrolledGridFailNamingIt() {
    PrintStream nowhere = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StaffingDemo.run(COUNTY, BoundaryLayer.empty(CoordinateSystem.GCJ02), nowhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(SampleStaff.CHANGYUAN_COMPOUND.value());
  }

  private static Assignment post(String person, String grid, RoleId role) {
    return Assignment.of(PersonId.of(person), GridCode.of(grid), role, Period.from(SampleStaff.SINCE));
  }
}
