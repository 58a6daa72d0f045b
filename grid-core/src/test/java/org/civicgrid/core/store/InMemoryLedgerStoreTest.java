package org.civicgrid.core.store;

import org.civicgrid.core.spi.Config;

/** The in-memory default passes the whole ledger conformance kit. */
class InMemoryLedgerStoreTest extends LedgerStoreContract {
  @Override
  protected Storage open() {
    return new InMemoryStorageFactory().create(Config.empty());
  }

  @Override
  protected boolean isDurable() {
    return false;
  }
}
