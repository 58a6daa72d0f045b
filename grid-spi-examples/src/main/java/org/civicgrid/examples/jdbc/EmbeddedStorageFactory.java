package org.civicgrid.examples.jdbc;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.core.store.Storage;
import org.civicgrid.core.store.StorageFactory;

/**
 * Plugin {@code embedded} of the storage extension point: grid histories and the points ledger in
 * an embedded H2 database file, no server needed. Its keys are {@link JdbcParameters#EMBEDDED}; each {@link #create} opens a storage
 * with a connection pool of its own and brings the schema up to date. Thread-safe.
 */
public final class EmbeddedStorageFactory implements StorageFactory {
  /** The id to choose this plugin: {@code civicgrid.storage=embedded}. */
  public static final String ID = "embedded";

  @Override
  public String id() {
    return ID;
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
  public Storage create(Config config) {
    return new JdbcStorage(JdbcDatabase.open(JdbcParameters.embedded(config)));
  }
}
