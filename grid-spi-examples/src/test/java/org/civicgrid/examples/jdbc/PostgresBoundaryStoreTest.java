package org.civicgrid.examples.jdbc;

import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStoreContract;

/** Plugin {@code postgresql} passes the boundary conformance kit with boundaries as PostGIS geometry. */
class PostgresBoundaryStoreTest extends BoundaryStoreContract {
  @Override
  protected BoundaryStorage open() {
    return PostgresTestServer.boundaryStorage("civicgrid", GeometryFormat.POSTGIS);
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
