package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/**
 * Staffing data that cannot be used because it breaks {@link StaffingRule}s; carries every finding,
 * and nothing of the data was applied. Code {@link ErrorCode#INVALID_STAFFING}. Findings name grids,
 * roles, persons by id and name — never contact data.
 */
public final class InvalidStaffingException extends CivicGridException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient Report report;

  public InvalidStaffingException(Report report) {
    super(ErrorCode.INVALID_STAFFING, summary(checkNotNull(report, "report")));
    this.report = report;
  }

  /** Every finding of the failed check. */
  public Report report() {
    return report;
  }

  private static String summary(Report report) {
    var errors = report.withSeverity(Severity.ERROR);
    StringBuilder s = new StringBuilder(errors.size() + " error(s)");
    errors.stream().limit(SHOWN).forEach(f -> s.append("\n  ").append(f));
    if (errors.size() > SHOWN) {
      s.append("\n  … and ").append(errors.size() - SHOWN).append(" more");
    }
    return s.toString();
  }
}
