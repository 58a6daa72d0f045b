package org.civicgrid.core.history;

/** What a {@link ChangeRecord} records. */
public enum ChangeKind {
  /** A grid was added. */
  ADDED,
  /** A grid was divided into parts and retired. */
  SPLIT,
  /** Grids were merged into one; the sources not surviving as it were retired. */
  MERGED,
  /** A place moved from one grid to another. */
  PLACE_MOVED,
  /** A grid got a new name. */
  RENAMED,
  /** An empty grid was retired. */
  RETIRED
}
