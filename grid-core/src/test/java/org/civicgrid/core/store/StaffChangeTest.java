package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_LEADS;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_MOBILE;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_ON_LEAVE;

import org.junit.jupiter.api.Test;

class StaffChangeTest {
  @Test
  void anEndingMustComeAfterTheFirstDay() {
    AssignmentKey key = AssignmentKey.of(ZHANG_LEADS);
    assertThat(new StaffChange.EndAssignment(key, key.from().plusDays(1)).until()).isEqualTo(key.from().plusDays(1));
    assertThatThrownBy(() -> new StaffChange.EndAssignment(key, key.from()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(key.toString()).hasMessageContaining("remove");
    assertThatThrownBy(() -> new StaffChange.EndAssignment(key, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anAbsenceIsRemovedByItsPersonAndFirstMoment() {
    assertThat(StaffChange.RemoveAbsence.of(ZHANG_ON_LEAVE))
        .isEqualTo(new StaffChange.RemoveAbsence(ZHANG_ON_LEAVE.person(), ZHANG_ON_LEAVE.from()));
    assertThatThrownBy(() -> new StaffChange.RemoveAbsence(ZHANG_ON_LEAVE.person(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusesEmptyChanges() {
    assertThatThrownBy(() -> new StaffChange.PutRoles(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StaffChange.PutMember(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StaffChange.Assign(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StaffChange.RemoveAssignment(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StaffChange.AddAbsence(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aMemberChangeShowsContactsMasked() {
    StaffChange put = new StaffChange.PutMember(CompoundStaff.members().get(0));
    assertThat(put.toString()).contains("张伟").contains("138****5678").doesNotContain(ZHANG_MOBILE);
  }
}
