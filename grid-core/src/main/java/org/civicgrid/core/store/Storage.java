package org.civicgrid.core.store;

/**
 * An open store, created by a {@link StorageFactory}: the entry to the stores of each aggregate.
 * Safe for concurrent use; close it once when the application stops. Using a store after
 * {@link #close()} is an {@link IllegalStateException}.
 */
public interface Storage extends AutoCloseable {
  /** The store of territories' grid histories. */
  GridStore grids();

  /** The points ledger (积分制). */
  LedgerStore ledger();

  /** The store of territories' staff: role catalogues, members, assignments and absences. */
  StaffStore staff();

  /** Releases connections and files; idempotent. */
  @Override
  void close();
}
