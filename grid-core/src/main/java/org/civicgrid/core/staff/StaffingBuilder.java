package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.report.Report;

/**
 * Collects members, assignments and absences, then checks them and builds a {@link Staffing} — all of
 * it or, on any broken {@link StaffingRule}, nothing. Start one with {@link Staffing#builder} or, to
 * change much of a staffing at once, {@link Staffing#toBuilder}. Not thread-safe.
 */
public final class StaffingBuilder {
  private final GridHierarchy hierarchy;
  private final RoleCatalogue roles;
  final List<StaffMember> members = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();
  final List<Absence> absences = new ArrayList<>();
  /** The index of the staffing this builder started from, which lends what depends on the hierarchy only. */
  StaffingIndex previous;

  StaffingBuilder(GridHierarchy hierarchy, RoleCatalogue roles) {
    this.hierarchy = checkNotNull(hierarchy, "hierarchy");
    this.roles = checkNotNull(roles, "roles");
  }

  public StaffingBuilder member(StaffMember member) {
    members.add(checkNotNull(member, "member"));
    return this;
  }

  public StaffingBuilder members(Iterable<StaffMember> members) {
    members.forEach(this::member);
    return this;
  }

  public StaffingBuilder assign(Assignment assignment) {
    assignments.add(checkNotNull(assignment, "assignment"));
    return this;
  }

  public StaffingBuilder assignAll(Iterable<Assignment> assignments) {
    assignments.forEach(this::assign);
    return this;
  }

  public StaffingBuilder absence(Absence absence) {
    absences.add(checkNotNull(absence, "absence"));
    return this;
  }

  public StaffingBuilder absences(Iterable<Absence> absences) {
    absences.forEach(this::absence);
    return this;
  }

  /** Every finding of what has been added so far. */
  public Report validate() {
    return StaffingCheck.check(hierarchy, roles,
        StaffingIndex.of(hierarchy, roles, members, assignments, absences, null), assignments, absences);
  }

  /**
   * Checks everything added and builds the staffing.
   *
   * @throws InvalidStaffingException with every finding when any {@link StaffingRule} is broken
   */
  public Staffing build() {
    return Staffing.build(hierarchy, roles, members, assignments, absences, previous);
  }
}
