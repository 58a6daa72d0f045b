package org.civicgrid.geo.store;

/**
 * An open boundary store, created by a {@link BoundaryStorageFactory}. Safe for concurrent use;
 * close it once when the application stops. Using it after {@link #close()} is an {@link
 * IllegalStateException}.
 */
public interface BoundaryStorage extends AutoCloseable {
  /** The store of territories' boundaries. */
  BoundaryStore boundaries();

  /** Releases connections and files; idempotent. */
  @Override
  void close();
}
