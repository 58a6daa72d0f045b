package org.civicgrid.routing.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.routing.cases.CommandKind;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  @Test
  void thePolicyKeepsWhatWasGranted() {
    AccessPolicy policy = AccessFixtures.policy();
    assertThat(policy.grants()).hasSize(3);
    assertThat(policy.departmentKinds()).containsExactly(CommandKind.START_HANDLING, CommandKind.REPORT_BACK,
        CommandKind.ACKNOWLEDGE_SUMMONS);
    assertThat(policy.platform().get(PersonId.of("escalation-checker")))
        .containsExactly(CommandKind.ESCALATE, CommandKind.WARN);
    assertThat(policy.revealRoles()).containsExactly(Roles.FULL_TIME_WORKER.id());
  }

  @Test
  void anEmptyPolicyAllowsNothing() {
    AccessPolicy policy = AccessPolicy.builder().build();
    assertThat(policy.grants()).isEmpty();
    assertThat(policy.platform()).isEmpty();
    assertThat(policy.revealRoles()).isEmpty();
  }

  @Test
  void aPlatformActorAllowedNoCommandIsAnError() {
    assertThatThrownBy(() -> AccessPolicy.builder().platform(PersonId.of("platform-intake")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platform-intake allowed no command");
  }
}
