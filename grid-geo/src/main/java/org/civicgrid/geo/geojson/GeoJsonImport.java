package org.civicgrid.geo.geojson;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.report.Report;
import org.civicgrid.geo.boundary.BoundaryLayer;

/**
 * A GeoJSON layer that was imported: the boundaries, each feature's properties as the file had
 * them, and the report of what was repaired or noticed on the way (never an error: an import with
 * errors throws {@link org.civicgrid.core.io.ImportFailedException} instead). Immutable and
 * thread-safe.
 */
public final class GeoJsonImport {
  private final BoundaryLayer layer;
  private final ImmutableMap<GridCode, Map<String, Object>> properties;
  private final Report report;

  GeoJsonImport(BoundaryLayer layer, ImmutableMap<GridCode, Map<String, Object>> properties, Report report) {
    this.layer = layer;
    this.properties = properties;
    this.report = report;
  }

  /** The boundaries, in the document's order, in the system declared to the reader. */
  public BoundaryLayer layer() {
    return layer;
  }

  /**
   * Every feature's properties by grid code. The maps are unmodifiable and keep JSON nulls, nested
   * objects (as maps) and arrays (as lists).
   */
  public ImmutableMap<GridCode, Map<String, Object>> properties() {
    return properties;
  }

  /** One grid's properties, if the layer has the grid. */
  public Optional<Map<String, Object>> properties(GridCode grid) {
    return Optional.ofNullable(properties.get(grid));
  }

  /** The warnings and notes of the import: repairs, rewound rings, grids outside their parent. */
  public Report report() {
    return report;
  }

  @Override
  public String toString() {
    return "GeoJsonImport[" + layer + ", " + report.findings().size() + " finding(s)]";
  }
}
