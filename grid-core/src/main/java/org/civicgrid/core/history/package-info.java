/**
 * Change over time (动态调整): grids are re-divided as populations change. A
 * {@link org.civicgrid.core.history.GridHistory} is the immutable timeline of one territory's
 * hierarchy, a sequence of {@link org.civicgrid.core.history.Revision}s, each a set of
 * {@link org.civicgrid.core.history.Change}s (add, split, merge, move places, rename, retire) applied
 * together from an effective date, inclusive, with a reason. Each revision leaves
 * {@link org.civicgrid.core.history.ChangeRecord}s in the history's
 * {@link org.civicgrid.core.history.ChangeLog}; grid codes are identities over time, never reused
 * once retired.
 */
package org.civicgrid.core.history;
