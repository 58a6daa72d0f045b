package org.civicgrid.routing.store;

import org.civicgrid.routing.notify.Outbox;

/**
 * An open case storage, created by a {@link CaseStorageFactory}: the case store and the outbox it
 * writes notifications to, which must live in the same transactional resource (one database), since
 * a case's events and its notifications are written in one atomic step. Safe for concurrent use;
 * close it once when the application stops. Using it after {@link #close()} is an {@link
 * IllegalStateException}.
 */
public interface CaseStorage extends AutoCloseable {
  /** The store of cases' audit events. */
  CaseStore cases();

  /** The notifications written with case changes and not yet delivered, and the dead letters. */
  Outbox outbox();

  /** Releases connections and files; idempotent. */
  @Override
  void close();
}
