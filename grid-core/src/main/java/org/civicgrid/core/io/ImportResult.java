package org.civicgrid.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.report.Report;

/**
 * A successful import: the hierarchy and the report of what the import noticed on the way (notes and
 * warnings, never errors). Immutable.
 */
public record ImportResult(GridHierarchy hierarchy, Report report) {
  public ImportResult {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(report, "report");
  }
}
