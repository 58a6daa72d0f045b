package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkState;

import org.civicgrid.routing.notify.Outbox;

/**
 * The heap storage {@link InMemoryCaseStorageFactory} opens. Its case store and outbox write under
 * one lock, which is what makes an append and its notifications one atomic step; loading a case takes
 * no lock, and a page of cases takes it only to merge the ids added since the last page. Thread-safe.
 */
final class InMemoryCaseStorage implements CaseStorage {
  private final Object writeLock = new Object();
  private final InMemoryOutbox outbox = new InMemoryOutbox(this);
  private final InMemoryCaseStore cases = new InMemoryCaseStore(this, outbox);
  private volatile boolean closed;

  @Override
  public CaseStore cases() {
    checkOpen();
    return cases;
  }

  @Override
  public Outbox outbox() {
    checkOpen();
    return outbox;
  }

  Object writeLock() {
    return writeLock;
  }

  void checkOpen() {
    checkState(!closed, "in-memory case storage is closed");
  }

  @Override
  public void close() {
    closed = true;
  }
}
