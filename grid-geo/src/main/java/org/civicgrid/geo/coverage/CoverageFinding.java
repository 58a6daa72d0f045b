package org.civicgrid.geo.coverage;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Rule;
import org.locationtech.jts.geom.Geometry;

/**
 * A finding of a coverage check with the geometry that shows it, in the layer's coordinate system:
 * the gap, the overlap, the part of a child outside its parent, the segments that do not match, or
 * the boundary of an unknown grid. A missing boundary has nothing to show: its geometry is empty.
 * Immutable as long as callers do not modify the geometry (JTS geometries are mutable; copy first).
 *
 * @param finding the rule, severity, subject (a grid code) and message
 * @param where the offending geometry, never null, empty when there is nothing to draw
 */
public record CoverageFinding(Finding finding, Geometry where) {
  public CoverageFinding {
    checkNotNull(finding, "finding");
    checkNotNull(where, "where");
  }

  /** A finding of {@code rule} with the rule's own severity. */
  public static CoverageFinding of(Rule rule, String subject, String message, Geometry where) {
    return new CoverageFinding(Finding.of(rule, subject, message), where);
  }

  /** True when there is a geometry to draw. */
  public boolean hasGeometry() {
    return !where.isEmpty();
  }

  @Override
  public String toString() {
    return finding + (hasGeometry() ? " at " + where.getGeometryType() : "");
  }
}
