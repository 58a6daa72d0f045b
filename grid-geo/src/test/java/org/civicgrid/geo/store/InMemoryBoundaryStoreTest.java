package org.civicgrid.geo.store;

import org.civicgrid.core.spi.Config;

/** The in-memory default passes the whole conformance kit. */
class InMemoryBoundaryStoreTest extends BoundaryStoreContract {
  @Override
  protected BoundaryStorage open() {
    return new InMemoryBoundaryStorageFactory().create(Config.empty());
  }

  @Override
  protected boolean isDurable() {
    return false;
  }
}
