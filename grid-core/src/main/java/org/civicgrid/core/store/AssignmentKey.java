package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;

/**
 * What identifies a stored {@link Assignment}: its grid, role, person, place and first day. A valid
 * staffing never holds two assignments alike in all five (one person cannot hold one post twice on one
 * day), so a store keys its assignments by them, and a write ends or removes an assignment by its key.
 *
 * <p>Keys order a territory's assignments for paging: by grid, role, person, place (none first) and
 * first day. Ids compare as Java strings; grid, role and person ids are ASCII, so this is their binary
 * order in a database ({@code COLLATE "C"}), and so is that of ASCII place ids. Immutable.
 *
 * @param place the place the role is held at, if any; never blank
 * @param from the assignment's first day, {@code period().from()}
 */
public record AssignmentKey(GridCode grid, RoleId role, PersonId person, Optional<String> place, LocalDate from)
    implements Comparable<AssignmentKey> {
  /** First day, then key order: the order of an assignment history ("all of P's posts over time"). */
  static final Comparator<Assignment> BY_START =
      Comparator.comparing((Assignment a) -> a.period().from()).thenComparing(AssignmentKey::of);

  public AssignmentKey {
    checkNotNull(grid, "grid");
    checkNotNull(role, "role");
    checkNotNull(person, "person");
    checkNotNull(place, "place");
    checkNotNull(from, "from");
    checkArgument(place.isEmpty() || !place.get().isBlank(), "assignment key of %s in %s: blank place id",
        person, grid);
  }

  /** The key of {@code assignment}. */
  public static AssignmentKey of(Assignment assignment) {
    checkNotNull(assignment, "assignment");
    return new AssignmentKey(assignment.grid(), assignment.role(), assignment.person(), assignment.place(),
        assignment.period().from());
  }

  @Override
  public int compareTo(AssignmentKey other) {
    int c = grid.compareTo(other.grid);
    if (c == 0) {
      c = role.compareTo(other.role);
    }
    if (c == 0) {
      c = person.compareTo(other.person);
    }
    if (c == 0) {
      c = place.orElse("").compareTo(other.place.orElse(""));
    }
    return c != 0 ? c : from.compareTo(other.from);
  }

  @Override
  public String toString() {
    return person + " as " + role + " of " + grid + place.map(p -> " at " + p).orElse("") + " from " + from;
  }
}
