package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.GeoPoint;

/**
 * Where a case is: a point with its coordinate system (a photo's position, a patrol's GPS fix), a
 * known place such as a building (楼栋), or only a grid. Routing finds the grid of a point through a
 * {@code GridLocator} and of a building through the hierarchy's places. Immutable.
 */
public sealed interface CasePlace permits CasePlace.AtPoint, CasePlace.AtPlace, CasePlace.InGrid {

  /** A place at a point, in the point's declared coordinate system. */
  static CasePlace at(GeoPoint point) {
    return new AtPoint(point);
  }

  /** A place known to the hierarchy by its place id, such as a building. */
  static CasePlace place(String placeId) {
    return new AtPlace(placeId);
  }

  /** A place known only by the grid it lies in. */
  static CasePlace in(GridCode grid) {
    return new InGrid(grid);
  }

  /** A point such as the position of a resident's photo; its coordinate system travels with it. */
  record AtPoint(GeoPoint point) implements CasePlace {
    public AtPoint {
      checkNotNull(point, "point");
    }

    @Override
    public String toString() {
      return "at " + point;
    }
  }

  /** A place of the hierarchy ({@code org.civicgrid.core.place.Place}) by its id. */
  record AtPlace(String placeId) implements CasePlace {
    public AtPlace {
      checkArgument(placeId != null && !placeId.isBlank(), "place id %s must not be blank", placeId);
    }

    @Override
    public String toString() {
      return "place " + placeId;
    }
  }

  /** Somewhere in a grid, when nothing finer is known. */
  record InGrid(GridCode grid) implements CasePlace {
    public InGrid {
      checkNotNull(grid, "grid");
    }

    @Override
    public String toString() {
      return "grid " + grid;
    }
  }
}
