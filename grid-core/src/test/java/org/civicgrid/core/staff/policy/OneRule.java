package org.civicgrid.core.staff.policy;

import java.time.LocalDate;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.Staffing;

/** A policy of one rule, {@code rule}, for testing a requirement on its own. */
final class OneRule {
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private OneRule() {}

  static StaffingPolicy policy(Requirement requirement, String... levels) {
    return StaffingPolicy.builder("test").rule("rule", Severity.ERROR, requirement, levels).build();
  }

  /** The gaps of {@code staffing} on {@link #DAY} under {@code requirement} at {@code levels} (all if none). */
  static Report gaps(Staffing staffing, Requirement requirement, String... levels) {
    return policy(requirement, levels).evaluate(staffing, DAY);
  }
}
