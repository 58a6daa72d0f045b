package org.civicgrid.examples.jdbc;

import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStoreContract;

/**
 * Plugin {@code postgresql} passes the boundary conformance kit with boundaries as WKB, as on a
 * server without PostGIS, in a schema of its own.
 */
class PostgresWkbBoundaryStoreTest extends BoundaryStoreContract {
  @Override
  protected BoundaryStorage open() {
    return PostgresTestServer.boundaryStorage("civicgrid_wkb", GeometryFormat.WKB);
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
