package org.civicgrid.routing.dispatch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.staff.RoleId;

/**
 * Which role acts at which level for each category, as data: {@link RoutingRule}s for subcategories,
 * main classes and a default. The rule for a subcategory is its own, else its main class's, else the
 * default ({@link RoutingRule#ANY_CATEGORY}). Subcategories dispatched to a department need no rule.
 * Immutable and thread-safe.
 */
public final class RoutingTable {
  private final ImmutableMap<String, RoutingRule> rules;

  private RoutingTable(ImmutableMap<String, RoutingRule> rules) {
    this.rules = rules;
  }

  /**
   * The table of these rules.
   *
   * @throws IllegalArgumentException naming the category when two rules share one
   */
  public static RoutingTable of(List<RoutingRule> rules) {
    Map<String, RoutingRule> byCategory = new LinkedHashMap<>();
    for (RoutingRule rule : rules) {
      RoutingRule before = byCategory.put(checkNotNull(rule, "rule").category(), rule);
      checkArgument(before == null, "routing table has two rules for %s: %s and %s", rule.category(), before, rule);
    }
    return new RoutingTable(ImmutableMap.copyOf(byCategory));
  }

  /**
   * A table for the social-governance catalogue: safety hazards ({@code 02}) to the grid leader, and
   * everything else handled in a grid to the smallest grid's full-time worker (专职网格员).
   */
  public static RoutingTable socialGovernance() {
    return of(List.of(
        RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, RoleId.of("full-time-worker")),
        RoutingRule.smallestGrid("02", RoleId.of("grid-leader"))));
  }

  /** Every rule, in the order given. */
  public ImmutableList<RoutingRule> rules() {
    return rules.values().asList();
  }

  /**
   * The rule for {@code subcategory}: its own, else its main class's, else the default; empty when the
   * table has none of these.
   */
  public Optional<RoutingRule> ruleFor(String subcategory) {
    checkNotNull(subcategory, "subcategory");
    RoutingRule rule = rules.get(subcategory);
    if (rule == null && subcategory.length() > 2) {
      rule = rules.get(subcategory.substring(0, 2));
    }
    return Optional.ofNullable(rule != null ? rule : rules.get(RoutingRule.ANY_CATEGORY));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoutingTable t && rules.equals(t.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "routing table " + rules.values();
  }
}
