package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.junit.jupiter.api.Test;

class SampleStaffTest {
  private static final Staffing STAFFING = SampleStaff.of(Demo.loadSampleCounty());

  @Test
  void everyGridLeaderIsAPartyMemberWithAMobile() {
    STAFFING.assignments().stream().filter(a -> a.role().equals(Roles.GRID_LEADER.id())).forEach(a -> {
      assertThat(STAFFING.member(a.person()).partyMember()).as("%s", a).isTrue();
      assertThat(STAFFING.member(a.person()).contacts()).as("%s", a).hasSize(1);
    });
  }

  @Test
  void liNaIsAwayForTrainingOnTheDayAndBackAfterwards() {
    assertThat(STAFFING.isAbsent(SampleStaff.LI_NA, SampleStaff.DAY.atTime(10, 0))).isTrue();
    assertThat(STAFFING.isAbsent(SampleStaff.LI_NA, SampleStaff.DAY.plusDays(2).atTime(10, 0))).isFalse();
    assertThat(STAFFING.isAbsent(SampleStaff.WANG_FANG, SampleStaff.DAY.atTime(10, 0))).isFalse();
  }

  @Test
  void theDistrictLeaderLinksAnUrbanAndARuralGrid() {
    assertThat(STAFFING.gridsOf(PersonId.of("p-25"), SampleStaff.DAY))
        .extracting(Object::toString)
        .containsExactly("210902001001", "210902101201");
  }
}
