package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogue;

/**
 * Which unit stands at a rung for a case: the grid worker's grid, the community and subdistrict
 * above it, the district centre, the department matching the case's category. A deployment answers
 * from its grid hierarchy and category catalogue; implementations must be pure and thread-safe, since
 * checkers call them concurrently and a restarted checker must get the same answer.
 */
@FunctionalInterface
public interface RungUnits {

  /** The unit that leads the case when it reaches {@code rung}. */
  HandlingUnit unitAt(CaseState state, EscalationRung rung);

  /**
   * The units of a deployment whose grid codes follow the national structure (GB/T 10114): the grid
   * worker's rung is the smallest grid handling the case (else the grid it was reported in or at), the
   * community rung that grid's enclosing 12-digit community or village, the subdistrict rung its 9-digit
   * subdistrict or township — the grid itself when it lies at or above that level — the district
   * centre {@code centre}, and the department rung the department the catalogue names for the case's
   * category. A case with no known grid, or of a category the catalogue lacks, goes to {@code centre}
   * at those rungs.
   *
   * @throws IllegalArgumentException when {@code centre} is not a department unit
   */
  static RungUnits inHierarchy(GridHierarchy hierarchy, CategoryCatalogue catalogue, HandlingUnit centre) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(catalogue, "catalogue");
    checkArgument(checkNotNull(centre, "centre").kind() == HandlingUnit.Kind.DEPARTMENT,
        "the district centre must be a department unit, not %s", centre);
    return new HierarchyRungUnits(hierarchy, catalogue, centre);
  }
}
