package org.civicgrid.geo.layout.bench;

import org.civicgrid.geo.layout.LayoutMetrics;

/**
 * One layout of an instance scored against the generator's constraints (issue 7): its
 * {@link LayoutMetrics} and how many grids break each hard constraint. A grid outside the band counts
 * as flagged when the generator reported its parent as infeasible (too few households, no feasible
 * grid count, a building above the band, units in pieces); every other grid outside the band, every
 * grid crossing its parent, every grid in pieces inside a connected parent and every grid asked for
 * but left empty is a violation. Immutable.
 *
 * @param metrics the layout's figures
 * @param crossings grids not inside their parent
 * @param notContiguous grids in more than one piece although their parent's units are connected
 * @param emptyGrids grids asked for that got no unit
 * @param outsideBand grids whose households are outside the band
 * @param unflaggedOutsideBand of those, grids whose parent the generator did not flag as infeasible
 * @param seconds partition time on one core: the generator thread's CPU time, or gpmetis's reported
 *     "Partitioning" time summed over parents
 * @param wallSeconds partition time measured around the whole stage, gpmetis processes and file I/O included
 */
public record LayoutScore(LayoutMetrics metrics, int crossings, int notContiguous, int emptyGrids, int outsideBand,
    int unflaggedOutsideBand, double seconds, double wallSeconds) {

  /** Grids that break a constraint without a flag. */
  public int violations() {
    return crossings + notContiguous + emptyGrids + unflaggedOutsideBand;
  }

  /** Whether every grid keeps every constraint or is flagged with its parent's reason. */
  public boolean keepsConstraints() {
    return violations() == 0;
  }
}
