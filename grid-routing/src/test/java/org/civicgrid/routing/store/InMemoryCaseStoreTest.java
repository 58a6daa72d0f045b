package org.civicgrid.routing.store;

import org.civicgrid.core.spi.Config;

/** The in-memory default passes the whole conformance kit. */
class InMemoryCaseStoreTest extends CaseStoreContract {
  @Override
  protected CaseStorage open() {
    return new InMemoryCaseStorageFactory().create(Config.empty());
  }

  @Override
  protected boolean isDurable() {
    return false;
  }
}
