package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.StaffMember;

/**
 * One change to a territory's stored staff, as plain data: a {@link StaffStore#write} applies a list of
 * them in order, all or none. Each maps to one row operation of a database (an upsert, an insert, an
 * update of one column, a delete by key); {@link StaffRecords#apply} is the reference behaviour. A
 * change refers to stored assignments by {@link AssignmentKey} and to stored absences by person and
 * first moment. Immutable; {@code toString} masks contacts.
 */
public sealed interface StaffChange {
  /** Replaces the territory's role catalogue; a territory's first write must declare one. */
  record PutRoles(RoleCatalogue roles) implements StaffChange {
    public PutRoles {
      checkNotNull(roles, "roles");
    }
  }

  /** Adds a staff member, or replaces the stored member with the same id (new contacts, say). */
  record PutMember(StaffMember member) implements StaffChange {
    public PutMember {
      checkNotNull(member, "member");
    }
  }

  /** Adds an assignment; its {@link AssignmentKey} must be new to the territory. */
  record Assign(Assignment assignment) implements StaffChange {
    public Assign {
      checkNotNull(assignment, "assignment");
    }
  }

  /**
   * Ends a stored assignment before {@code until}, the first day it no longer holds (the successor's
   * first day when a post changes hands); it may also move the end of an ended assignment.
   */
  record EndAssignment(AssignmentKey assignment, LocalDate until) implements StaffChange {
    public EndAssignment {
      checkNotNull(assignment, "assignment");
      checkNotNull(until, "until");
      checkArgument(until.isAfter(assignment.from()),
          "%s cannot end before %s, which is not after its start; remove it instead", assignment, until);
    }
  }

  /** Removes a stored assignment as if it had never been made: a data-entry mistake, not an ending. */
  record RemoveAssignment(AssignmentKey assignment) implements StaffChange {
    public RemoveAssignment {
      checkNotNull(assignment, "assignment");
    }
  }

  /** Adds an absence; no stored absence of the same person may start at the same moment. */
  record AddAbsence(Absence absence) implements StaffChange {
    public AddAbsence {
      checkNotNull(absence, "absence");
    }
  }

  /** Removes the stored absence of {@code person} that starts at {@code from}. */
  record RemoveAbsence(PersonId person, LocalDateTime from) implements StaffChange {
    public RemoveAbsence {
      checkNotNull(person, "person");
      checkNotNull(from, "from");
    }

    /** The change that removes {@code absence}. */
    public static RemoveAbsence of(Absence absence) {
      checkNotNull(absence, "absence");
      return new RemoveAbsence(absence.person(), absence.from());
    }
  }
}
