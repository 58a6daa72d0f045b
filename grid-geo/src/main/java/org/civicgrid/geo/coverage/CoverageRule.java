package org.civicgrid.geo.coverage;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/** The rules a level's boundaries are checked against; see {@link CoverageCheck}. */
public enum CoverageRule implements Rule {
  /** Part of a parent's area is covered by none of its children (the gap and its area in m²). */
  GAP(Severity.ERROR),
  /** Two grids of one level share area (the overlap and its area in m²). */
  OVERLAP(Severity.ERROR),
  /** Part of a child lies outside its parent (that part and its area in m²). */
  OUTSIDE_PARENT(Severity.ERROR),
  /**
   * Where two grids meet, their boundaries do not match vertex-for-vertex (the segments that do not
   * match), so the shared edge is drawn twice and slivers hide between the copies.
   */
  UNMATCHED_EDGE(Severity.ERROR),
  /** A grid of the hierarchy has no boundary. */
  MISSING_BOUNDARY(Severity.ERROR),
  /** A boundary belongs to a grid the hierarchy does not have (a retired or mistyped code). */
  UNKNOWN_GRID(Severity.WARNING);

  private final Severity severity;

  CoverageRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
