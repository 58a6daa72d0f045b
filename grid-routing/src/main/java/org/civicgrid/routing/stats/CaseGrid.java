package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.place.Place;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.HandlingUnit;

/**
 * Which grid a case is counted in when statistics group by grid or roll up to a level. An
 * application that locates points supplies its own (for example through a {@code GridLocator});
 * {@link #territorial} needs none. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CaseGrid {

  /** The case's grid, or empty when it has none. */
  Optional<GridCode> of(CaseState state);

  /**
   * The grid the case lies in (属地): the grid it was reported in, or the grid of the place it was
   * reported at; for a case reported at a point, the grid of the first grid unit that led it, else of
   * a grid unit handling it jointly now; otherwise none.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND}, when asked about a case at a place
   *     the hierarchy does not have
   */
  static CaseGrid territorial(GridHierarchy hierarchy) {
    checkNotNull(hierarchy, "hierarchy");
    return state -> {
      CasePlace place = state.intake().place();
      if (place instanceof CasePlace.InGrid inGrid) {
        return Optional.of(inGrid.grid());
      }
      if (place instanceof CasePlace.AtPlace atPlace) {
        Place known = hierarchy.place(atPlace.placeId()).orElseThrow(() -> new CivicGridException(
            ErrorCode.NOT_FOUND, "case " + state.id() + " is at place " + atPlace.placeId()
                + ", which this hierarchy does not have"));
        return Optional.of(known.grid());
      }
      return state.dispatchedUnits().stream().filter(u -> u.kind() == HandlingUnit.Kind.GRID).findFirst()
          .or(() -> state.units().stream().filter(u -> u.kind() == HandlingUnit.Kind.GRID).findFirst())
          .flatMap(HandlingUnit::gridCode);
    };
  }
}
