package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.civicgrid.core.hierarchy.Grid;

/**
 * A grid's team on one day: the assignments effective in that grid on that date, ordered by role (in
 * catalogue order), then by start and person. Staffing policies evaluate teams; members' attributes
 * come from {@link Staffing#member}. Immutable.
 *
 * @param assignments the assignments effective in {@code grid} on {@code date}, cadre links included
 */
public record Team(Grid grid, LocalDate date, ImmutableList<Assignment> assignments) {
  public Team {
    checkNotNull(grid, "grid");
    checkNotNull(date, "date");
    assignments = ImmutableList.copyOf(assignments);
  }

  /** The assignments of one role, in start order. */
  public ImmutableList<Assignment> assignments(RoleId role) {
    checkNotNull(role, "role");
    return assignments.stream().filter(a -> a.role().equals(role)).collect(ImmutableList.toImmutableList());
  }

  /** Who holds {@code role}, in start order. */
  public ImmutableList<PersonId> holders(RoleId role) {
    return assignments(role).stream().map(Assignment::person).collect(ImmutableList.toImmutableList());
  }

  /** How many hold {@code role}. */
  public int count(RoleId role) {
    checkNotNull(role, "role");
    return (int) assignments.stream().filter(a -> a.role().equals(role)).count();
  }

  /** The roles held, in catalogue order. */
  public ImmutableSet<RoleId> roles() {
    return assignments.stream().map(Assignment::role).collect(ImmutableSet.toImmutableSet());
  }

  /** Everyone in the team, each once. */
  public ImmutableSet<PersonId> persons() {
    return assignments.stream().map(Assignment::person).collect(ImmutableSet.toImmutableSet());
  }

  public boolean isEmpty() {
    return assignments.isEmpty();
  }

  @Override
  public String toString() {
    return "Team[" + grid.code() + " " + grid.name() + " on " + date + ": " + assignments.size() + " assignments]";
  }
}
