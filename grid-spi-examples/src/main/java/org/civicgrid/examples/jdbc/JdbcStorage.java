package org.civicgrid.examples.jdbc;

import org.civicgrid.core.store.GridStore;
import org.civicgrid.core.store.LedgerStore;
import org.civicgrid.core.store.StaffStore;
import org.civicgrid.core.store.Storage;

/**
 * The {@link Storage} of plugins {@code postgresql} and {@code embedded}: the stores of one {@link
 * JdbcDatabase}, whose pool it owns and closes. Thread-safe.
 */
final class JdbcStorage implements Storage {
  private final JdbcDatabase database;
  private final JdbcGridStore grids;
  private final JdbcLedgerStore ledger;
  private final JdbcStaffStore staff;

  JdbcStorage(JdbcDatabase database) {
    this.database = database;
    this.grids = new JdbcGridStore(database);
    this.ledger = new JdbcLedgerStore(database);
    this.staff = new JdbcStaffStore(database);
  }

  @Override
  public GridStore grids() {
    database.checkOpen();
    return grids;
  }

  @Override
  public LedgerStore ledger() {
    database.checkOpen();
    return ledger;
  }

  @Override
  public StaffStore staff() {
    database.checkOpen();
    return staff;
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
