package org.civicgrid.core.staff.policy;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * What can be wrong with a policy document ({@link StaffingPolicyJson}) besides the {@link
 * PolicyDefinitionRule}s, which a document is held to as well. All are errors: the document is not read.
 * Each finding's subject is the line the problem starts on.
 */
public enum PolicyDocumentRule implements Rule {
  /** Not JSON, cut short, a field repeated in one object, or content after the document. */
  BROKEN_JSON,
  /** Not an object, a wrong or misplaced format or version, a bad id, an unknown or ill-typed top-level field. */
  MALFORMED_DOCUMENT,
  /** A rule that is not an object, lacks a field, has an unknown one, a value of the wrong type or out of range. */
  MALFORMED_RULE,
  /** The document includes a policy that is not among those it is read with. */
  UNKNOWN_INCLUDE;

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
