package org.civicgrid.routing.dispatch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.routing.category.CategoryCodes;

/**
 * One line of a {@link RoutingTable}: cases of {@code category} go to the holder of {@code role} in the
 * place's grid at {@code level} (disputes → the building grid's full-time worker; safety hazards → the
 * grid leader). Immutable.
 *
 * @param category a main class code ({@code 01}), a subcategory code ({@code 0101}), or {@link
 *     #ANY_CATEGORY} for the table's default
 * @param level the id of the level whose grid acts; empty for the smallest grid that holds the place
 * @param role the role that acts there
 */
public record RoutingRule(String category, Optional<String> level, RoleId role) {
  /** The category of a table's default rule, used when neither the subcategory nor its main class has one. */
  public static final String ANY_CATEGORY = "*";

  public RoutingRule {
    checkArgument(category != null && (category.equals(ANY_CATEGORY) || CategoryCodes.isMainCode(category)
        || CategoryCodes.isSubcategoryCode(category)), "routing rule category '%s' is not a main class code, a "
        + "subcategory code or %s", category, ANY_CATEGORY);
    checkNotNull(level, "level");
    checkArgument(level.isEmpty() || !level.get().isBlank(), "routing rule for %s has a blank level", category);
    checkNotNull(role, "routing rule for %s has no role", category);
  }

  /** Cases of {@code category} go to the {@code role} of the smallest grid that holds their place. */
  public static RoutingRule smallestGrid(String category, RoleId role) {
    return new RoutingRule(category, Optional.empty(), role);
  }

  /** Cases of {@code category} go to the {@code role} of the place's grid at level {@code level}. */
  public static RoutingRule atLevel(String category, String level, RoleId role) {
    return new RoutingRule(category, Optional.of(checkNotNull(level, "level")), role);
  }

  /**
   * {@code rule 02 → grid-leader of the community grid}, or {@code default rule → full-time-worker of the
   * smallest grid}.
   */
  @Override
  public String toString() {
    return name() + " → " + role + " of " + grid();
  }

  /**
   * What a dispatch by this rule to a present holder records as its reason, for example {@code default
   * rule: full-time-worker of the smallest grid, PRIMARY}: plain ASCII, the same for every such case,
   * as the dispatch names the grid and the person as its unit and assignee.
   */
  String primaryReason() {
    return name() + ": " + role + " of " + grid() + ", PRIMARY";
  }

  private String name() {
    return category.equals(ANY_CATEGORY) ? "default rule" : "rule " + category;
  }

  private String grid() {
    return level.isPresent() ? "the " + level.get() + " grid" : "the smallest grid";
  }
}
