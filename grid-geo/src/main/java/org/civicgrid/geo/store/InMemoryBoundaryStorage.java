package org.civicgrid.geo.store;

import static com.google.common.base.Preconditions.checkState;

/** The heap store {@link InMemoryBoundaryStorageFactory} opens. Thread-safe. */
final class InMemoryBoundaryStorage implements BoundaryStorage {
  private final InMemoryBoundaryStore boundaries = new InMemoryBoundaryStore(this);
  private volatile boolean closed;

  @Override
  public BoundaryStore boundaries() {
    checkOpen();
    return boundaries;
  }

  void checkOpen() {
    checkState(!closed, "in-memory boundary storage is closed");
  }

  @Override
  public void close() {
    closed = true;
  }
}
