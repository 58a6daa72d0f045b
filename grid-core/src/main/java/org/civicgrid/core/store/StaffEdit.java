package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.StaffMember;

/**
 * Applies {@link StaffChange}s to a working copy of {@link StaffRecords}, keyed as a database keys its
 * rows; the records it started from are never touched, so a refused change leaves nothing behind. The
 * copy keeps the records' order, replaced items in place and new ones at the end, so the records it
 * makes are nearly sorted and cheap to sort: a write of a few changes to 80,000 assignments costs a few
 * linear passes. Not thread-safe; one per write.
 */
final class StaffEdit {
  private final TerritoryId territory;
  private RoleCatalogue roles;
  private final LinkedHashMap<PersonId, StaffMember> members = new LinkedHashMap<>();
  private final LinkedHashMap<AssignmentKey, Assignment> assignments = new LinkedHashMap<>();
  private final LinkedHashMap<AbsenceKey, Absence> absences = new LinkedHashMap<>();

  /** An edit of a territory that has no staff stored yet. */
  StaffEdit(TerritoryId territory) {
    this.territory = territory;
  }

  StaffEdit(StaffRecords records) {
    this(records.territory());
    roles = records.roles();
    records.members().forEach(m -> members.put(m.id(), m));
    records.assignments().forEach(a -> assignments.put(AssignmentKey.of(a), a));
    records.absences().forEach(a -> absences.put(AbsenceKey.of(a), a));
  }

  StaffEdit apply(List<StaffChange> changes) {
    checkNotNull(changes, "changes");
    checkArgument(!changes.isEmpty(), "territory %s: a write needs at least one change", territory);
    for (StaffChange change : changes) {
      apply(checkNotNull(change, "change"));
    }
    return this;
  }

  /** The edited records, at {@code version}. */
  StaffRecords records(long version) {
    checkArgument(roles != null, "territory %s: a territory's first write must declare its roles (PutRoles)",
        territory);
    return StaffRecords.of(territory, version, roles, members.values(), assignments.values(), absences.values());
  }

  private void apply(StaffChange change) {
    if (change instanceof StaffChange.PutRoles put) {
      roles = put.roles();
    } else if (change instanceof StaffChange.PutMember put) {
      members.put(put.member().id(), put.member());
    } else if (change instanceof StaffChange.Assign assign) {
      AssignmentKey key = AssignmentKey.of(assign.assignment());
      if (assignments.putIfAbsent(key, assign.assignment()) != null) {
        throw refused(ErrorCode.ILLEGAL_CHANGE, "assignment " + key + " is stored already; end or remove it first");
      }
    } else if (change instanceof StaffChange.EndAssignment end) {
      assignments.put(end.assignment(), stored(end.assignment(), "end").endingBefore(end.until()));
    } else if (change instanceof StaffChange.RemoveAssignment remove) {
      stored(remove.assignment(), "remove");
      assignments.remove(remove.assignment());
    } else if (change instanceof StaffChange.AddAbsence add) {
      AbsenceKey key = AbsenceKey.of(add.absence());
      if (absences.putIfAbsent(key, add.absence()) != null) {
        throw refused(ErrorCode.ILLEGAL_CHANGE, "absence of " + key + " is stored already");
      }
    } else {
      StaffChange.RemoveAbsence remove = (StaffChange.RemoveAbsence) change;
      AbsenceKey key = new AbsenceKey(remove.person(), remove.from());
      if (absences.remove(key) == null) {
        throw refused(ErrorCode.NOT_FOUND, "no absence of " + key + " to remove");
      }
    }
  }

  private Assignment stored(AssignmentKey key, String verb) {
    Assignment stored = assignments.get(key);
    if (stored == null) {
      throw refused(ErrorCode.NOT_FOUND, "no assignment " + key + " to " + verb);
    }
    return stored;
  }

  private CivicGridException refused(ErrorCode code, String message) {
    return new CivicGridException(code, "territory " + territory + ": " + message);
  }
}
