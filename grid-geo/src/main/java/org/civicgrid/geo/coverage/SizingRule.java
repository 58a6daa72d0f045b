package org.civicgrid.geo.coverage;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * The area rules of a {@link SizingCheck}; households outside their band are reported with the
 * hierarchy's own {@link org.civicgrid.core.hierarchy.HierarchyRule#HOUSEHOLDS_OUTSIDE_BAND}. Bands
 * are guidance (规模适度), so a grid outside one is a warning.
 */
public enum SizingRule implements Rule {
  /** A grid's area lies outside the area band given for its level. */
  AREA_OUTSIDE_BAND(Severity.WARNING),
  /** A grid at a level with an area band has no boundary, so its area is unknown. */
  AREA_UNKNOWN(Severity.INFO);

  private final Severity severity;

  SizingRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
