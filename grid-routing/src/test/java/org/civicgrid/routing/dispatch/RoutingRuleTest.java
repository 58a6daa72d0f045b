package org.civicgrid.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

  @Test
  void aRuleNamesCategoryLevelAndRole() {
    RoutingRule hazards = RoutingRule.atLevel("02", "community", Roles.GRID_LEADER.id());
    assertThat(hazards.level()).contains("community");
    assertThat(hazards).hasToString("rule 02 → grid-leader of the community grid");
    assertThat(RoutingRule.smallestGrid("0101", Roles.FULL_TIME_WORKER.id()))
        .hasToString("rule 0101 → full-time-worker of the smallest grid");
    assertThat(RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id()))
        .hasToString("default rule → full-time-worker of the smallest grid");
  }

  @Test
  void aDispatchToThePresentHolderGivesTheRuleAsItsReasonInAscii() {
    assertThat(RoutingRule.atLevel("02", "community", Roles.GRID_LEADER.id()).primaryReason())
        .isEqualTo("rule 02: grid-leader of the community grid, PRIMARY");
    assertThat(RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id()).primaryReason())
        .isEqualTo("default rule: full-time-worker of the smallest grid, PRIMARY");
  }

  @Test
  void malformedRulesAreRefusedNamingTheCategory() {
    assertThatThrownBy(() -> RoutingRule.smallestGrid("1", Roles.GRID_LEADER.id()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category '1' is not");
    assertThatThrownBy(() -> new RoutingRule("02", Optional.of(" "), Roles.GRID_LEADER.id()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("routing rule for 02 has a blank level");
    assertThatThrownBy(() -> RoutingRule.smallestGrid("02", null))
        .isInstanceOf(NullPointerException.class).hasMessage("routing rule for 02 has no role");
    assertThatThrownBy(() -> RoutingRule.atLevel("02", null, Roles.GRID_LEADER.id()))
        .isInstanceOf(NullPointerException.class);
  }
}
