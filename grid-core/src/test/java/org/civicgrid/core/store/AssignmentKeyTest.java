package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.store.CompoundStaff.CHEN_AT_B3;
import static org.civicgrid.core.store.CompoundStaff.COMPOUND;
import static org.civicgrid.core.store.CompoundStaff.GRID_1;
import static org.civicgrid.core.store.CompoundStaff.JAN_1;
import static org.civicgrid.core.store.CompoundStaff.LI_LEADS;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_LEADS;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_WEI;

import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;

class AssignmentKeyTest {
  private static AssignmentKey key(GridCode grid, String role, String person, String place, int day) {
    return new AssignmentKey(grid, RoleId.of(role), PersonId.of(person), Optional.ofNullable(place), JAN_1.plusDays(day));
  }

  @Test
  void namesTheFiveThingsThatIdentifyAnAssignment() {
    AssignmentKey key = AssignmentKey.of(CHEN_AT_B3);
    assertThat(key.grid()).isEqualTo(CHEN_AT_B3.grid());
    assertThat(key.role()).isEqualTo(CHEN_AT_B3.role());
    assertThat(key.person()).isEqualTo(CHEN_AT_B3.person());
    assertThat(key.place()).contains("B3");
    assertThat(key.from()).isEqualTo(CHEN_AT_B3.period().from());
    assertThat(key).hasToString("fx-005 as fuxin.property-liaison of 210902001001001002 at B3 from 2024-01-01");
  }

  @Test
  void ignoresTheEndTheLinkAndTheBackup() {
    assertThat(AssignmentKey.of(ZHANG_LEADS.endingBefore(JAN_1.plusDays(3)).withLink(LI_LEADS.link())))
        .isEqualTo(AssignmentKey.of(ZHANG_LEADS));
    assertThat(AssignmentKey.of(ZHANG_LEADS)).isNotEqualTo(AssignmentKey.of(LI_LEADS));
  }

  @Test
  void ordersByGridRolePersonPlaceAndFirstDay() {
    List<AssignmentKey> ordered = List.of(
        key(COMPOUND, "grid-leader", "fx-009", null, 9),
        key(COMPOUND, "volunteer", "fx-001", null, 9),
        key(COMPOUND, "volunteer", "fx-002", null, 0),
        key(COMPOUND, "volunteer", "fx-002", "B1", 0),
        key(COMPOUND, "volunteer", "fx-002", "B1", 1),
        key(COMPOUND, "volunteer", "fx-002", "B2", 0),
        key(GRID_1, "grid-leader", "fx-001", null, 0));
    assertThat(ordered).isSorted();
    assertThat(ordered.stream().sorted().toList()).containsExactlyElementsOf(ordered);
  }

  @Test
  void refusesNullsAndABlankPlace() {
    assertThatThrownBy(() -> new AssignmentKey(COMPOUND, Roles.VOLUNTEER.id(), ZHANG_WEI, Optional.of(" "), JAN_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ZHANG_WEI.value());
    assertThatThrownBy(() -> new AssignmentKey(COMPOUND, Roles.VOLUNTEER.id(), ZHANG_WEI, Optional.empty(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AssignmentKey.of(null)).isInstanceOf(NullPointerException.class);
  }
}
