package org.civicgrid.geo.geojson;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * What {@link GeoJsonLayerReader} checks while importing a layer. Errors reject the whole import;
 * repairs, winding and parent containment are reported but do not stop it, because the coverage
 * checks are where a layer's tiling is judged.
 */
public enum GeoJsonRule implements Rule {
  /** The document is not JSON, is cut short, or is not a FeatureCollection. */
  MALFORMED_DOCUMENT(Severity.ERROR),
  /** The document's {@code crs} member names another system than the one declared for the import. */
  CRS_MISMATCH(Severity.ERROR),
  /** A member of {@code features} is not a GeoJSON Feature, or its geometry is not shaped as GeoJSON. */
  MALFORMED_FEATURE(Severity.ERROR),
  /** A feature has neither the code property nor an {@code id}. */
  MISSING_CODE(Severity.ERROR),
  /** A feature's code is not a grid code, or its {@code id} and code property disagree. */
  BAD_CODE(Severity.ERROR),
  /** Two features carry the same grid code. */
  DUPLICATE_CODE(Severity.ERROR),
  /** A feature's grid is not in the hierarchy given to the reader. */
  UNKNOWN_GRID(Severity.ERROR),
  /** A feature has a null geometry or empty coordinates. */
  EMPTY_GEOMETRY(Severity.ERROR),
  /** A feature's geometry is not a Polygon or MultiPolygon (a Point, a LineString, …). */
  WRONG_GEOMETRY_TYPE(Severity.ERROR),
  /** A position is not numeric, is NaN or infinite, or lies outside longitude ±180 / latitude ±90. */
  BAD_COORDINATE(Severity.ERROR),
  /** A ring has fewer than the four positions a closed ring needs. */
  RING_TOO_SHORT(Severity.ERROR),
  /** A ring's last position differs from its first. */
  RING_NOT_CLOSED(Severity.ERROR),
  /** An invalid polygon (self-intersecting, hole outside its shell, …) could not be repaired. */
  UNREPAIRABLE(Severity.ERROR),
  /** An invalid polygon was repaired; the finding gives the reason, where, and the area change. */
  REPAIRED(Severity.WARNING),
  /** A feature lies outside its nearest ancestor's boundary by more than the tolerance. */
  OUTSIDE_PARENT(Severity.WARNING),
  /** Rings were wound against RFC 7946 (exterior clockwise or holes counter-clockwise) and were rewound. */
  WRONG_WINDING(Severity.INFO);

  private final Severity severity;

  GeoJsonRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
