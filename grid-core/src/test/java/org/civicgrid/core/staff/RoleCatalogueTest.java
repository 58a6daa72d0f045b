package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class RoleCatalogueTest {
  private static final Role NIGHT_WARDEN = Role.builder("tongnan.night-warden").names("夜巡员", "night warden")
      .kind(RoleKind.AUXILIARY).build();

  @Test
  void findsRolesById() {
    RoleCatalogue tongnan = RoleCatalogues.tongnan();

    assertThat(tongnan.find(RoleId.of("grid-leader"))).contains(Roles.GRID_LEADER);
    assertThat(tongnan.get(RoleId.of("medical-worker"))).isEqualTo(Roles.MEDICAL_WORKER);
    assertThat(tongnan.contains(RoleId.of("unit-leader"))).isFalse();
    assertThat(tongnan.find(RoleId.of("unit-leader"))).isEmpty();
  }

  @Test
  void anUnknownRoleIsNotFoundNamingItAndTheCatalogue() {
    assertThatThrownBy(() -> RoleCatalogues.wuhua().get(RoleId.of("fire-officer")))
        .isInstanceOf(CivicGridException.class)
        .hasMessage("NOT_FOUND: no role fire-officer in catalogue wuhua")
        .extracting(e -> ((CivicGridException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aCityAddsItsOwnRolesAfterThePreset() {
    RoleCatalogue city = RoleCatalogues.tongnan().plus(NIGHT_WARDEN);

    assertThat(city.size()).isEqualTo(RoleCatalogues.tongnan().size() + 1);
    assertThat(city.roles()).last().isEqualTo(NIGHT_WARDEN);
    assertThat(city.id()).isEqualTo("tongnan");
  }

  @Test
  void aCityRoleWhoseIdCollidesWithAPresetIsRejectedNamingIt() {
    RoleCatalogue preset = RoleCatalogues.tongnan();
    Role ownLeader = Role.builder("grid-leader").names("格长", "grid head").kind(RoleKind.LEADER).build();

    assertThatThrownBy(() -> preset.plus(NIGHT_WARDEN, ownLeader))
        .isInstanceOfSatisfying(DuplicateRoleException.class, e -> {
          assertThat(e.role()).isEqualTo(RoleId.of("grid-leader"));
          assertThat(e.catalogue()).isEqualTo("tongnan");
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STAFFING);
        });
    assertThat(preset.find(RoleId.of("grid-leader"))).contains(Roles.GRID_LEADER);
    assertThat(preset.contains(NIGHT_WARDEN.id())).isFalse();
  }

  @Test
  void aRoleDeclaredTwiceInOneCatalogueIsRejected() {
    assertThatThrownBy(() -> RoleCatalogue.of("city", NIGHT_WARDEN, NIGHT_WARDEN))
        .isInstanceOf(DuplicateRoleException.class)
        .hasMessageContaining("tongnan.night-warden is already in catalogue city");
  }

  @Test
  void selectsRolesByKind() {
    assertThat(RoleCatalogues.beipiao().roles(RoleKind.LEADER)).extracting(r -> r.id().value())
        .containsExactly("chief-grid-leader", "grid-leader", "party-branch-secretary");
  }

  @Test
  void aCatalogueIdIsLowerKebab() {
    assertThatIllegalArgumentException().isThrownBy(() -> RoleCatalogue.of("Tong Nan", NIGHT_WARDEN))
        .withMessageContaining("Tong Nan");
  }

  @Test
  void cataloguesWithTheSameRolesAreEqual() {
    assertThat(RoleCatalogues.dongcheng()).isEqualTo(RoleCatalogues.dongcheng())
        .hasSameHashCodeAs(RoleCatalogues.dongcheng())
        .isNotEqualTo(RoleCatalogues.wuhua());
  }
}
