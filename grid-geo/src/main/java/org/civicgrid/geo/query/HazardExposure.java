package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.Level;

/**
 * The answer to a hazard query: the grids of a level the hazard reaches, most exposed households
 * first, and what the query noted (a repaired hazard area, grids it could not assess, counts that
 * are estimates). Before a rainstorm this is the list of grids whose workers go to the low-lying
 * houses first. Immutable as long as nobody modifies the hazard's geometry.
 *
 * @param hazard the hazard as used (its area repaired if it was invalid)
 * @param level the level of the grids
 * @param grids the affected grids, by exposed households descending, then by code
 * @param findings notes on the answer
 */
public record HazardExposure(Hazard hazard, Level level, ImmutableList<AffectedGrid> grids, Report findings) {
  public HazardExposure {
    checkNotNull(hazard, "hazard");
    checkNotNull(level, "level");
    grids = ImmutableList.copyOf(grids);
    checkNotNull(findings, "findings");
  }

  /** True when the hazard reaches no grid. */
  public boolean isEmpty() {
    return grids.isEmpty();
  }

  /** The exposed households of all affected grids. */
  public double exposedHouseholds() {
    return grids.stream().mapToDouble(AffectedGrid::exposedHouseholds).sum();
  }
}
