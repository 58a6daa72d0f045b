/**
 * Storage. A {@link org.civicgrid.core.store.StorageFactory} plugin opens a
 * {@link org.civicgrid.core.store.Storage}, whose {@link org.civicgrid.core.store.GridStore} keeps
 * each territory's grid history under optimistic versioning and whose
 * {@link org.civicgrid.core.store.LedgerStore} keeps the append-only points ledger. The in-memory
 * default needs no configuration; every plugin proves itself against the conformance kit in
 * grid-core's test-jar.
 */
package org.civicgrid.core.store;
