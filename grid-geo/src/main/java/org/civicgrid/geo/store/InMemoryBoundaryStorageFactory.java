package org.civicgrid.geo.store;

import org.civicgrid.core.spi.Config;

/**
 * The default boundary storage: every {@link #create} opens a new, empty store that lives in the
 * heap and is gone when closed. For tests, demos and applications that persist elsewhere.
 * Thread-safe.
 */
public final class InMemoryBoundaryStorageFactory implements BoundaryStorageFactory {
  /** The id to choose this storage explicitly: {@code civicgrid.boundary-storage=in-memory}. */
  public static final String ID = "in-memory";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public BoundaryStorage create(Config config) {
    return new InMemoryBoundaryStorage();
  }
}
