package org.civicgrid.examples.jdbc;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.core.store.Storage;
import org.civicgrid.core.store.StorageFactory;

/**
 * Plugin {@code embedded} of the storage extension point: grid histories and the points ledger in
 * one database file, durable with no server. Its keys are {@link JdbcParameters#EMBEDDED}; each
 * {@link #create} opens a storage with a connection pool of its own and brings the schema up to
 * date. One process at a time may open a file (H2 locks it); any number of storages in that
 * process may share it. Thread-safe.
 *
 * <p>Why H2 (rather than HSQLDB): one jar with no dependencies; a PostgreSQL mode that runs the
 * plugin's PostgreSQL statements unchanged ({@code ON CONFLICT DO NOTHING}, {@code nextval},
 * row-value comparisons, {@code SELECT … FOR UPDATE}, {@code LIMIT}); row locks under MVCC, so
 * concurrent writers wait and conflict as they do on PostgreSQL; and the standard SQLState for
 * a unique violation. Boundaries are WKB there.
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
