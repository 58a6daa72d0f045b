package org.civicgrid.routing.store;

import org.civicgrid.core.spi.Config;

/**
 * The default case storage: every {@link #create} opens a new, empty storage that lives in the heap
 * and is gone when closed. For tests, demos, the simulator and applications that persist elsewhere.
 * Thread-safe.
 */
public final class InMemoryCaseStorageFactory implements CaseStorageFactory {
  /** The id to choose this storage explicitly: {@code civicgrid.case-storage=in-memory}. */
  public static final String ID = "in-memory";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CaseStorage create(Config config) {
    return new InMemoryCaseStorage();
  }
}
