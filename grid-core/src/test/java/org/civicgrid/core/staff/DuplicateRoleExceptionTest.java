package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class DuplicateRoleExceptionTest {

  @Test
  void namesTheRoleAndTheCatalogueAndSuggestsAPrefix() {
    DuplicateRoleException e = new DuplicateRoleException(RoleId.of("grid-leader"), "tongnan");

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STAFFING);
    assertThat(e).hasMessage("INVALID_STAFFING: role grid-leader is already in catalogue tongnan; "
        + "a city's own role takes a prefix, as in city.grid-leader");
  }

  @Test
  void aPrefixedRoleGetsNoPrefixSuggestion() {
    assertThat(new DuplicateRoleException(RoleId.of("tongnan.night-warden"), "tongnan"))
        .hasMessage("INVALID_STAFFING: role tongnan.night-warden is already in catalogue tongnan");
  }
}
