package org.civicgrid.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/**
 * An import that failed as a whole, so nothing of it was returned. Carries the full report: every
 * error with its line, and the notes and warnings found on the way. The message shows the first
 * errors.
 */
public final class ImportFailedException extends CivicGridException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient Report report;

  public ImportFailedException(String source, Report report) {
    super(ErrorCode.MALFORMED_INPUT, summary(source, report));
    this.report = report;
  }

  /** Every finding of the failed import. */
  public Report report() {
    return report;
  }

  private static String summary(String source, Report report) {
    checkNotNull(report, "report");
    var errors = report.withSeverity(Severity.ERROR);
    StringBuilder s = new StringBuilder(source).append(": ").append(errors.size()).append(" error(s)");
    errors.stream().limit(SHOWN).forEach(f -> s.append("\n  ").append(f));
    if (errors.size() > SHOWN) {
      s.append("\n  … and ").append(errors.size() - SHOWN).append(" more");
    }
    return s.toString();
  }
}
