package org.civicgrid.examples.jdbc;

import org.civicgrid.core.store.LedgerStoreContract;
import org.civicgrid.core.store.Storage;

/** Plugin {@code postgresql} passes the ledger conformance kit against a real server. */
class PostgresLedgerStoreTest extends LedgerStoreContract {
  @Override
  protected Storage open() {
    return PostgresTestServer.storage("civicgrid");
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
