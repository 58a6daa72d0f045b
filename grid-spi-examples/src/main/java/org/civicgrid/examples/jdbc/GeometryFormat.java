package org.civicgrid.examples.jdbc;

/**
 * How the {@code postgresql} plugin stores grid boundaries, its {@code geometry} parameter. The
 * choice is made when the plugin first creates its schema; afterwards the schema's own column type
 * decides, and a different explicit choice is an error rather than a silent conversion.
 */
public enum GeometryFormat {
  /** PostGIS {@code geometry} when the PostGIS extension is installed in the database, else WKB. */
  AUTO,
  /** PostGIS {@code geometry}; starting fails if the extension is not installed. */
  POSTGIS,
  /** WKB in a {@code bytea} column, whether PostGIS is installed or not. */
  WKB
}
