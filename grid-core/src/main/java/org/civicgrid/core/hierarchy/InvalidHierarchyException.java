package org.civicgrid.core.hierarchy;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/** A hierarchy that cannot be built because it has errors; carries the whole validation report. */
public final class InvalidHierarchyException extends CivicGridException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient Report report;

  public InvalidHierarchyException(Report report) {
    super(ErrorCode.INVALID_HIERARCHY, summary(report));
    this.report = report;
  }

  /** Every finding of the failed validation, errors and warnings. */
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
