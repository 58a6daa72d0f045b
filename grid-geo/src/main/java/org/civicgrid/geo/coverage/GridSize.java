package org.civicgrid.geo.coverage;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;
import org.civicgrid.core.code.GridCode;

/**
 * How big one grid is: its households rolled up from everything below it, and its area in m² when it
 * has a boundary. Immutable.
 *
 * @param grid the grid's code
 * @param households households in the grid and everything below it
 * @param squareMetres the area of its boundary, empty when it has none
 */
public record GridSize(GridCode grid, long households, OptionalDouble squareMetres) {
  public GridSize {
    checkNotNull(grid, "grid");
    checkNotNull(squareMetres, "squareMetres");
  }
}
