package org.civicgrid.examples.jdbc;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.core.store.Storage;
import org.civicgrid.core.store.StorageFactory;

/**
 * Plugin {@code postgresql} of the storage extension point: grid histories and the points ledger in
 * PostgreSQL (PostGIS optional). Its keys are {@link JdbcParameters#POSTGRESQL}; each {@link #create} opens a storage
 * with a connection pool of its own and brings the schema up to date. Thread-safe.
 */
public final class PostgresStorageFactory implements StorageFactory {
  /** The id to choose this plugin: {@code civicgrid.storage=postgresql}. */
  public static final String ID = "postgresql";

  @Override
  public String id() {
    return ID;
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
  public Storage create(Config config) {
    return new JdbcStorage(JdbcDatabase.open(JdbcParameters.postgresql(config)));
  }
}
