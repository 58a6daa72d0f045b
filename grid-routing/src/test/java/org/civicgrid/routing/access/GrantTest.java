package org.civicgrid.routing.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.routing.cases.CommandKind;
import org.junit.jupiter.api.Test;

class GrantTest {
  @Test
  void aGrantReadsAsRoleLevelReachAndKinds() {
    Grant grant = new Grant(Roles.FULL_TIME_WORKER.id(), "building-grid", Reach.GRID,
        ImmutableSet.of(CommandKind.START_HANDLING));
    assertThat(grant.toString()).contains("full-time-worker at building-grid (GRID)").contains("START_HANDLING");
  }

  @Test
  void aGrantOfNoCommandIsAnError() {
    assertThatThrownBy(() -> new Grant(Roles.GRID_LEADER.id(), "community", Reach.SUBTREE, ImmutableSet.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid-leader at community allows no command");
  }

  @Test
  void aGrantWithoutLevelIsAnError() {
    assertThatThrownBy(() -> new Grant(Roles.GRID_LEADER.id(), " ", Reach.SUBTREE,
        ImmutableSet.of(CommandKind.ACCEPT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid-leader has no level");
  }
}
