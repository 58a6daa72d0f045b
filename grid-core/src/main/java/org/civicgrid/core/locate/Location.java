package org.civicgrid.core.locate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicgrid.core.code.GridCode;

/**
 * Where a point lies: the grid that owns it at every level, from the leaf up to the top; or, for a
 * point in no grid, the nearest grid and its distance. When two grids of a level overlap at the
 * point, one is chosen deterministically as the owner and the others are listed.
 *
 * @param point the point asked about
 * @param status whether the point is inside exactly one grid, inside several, or in none
 * @param grids the owning grid at each level, leaf first then its ancestors; empty when uncovered
 * @param overlapping the other grids that also contain the point (status {@link Status#OVERLAP})
 * @param nearest for an uncovered point, the nearest leaf grid
 * @param distanceMetres for an uncovered point, the distance to {@code nearest} in metres
 */
public record Location(
    GeoPoint point, Status status, List<GridCode> grids, List<GridCode> overlapping,
    Optional<GridCode> nearest, OptionalDouble distanceMetres) {

  /** How a point relates to the grids. */
  public enum Status {
    /** Inside (or on the owned boundary of) exactly one grid at each level. */
    INSIDE,
    /** Inside several grids of a level that overlap; the first listed owns it. */
    OVERLAP,
    /** Inside no grid: see {@link #nearest()} and {@link #distanceMetres()}. */
    UNCOVERED
  }

  public Location {
    checkNotNull(point, "point");
    checkNotNull(status, "status");
    grids = ImmutableList.copyOf(grids);
    overlapping = ImmutableList.copyOf(overlapping);
    checkNotNull(nearest, "nearest");
    checkNotNull(distanceMetres, "distanceMetres");
    checkArgument((status == Status.UNCOVERED) == grids.isEmpty(),
        "a %s location must %s grids", status, status == Status.UNCOVERED ? "have no" : "have");
    checkArgument((status == Status.OVERLAP) == !overlapping.isEmpty(),
        "overlapping grids are listed exactly when the status is OVERLAP");
  }

  /** A point owned by {@code grids} (leaf first), with no overlap. */
  public static Location inside(GeoPoint point, List<GridCode> grids) {
    return new Location(point, Status.INSIDE, grids, List.of(), Optional.empty(), OptionalDouble.empty());
  }

  /** A point in several overlapping grids: {@code grids} is the owner's path, the rest are listed. */
  public static Location overlap(GeoPoint point, List<GridCode> grids, List<GridCode> others) {
    return new Location(point, Status.OVERLAP, grids, others, Optional.empty(), OptionalDouble.empty());
  }

  /** A point in no grid, {@code distanceMetres} from the nearest one. */
  public static Location uncovered(GeoPoint point, GridCode nearest, double distanceMetres) {
    checkArgument(distanceMetres >= 0, "distance %s is negative", distanceMetres);
    return new Location(point, Status.UNCOVERED, List.of(), List.of(), Optional.of(nearest),
        OptionalDouble.of(distanceMetres));
  }

  /** The smallest grid holding the point. */
  public Optional<GridCode> leaf() {
    return grids.isEmpty() ? Optional.empty() : Optional.of(grids.get(0));
  }

  public boolean isCovered() {
    return status != Status.UNCOVERED;
  }
}
