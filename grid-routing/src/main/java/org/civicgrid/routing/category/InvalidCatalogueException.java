package org.civicgrid.routing.category;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/**
 * A category catalogue that cannot be built because it has errors — a duplicate code, a local code
 * that collides with the catalogue it extends, an unknown parent — so nothing of it was built.
 * Carries the whole report; the message shows the first errors, each naming its code.
 */
public final class InvalidCatalogueException extends CivicGridException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient Report report;

  /**
   * Creates the exception for the catalogue {@code catalogueId}.
   *
   * @param catalogueId the id of the catalogue that failed
   * @param report every finding, at least one of them an error
   */
  public InvalidCatalogueException(String catalogueId, Report report) {
    super(ErrorCode.INVALID_CATALOGUE, summary(catalogueId, report));
    this.report = report;
  }

  /** Every finding of the failed catalogue. */
  public Report report() {
    return report;
  }

  private static String summary(String catalogueId, Report report) {
    checkNotNull(report, "report");
    var errors = report.withSeverity(Severity.ERROR);
    StringBuilder s = new StringBuilder("catalogue ").append(catalogueId).append(": ")
        .append(errors.size()).append(" error(s)");
    errors.stream().limit(SHOWN).forEach(f -> s.append("\n  ").append(f));
    if (errors.size() > SHOWN) {
      s.append("\n  … and ").append(errors.size() - SHOWN).append(" more");
    }
    return s.toString();
  }
}
