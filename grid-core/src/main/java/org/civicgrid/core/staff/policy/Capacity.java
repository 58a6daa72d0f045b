package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Team;

/**
 * At most so many households per holder of a role: a full-time worker for every 300 households. The
 * grid's households are rolled up from everything below it ({@link
 * org.civicgrid.core.hierarchy.Grid#households()}); a grid with households and no holder has a gap too,
 * since it needs at least one. A gap names the grid, its households, its holders and how many it needs.
 * Immutable.
 *
 * @param householdsPerHolder the most households one holder serves, at least 1
 */
public record Capacity(RoleId role, long householdsPerHolder) implements Requirement {

  public Capacity {
    checkNotNull(role, "role");
    checkArgument(householdsPerHolder >= 1, "capacity of %s: %s households per holder, must be at least 1", role,
        householdsPerHolder);
  }

  /** At most {@code households} households per holder of {@code role}. */
  public static Capacity of(RoleId role, long households) {
    return new Capacity(role, households);
  }

  /** How many holders {@code households} households need: rounded up, 0 for none. */
  public long holdersNeeded(long households) {
    return (households + householdsPerHolder - 1) / householdsPerHolder;
  }

  @Override
  public ImmutableSet<RoleId> rolesNamed() {
    return ImmutableSet.of(role);
  }

  void check(PolicyRule rule, Team team, Evaluation evaluation) {
    long households = team.grid().households();
    long needed = holdersNeeded(households);
    int holders = Evaluation.holders(team, role).size();
    if (holders < needed) {
      evaluation.gap(rule, team.grid(), Evaluation.label(team.grid()) + " has " + households + " households and "
          + holders + " " + role + "; at most " + householdsPerHolder + " per holder needs " + needed);
    }
  }

  @Override
  public String toString() {
    return "at most " + householdsPerHolder + " households per " + role;
  }
}
