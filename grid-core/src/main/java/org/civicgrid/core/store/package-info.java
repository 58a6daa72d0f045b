/**
 * Storage. A {@link org.civicgrid.core.store.StorageFactory} plugin opens a
 * {@link org.civicgrid.core.store.Storage}, which hands out one store per aggregate: the
 * {@link org.civicgrid.core.store.GridStore} keeps each territory's grid history, the
 * {@link org.civicgrid.core.store.StaffStore} each territory's staff, both under an optimistic
 * version per territory, and the {@link org.civicgrid.core.store.LedgerStore} the append-only points
 * ledger. Staff are written as lists of {@link org.civicgrid.core.store.StaffChange}s that a
 * {@link org.civicgrid.core.store.StaffingWrite} has checked against the hierarchy. The in-memory
 * default needs no configuration; every plugin proves itself against the conformance kit in
 * grid-core's test-jar.
 */
package org.civicgrid.core.store;
