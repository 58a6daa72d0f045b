package org.civicgrid.core.staff;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * The rules a {@link Staffing} is checked against when it is built or changed. All are errors: a
 * staffing that breaks one is not made ({@link InvalidStaffingException}). Whether a team is complete
 * is a different question, answered by staffing policies.
 */
public enum StaffingRule implements Rule {
  /** Two staff members have the same person id. */
  DUPLICATE_MEMBER(Severity.ERROR),
  /** An assignment names a grid the hierarchy does not have. */
  UNKNOWN_GRID(Severity.ERROR),
  /** An assignment names a role the catalogue does not have. */
  UNKNOWN_ROLE(Severity.ERROR),
  /** An assignment names a person who is not a staff member. */
  UNKNOWN_PERSON(Severity.ERROR),
  /** An assignment names a backup who is not a staff member. */
  UNKNOWN_BACKUP(Severity.ERROR),
  /** An assignment names a place the hierarchy does not have. */
  UNKNOWN_PLACE(Severity.ERROR),
  /** An assignment names a place that lies neither in its grid nor in a grid below it. */
  PLACE_OUTSIDE_GRID(Severity.ERROR),
  /** Two assignments to a single-holder role (a grid leader) in one grid overlap in time. */
  SINGLE_HOLDER_OVERLAP(Severity.ERROR),
  /** One person holds the same role in the same grid (at the same place, if any) twice on some day. */
  DUPLICATE_HOLDING(Severity.ERROR),
  /** An absence names a person who is not a staff member. */
  ABSENCE_OF_UNKNOWN_PERSON(Severity.ERROR);

  private final Severity severity;

  StaffingRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
