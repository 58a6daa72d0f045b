package org.civicgrid.geo.geojson;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/**
 * A GeoJSON layer that was not imported, with the whole report of the attempt: a document that is
 * not JSON (naming the line and column), or features with errors. Nothing of the document was
 * applied. Code {@link ErrorCode#MALFORMED_INPUT}.
 */
public final class GeoJsonImportException extends CivicGridException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient Report report;

  GeoJsonImportException(Report report, Throwable cause) {
    super(ErrorCode.MALFORMED_INPUT, summary(report), cause);
    this.report = report;
  }

  /** Every finding of the failed import, errors, warnings and notes. */
  public Report report() {
    return report;
  }

  private static String summary(Report report) {
    var errors = checkNotNull(report, "report").withSeverity(Severity.ERROR);
    StringBuilder s = new StringBuilder("GeoJSON layer not imported, ").append(errors.size()).append(" error(s)");
    errors.stream().limit(SHOWN).forEach(f -> s.append("\n  ").append(f));
    if (errors.size() > SHOWN) {
      s.append("\n  … and ").append(errors.size() - SHOWN).append(" more");
    }
    return s.toString();
  }
}
