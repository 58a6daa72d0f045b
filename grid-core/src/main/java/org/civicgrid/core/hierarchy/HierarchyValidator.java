package org.civicgrid.core.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.LevelScheme;

/**
 * Checks grid nodes and places against a level scheme and reports every finding (see
 * {@link HierarchyRule}): duplicate codes, orphans, cycles, grids at the wrong level for their
 * parent or hanging under a level they may not, codes that break their level's rules or do not
 * extend their parent's, place problems, counts declared twice, and grids outside their household
 * band. Stateless and thread-safe.
 */
public final class HierarchyValidator {
  private HierarchyValidator() {}

  /** All findings for these nodes and places; never throws for bad data. */
  public static Report validate(LevelScheme scheme, List<GridNode> nodes, List<Place> places) {
    checkNotNull(scheme, "scheme");
    return Report.of(new HierarchyAssembly(scheme, nodes, places).findings);
  }
}
