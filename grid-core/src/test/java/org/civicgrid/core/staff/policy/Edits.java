package org.civicgrid.core.staff.policy;

import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.Staffing;

/** Deliberate gaps in a complete team, for tests. */
final class Edits {
  private Edits() {}

  /** {@code staffing} without {@code person}'s assignments as {@code role} in {@code grid}. */
  static Staffing without(Staffing staffing, PersonId person, GridCode grid, Role role) {
    Staffing changed = staffing;
    for (Assignment a : staffing.assignments()) {
      if (a.person().equals(person) && a.grid().equals(grid) && a.role().equals(role.id())) {
        changed = changed.without(a);
      }
    }
    return changed;
  }

  /** {@code staffing} with {@code person} no longer a party member. */
  static Staffing leftTheParty(Staffing staffing, PersonId person) {
    return staffing.with(staffing.member(person).toBuilder().notPartyMember().build());
  }
}
