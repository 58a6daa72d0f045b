package org.civicgrid.routing.access;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.routing.cases.CommandKind;

/**
 * One line of an {@link AccessPolicy}: holders of {@code role} in a grid of level {@code level} may give
 * the commands {@code kinds} on cases within {@code reach} of that grid. Immutable.
 *
 * @param role the role, by id, as in the staffing's role catalogue
 * @param level the level id of the grids the role is held in, as in the hierarchy's scheme
 * @param reach the grid alone, or its subtree
 * @param kinds the commands the holders may give; at least one
 */
public record Grant(RoleId role, String level, Reach reach, ImmutableSet<CommandKind> kinds) {
  public Grant {
    checkNotNull(role, "role");
    checkArgument(level != null && !level.isBlank(), "grant for %s has no level", role);
    checkNotNull(reach, "grant for %s has no reach", role);
    kinds = Sets.immutableEnumSet(checkNotNull(kinds, "grant for %s has no kinds", role));
    checkArgument(!kinds.isEmpty(), "grant for %s at %s allows no command", role, level);
  }

  /** {@code full-time-worker at building-grid (GRID): [ACCEPT, REPORT_BACK]}. */
  @Override
  public String toString() {
    return role + " at " + level + " (" + reach + "): " + kinds;
  }
}
