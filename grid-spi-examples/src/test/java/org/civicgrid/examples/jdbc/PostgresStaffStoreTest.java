package org.civicgrid.examples.jdbc;

import org.civicgrid.core.store.StaffStoreContract;
import org.civicgrid.core.store.Storage;

/** Plugin {@code postgresql} passes the staff-store conformance kit against a real server. */
class PostgresStaffStoreTest extends StaffStoreContract {
  @Override
  protected Storage open() {
    return PostgresTestServer.storage("civicgrid");
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
