package org.civicgrid.core.staff.policy;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * The rules a {@link StaffingPolicy} itself must keep — as opposed to its {@link PolicyRule}s, which teams
 * must keep. All are errors: a policy that breaks one is not built, or not evaluated against that
 * catalogue and scheme ({@link InvalidPolicyException}). Each finding's subject is the policy rule's id or,
 * when a document is read ({@link StaffingPolicyJson}), the line.
 */
public enum PolicyDefinitionRule implements Rule {
  /** Two rules of one policy have the same id. */
  DUPLICATE_RULE,
  /** A severity override or a disabled rule names an id the policy does not have. */
  UNKNOWN_RULE,
  /** A rule names a role the role catalogue does not have. */
  UNKNOWN_ROLE,
  /** A rule applies to, or selects grids of, a level the level scheme does not have. */
  UNKNOWN_LEVEL;

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
