package org.civicgrid.examples.jdbc;

import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStore;

/**
 * The {@link CaseStorage} of plugins {@code postgresql} and {@code embedded}: the case store and the
 * outbox of one {@link JdbcDatabase}, whose pool it owns and closes; both write in the database's
 * transactions, which is what makes a case's events and its notifications one atomic write.
 * Thread-safe.
 */
final class JdbcCaseStorage implements CaseStorage {
  private final JdbcDatabase database;
  private final JdbcCaseStore cases;
  private final JdbcOutbox outbox;

  JdbcCaseStorage(JdbcDatabase database) {
    this.database = database;
    this.cases = new JdbcCaseStore(database);
    this.outbox = new JdbcOutbox(database);
  }

  @Override
  public CaseStore cases() {
    database.checkOpen();
    return cases;
  }

  @Override
  public Outbox outbox() {
    database.checkOpen();
    return outbox;
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
