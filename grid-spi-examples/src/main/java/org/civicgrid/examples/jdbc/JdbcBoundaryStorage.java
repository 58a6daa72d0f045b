package org.civicgrid.examples.jdbc;

import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStore;

/**
 * The {@link BoundaryStorage} of plugins {@code postgresql} and {@code embedded}: the boundary
 * store of one {@link JdbcDatabase}, whose pool it owns and closes. Thread-safe.
 */
final class JdbcBoundaryStorage implements BoundaryStorage {
  private final JdbcDatabase database;
  private final JdbcBoundaryStore boundaries;

  JdbcBoundaryStorage(JdbcDatabase database) {
    this.database = database;
    this.boundaries = new JdbcBoundaryStore(database);
  }

  @Override
  public BoundaryStore boundaries() {
    database.checkOpen();
    return boundaries;
  }

  @Override
  public void close() {
    database.close();
  }

  @Override
  public String toString() {
    return database.toString();
  }
}
