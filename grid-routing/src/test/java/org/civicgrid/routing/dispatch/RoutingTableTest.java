package org.civicgrid.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;

class RoutingTableTest {
  private static final RoutingRule ANY = RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id());
  private static final RoutingRule HAZARDS = RoutingRule.atLevel("02", "community", Roles.GRID_LEADER.id());
  private static final RoutingRule FLOODS = RoutingRule.atLevel("0205", "subdistrict", Roles.GRID_LEADER.id());

  @Test
  void aSubcategoryFallsBackToItsMainClassThenToTheDefault() {
    RoutingTable table = RoutingTable.of(List.of(ANY, HAZARDS, FLOODS));
    assertThat(table.ruleFor("0205")).contains(FLOODS);
    assertThat(table.ruleFor("0202")).contains(HAZARDS);
    assertThat(table.ruleFor("0101")).contains(ANY);
    assertThat(RoutingTable.of(List.of(HAZARDS)).ruleFor("0101")).isEmpty();
    assertThat(table.rules()).containsExactly(ANY, HAZARDS, FLOODS);
  }

  @Test
  void theSocialGovernanceTableSendsHazardsToTheGridLeader() {
    RoutingTable table = RoutingTable.socialGovernance();
    assertThat(table.ruleFor("0203").orElseThrow().role()).isEqualTo(Roles.GRID_LEADER.id());
    assertThat(table.ruleFor("0101").orElseThrow().role()).isEqualTo(Roles.FULL_TIME_WORKER.id());
    assertThat(table).isEqualTo(RoutingTable.socialGovernance()).hasSameHashCodeAs(RoutingTable.socialGovernance());
  }

  @Test
  void twoRulesForOneCategoryAreRefused() {
    RoutingRule other = RoutingRule.smallestGrid("02", Roles.FULL_TIME_WORKER.id());
    assertThatThrownBy(() -> RoutingTable.of(List.of(HAZARDS, other))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("routing table has two rules for 02: " + HAZARDS + " and " + other);
    assertThatThrownBy(() -> RoutingTable.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RoutingTable.of(List.of(ANY)).ruleFor(null)).isInstanceOf(NullPointerException.class);
  }
}
