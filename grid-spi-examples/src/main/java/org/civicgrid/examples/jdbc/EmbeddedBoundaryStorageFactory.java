package org.civicgrid.examples.jdbc;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStorageFactory;

/**
 * Plugin {@code embedded} of the boundary-storage extension point: grid boundaries in the same
 * database and with the same keys ({@link JdbcParameters#EMBEDDED}) as {@link EmbeddedStorageFactory}.
 * Each {@link #create} opens a storage with a connection pool of its own. Thread-safe.
 */
public final class EmbeddedBoundaryStorageFactory implements BoundaryStorageFactory {
  @Override
  public String id() {
    return EmbeddedStorageFactory.ID;
  }

  @Override
  public List<ParameterDescriptor<?>> parameters() {
    return JdbcParameters.EMBEDDED;
  }

  @Override
  public boolean isAvailable() {
    return JdbcParameters.hasDriver(Dialect.H2);
  }

  @Override
  public BoundaryStorage create(Config config) {
    return new JdbcBoundaryStorage(JdbcDatabase.open(JdbcParameters.embedded(config)));
  }
}
