package org.civicgrid.examples.jdbc;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStorageFactory;

/**
 * Plugin {@code embedded} of the case-storage extension point: cases, their audit events and the
 * notification outbox in the same database file and with the same keys ({@link
 * JdbcParameters#EMBEDDED}) as {@link EmbeddedStorageFactory}, durable with no server. One process at
 * a time may open a file; any number of storages in that process may share it. Thread-safe.
 */
public final class EmbeddedCaseStorageFactory implements CaseStorageFactory {
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
  public CaseStorage create(Config config) {
    return new JdbcCaseStorage(JdbcDatabase.open(JdbcParameters.embedded(config)));
  }
}
