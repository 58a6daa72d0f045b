package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.code.GridCode;

/**
 * A grid and how far a point is from it: 0 when the point lies in it or on its boundary. Immutable.
 *
 * @param grid the grid's code
 * @param metres the distance from the point to the nearest point of the grid's boundary or area
 */
public record GridDistance(GridCode grid, double metres) {
  public GridDistance {
    checkNotNull(grid, "grid");
    checkArgument(metres >= 0, "distance %s to %s is negative", metres, grid);
  }
}
