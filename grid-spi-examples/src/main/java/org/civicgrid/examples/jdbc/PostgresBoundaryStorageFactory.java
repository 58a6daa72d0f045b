package org.civicgrid.examples.jdbc;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStorageFactory;

/**
 * Plugin {@code postgresql} of the boundary-storage extension point: grid boundaries in the same
 * database and with the same keys ({@link JdbcParameters#POSTGRESQL}) as {@link PostgresStorageFactory}.
 * Each {@link #create} opens a storage with a connection pool of its own. Thread-safe.
 */
public final class PostgresBoundaryStorageFactory implements BoundaryStorageFactory {
  @Override
  public String id() {
    return PostgresStorageFactory.ID;
  }

  @Override
  public List<ParameterDescriptor<?>> parameters() {
    return JdbcParameters.POSTGRESQL;
  }

  @Override
  public boolean isAvailable() {
    return JdbcParameters.hasDriver(Dialect.POSTGRESQL);
  }

  @Override
  public BoundaryStorage create(Config config) {
    return new JdbcBoundaryStorage(JdbcDatabase.open(JdbcParameters.postgresql(config)));
  }
}
