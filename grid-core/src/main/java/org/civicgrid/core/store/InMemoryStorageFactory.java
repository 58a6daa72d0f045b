package org.civicgrid.core.store;

import org.civicgrid.core.spi.Config;

/**
 * The default storage: every {@link #create} opens a new, empty store that lives in the heap and is
 * gone when closed. For tests, demos and applications that persist elsewhere. Thread-safe.
 */
public final class InMemoryStorageFactory implements StorageFactory {
  /** The id to choose this storage explicitly: {@code civicgrid.storage=in-memory}. */
  public static final String ID = "in-memory";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Storage create(Config config) {
    return new InMemoryStorage();
  }
}
