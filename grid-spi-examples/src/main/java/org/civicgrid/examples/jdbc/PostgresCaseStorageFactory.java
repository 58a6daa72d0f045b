package org.civicgrid.examples.jdbc;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStorageFactory;

/**
 * Plugin {@code postgresql} of the case-storage extension point: cases, their audit events and the
 * notification outbox in the same database and with the same keys ({@link JdbcParameters#POSTGRESQL})
 * as {@link PostgresStorageFactory}. Each {@link #create} opens a storage with a connection pool of
 * its own and brings the schema up to date. Several processes may share one database, and their
 * dispatchers one outbox. Thread-safe.
 */
public final class PostgresCaseStorageFactory implements CaseStorageFactory {
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
  public CaseStorage create(Config config) {
    return new JdbcCaseStorage(JdbcDatabase.open(JdbcParameters.postgresql(config)));
  }
}
