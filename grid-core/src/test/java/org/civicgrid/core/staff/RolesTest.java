package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolesTest {

  @Test
  void everyRoleHasItsOwnIdWithoutACityPrefix() {
    assertThat(Roles.all()).extracting(Role::id).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id.value()).doesNotContain("."));
  }

  @Test
  void onlyPostsThatOnePersonHoldsPerGridAreSingleHolder() {
    assertThat(Roles.all()).filteredOn(Role::singleHolder).extracting(r -> r.id().value())
        .containsExactlyInAnyOrder("grid-leader", "chief-grid-leader", "party-branch-secretary", "grid-manager");
  }

  @Test
  void departmentAndEnterpriseStaffAreExternalForces() {
    assertThat(Roles.all()).filteredOn(r -> r.kind() == RoleKind.EXTERNAL_FORCE).extracting(r -> r.id().value())
        .contains("community-police-officer", "medical-worker", "law-enforcement-officer", "power-staff",
            "telecom-staff", "liaison-cadre", "judicial-worker", "fire-officer");
  }

  @Test
  void residentsWhoHelpAreAuxiliary() {
    assertThat(Roles.all()).filteredOn(r -> r.kind() == RoleKind.AUXILIARY).extracting(r -> r.id().value())
        .containsExactlyInAnyOrder("building-leader", "unit-leader", "volunteer", "property-staff");
  }
}
