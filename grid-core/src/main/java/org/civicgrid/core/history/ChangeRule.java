package org.civicgrid.core.history;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * Why a change was refused; see {@link IllegalChangeException#rule()}. Every rule is an error: a
 * revision breaking any of them is not applied at all.
 */
public enum ChangeRule implements Rule {
  /** The effective date is before the last revision's: history is never rewritten. */
  RETROACTIVE,
  /** A change names a grid that does not exist at that point. */
  UNKNOWN_GRID,
  /** A change names a place that does not exist. */
  UNKNOWN_PLACE,
  /** A new grid takes a code another grid has. */
  GRID_EXISTS,
  /** A new grid takes the code of a retired grid: codes are identities over time. */
  CODE_RETIRED,
  /** A split or merge names a grid that has child grids (re-coding subtrees is not supported). */
  HAS_CHILD_GRIDS,
  /** A retired grid still has child grids, places or households of its own. */
  NOT_EMPTY,
  /** A split leaves places of its source without a part. */
  UNASSIGNED_PLACES,
  /** A split assigns a place that is not in its source. */
  PLACE_NOT_IN_SOURCE,
  /** A contained place (a unit) would end up in another grid than its container (its building). */
  PLACE_SEPARATED,
  /** A split part or merge result is not at the source's level under the source's parent. */
  MISPLACED_GRID,
  /** Merged grids are not siblings of one level under one parent. */
  NOT_SIBLINGS,
  /** A change would change nothing (a rename to the same name, a move to the place's own grid). */
  NO_EFFECT,
  /** The changes leave a hierarchy with errors; the exception's report has the hierarchy's findings. */
  INVALID_RESULT;


  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
