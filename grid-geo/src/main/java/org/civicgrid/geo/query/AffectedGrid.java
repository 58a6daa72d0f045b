package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.code.GridCode;

/**
 * One grid a hazard reaches and how many of its households are exposed. Households whose place has a
 * known position are counted exactly (inside the hazard or not); the rest, including every household
 * when no place is located, are estimated by the share of the grid's area the hazard covers.
 * Immutable.
 *
 * @param grid the grid's code
 * @param name the grid's name, for the worker's list
 * @param areaShare the share of the grid's area inside the hazard, 0–1
 * @param households all households of the grid, rolled up from everything below it
 * @param placesInside located places (buildings, household groups) inside the hazard
 * @param householdsInPlacesInside households of those places
 * @param exposedHouseholds {@code householdsInPlacesInside} plus the households of unlocated places
 *     scaled by {@code areaShare}: the estimate the list is sorted by
 */
public record AffectedGrid(
    GridCode grid, String name, double areaShare, long households, int placesInside,
    long householdsInPlacesInside, double exposedHouseholds) {
  public AffectedGrid {
    checkNotNull(grid, "grid");
    checkNotNull(name, "name");
    checkArgument(areaShare >= 0 && areaShare <= 1, "grid %s: area share %s outside 0–1", grid, areaShare);
    checkArgument(households >= 0 && placesInside >= 0 && householdsInPlacesInside >= 0 && exposedHouseholds >= 0,
        "grid %s: negative count", grid);
  }
}
