package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkState;

/** The heap store {@link InMemoryStorageFactory} opens. Thread-safe. */
final class InMemoryStorage implements Storage {
  private final InMemoryGridStore grids = new InMemoryGridStore(this);
  private final InMemoryLedgerStore ledger = new InMemoryLedgerStore(this);
  private final InMemoryStaffStore staff = new InMemoryStaffStore(this);
  private volatile boolean closed;

  @Override
  public GridStore grids() {
    checkOpen();
    return grids;
  }

  @Override
  public LedgerStore ledger() {
    checkOpen();
    return ledger;
  }

  @Override
  public StaffStore staff() {
    checkOpen();
    return staff;
  }

  void checkOpen() {
    checkState(!closed, "in-memory storage is closed");
  }

  @Override
  public void close() {
    closed = true;
  }
}
