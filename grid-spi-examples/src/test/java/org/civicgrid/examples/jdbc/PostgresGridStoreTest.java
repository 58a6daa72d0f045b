package org.civicgrid.examples.jdbc;

import org.civicgrid.core.store.GridStoreContract;
import org.civicgrid.core.store.Storage;

/** Plugin {@code postgresql} passes the grid-store conformance kit against a real server. */
class PostgresGridStoreTest extends GridStoreContract {
  @Override
  protected Storage open() {
    return PostgresTestServer.storage("civicgrid");
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
