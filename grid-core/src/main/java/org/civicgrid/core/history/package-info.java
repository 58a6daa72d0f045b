/**
 * Change over time (动态调整): grids are re-divided as populations change. A
 * {@link org.civicgrid.core.history.GridHistory} is an immutable timeline of one territory's
 * hierarchy in which every {@link org.civicgrid.core.history.Change} (add, split, merge, move places,
 * rename, retire) belongs to a {@link org.civicgrid.core.history.Revision} with an effective date
 * (inclusive) and a reason, and leaves {@link org.civicgrid.core.history.ChangeRecord}s in a
 * {@link org.civicgrid.core.history.ChangeLog}; grid codes are identities over time and are never
 * reused once retired.
 */
package org.civicgrid.core.history;
