package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Report;

/**
 * A staffing policy that cannot be built or evaluated because it breaks {@link PolicyDefinitionRule}s:
 * rule ids repeated, overrides of rules it lacks, roles or levels unknown to the catalogue or scheme it is
 * evaluated with. Carries every finding; nothing was built or evaluated. Code {@link
 * ErrorCode#INVALID_POLICY}.
 */
public final class InvalidPolicyException extends CivicGridException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final String policy;
  private final transient Report report;

  public InvalidPolicyException(String policy, Report report) {
    super(ErrorCode.INVALID_POLICY, summary(checkNotNull(policy, "policy"), checkNotNull(report, "report")));
    this.policy = policy;
    this.report = report;
  }

  /** The id of the policy at fault. */
  public String policy() {
    return policy;
  }

  /** Every finding. */
  public Report report() {
    return report;
  }

  private static String summary(String policy, Report report) {
    StringBuilder s = new StringBuilder("policy " + policy + ": " + report.findings().size() + " error(s)");
    report.findings().stream().limit(SHOWN).forEach(f -> s.append("\n  ").append(f));
    if (report.findings().size() > SHOWN) {
      s.append("\n  … and ").append(report.findings().size() - SHOWN).append(" more");
    }
    return s.toString();
  }
}
