package org.civicgrid.geo.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;

/**
 * A {@link GridLocator} served from flat primitive arrays: a uniform grid of cells over the leaf
 * boundaries, where a cell wholly inside one grid answers without any geometry and a boundary cell
 * tests only the few edges that touch it, stored with the cell. One call returns the
 * leaf grid and all its ancestors. Built by {@link GridIndex}; to follow boundary changes, publish
 * new ones through a {@link LiveGridLocator}.
 *
 * <p><b>Who owns a point.</b>
 * <ol>
 *   <li>A point belongs to the grids whose area holds the point shifted by an infinitesimal step
 *       right and an even smaller one up: the half-open crossing-number rule. So a point on a
 *       shared edge belongs to the grid on its right, on a horizontal shared edge to the grid
 *       above, and on a shared vertex to the grid that holds the points just right of it (just
 *       above when that direction runs along an edge). In a seamless coverage every point has
 *       exactly one owner, decided with exact arithmetic.
 *   <li>A point on a boundary that rule 1 gives to no grid (on the right or top side of the
 *       territory, or of a gap between grids) belongs to the lowest-coded grid whose boundary
 *       holds it.
 *   <li>A point that rule 1 gives to several grids (their areas overlap) is owned by the
 *       lowest-coded of them; the answer has status {@code OVERLAP} and lists the others in code
 *       order.
 *   <li>A point in no grid is {@code UNCOVERED}, with the nearest grid and the distance to it in
 *       metres; so is a point outside the index's extent. The nearest grid is found by searching
 *       the cells outward from the point, comparing distances on the ground (degrees scaled to
 *       metres at the point's latitude), and the distance to its nearest boundary point is then
 *       measured on the WGS-84 ellipsoid. Within a few kilometres of the grids it agrees with a
 *       geodesic reference to well under 0.1 %; hundreds of kilometres away it stays within about
 *       0.5 %.
 * </ol>
 *
 * <p>Points must be in the layer's coordinate system; WGS-84 and CGCS2000 count as the same.
 * Immutable, fully built at construction (no lazy structure on the query path) and thread-safe.
 */
public final class FlatGridLocator implements GridLocator {
  private final CoordinateSystem system;
  private final CellTable table;
  private final ImmutableList<GridCode> grids;
  private final List<ImmutableList<GridCode>> paths;

  FlatGridLocator(CoordinateSystem system, CellTable table, ImmutableList<GridCode> grids,
      List<ImmutableList<GridCode>> paths) {
    this.system = system;
    this.table = table;
    this.grids = grids;
    this.paths = ImmutableList.copyOf(paths);
  }

  @Override
  public CoordinateSystem coordinateSystem() {
    return system;
  }

  /** The indexed leaf grids (those whose boundaries are searched), in code order. */
  public ImmutableList<GridCode> grids() {
    return grids;
  }

  /**
   * Where {@code point} lies, by the rules in the class description.
   *
   * @throws IllegalArgumentException if the point is in another coordinate system than the
   *     boundaries (the message names both)
   */
  @Override
  public Location locate(GeoPoint point) {
    checkNotNull(point, "point");
    checkArgument(accepts(point.system()),
        "point %s is in %s but the grid boundaries are in %s; convert it first", point, point.system(), system);
    int k = table.owner(point.longitude(), point.latitude());
    if (k >= 0) {
      return new Location(point, Location.Status.INSIDE, paths.get(k), ImmutableList.of(), Optional.empty(),
          OptionalDouble.empty());
    }
    return k == CellTable.MANY ? overlapping(point) : unowned(point);
  }

  /**
   * The position in {@link #grids()} of the leaf grid owning the point (longitude, latitude), given
   * in this index's coordinate system, by the same rules as {@link #locate}; -1 for a point in no
   * grid. Allocation-free on the common path, for bulk work such as counting cases per grid.
   *
   * @throws IllegalArgumentException if a coordinate is NaN or infinite
   */
  public int leafIndexAt(double longitude, double latitude) {
    if (!Double.isFinite(longitude) || !Double.isFinite(latitude)) {
      // Not checkArgument: its message arguments would box two doubles on every lookup.
      throw new IllegalArgumentException("no point at (" + longitude + ", " + latitude + ")");
    }
    int k = table.owner(longitude, latitude);
    if (k >= 0) {
      return k;
    }
    return k == CellTable.MANY ? table.owners(longitude, latitude)[0] : table.lowestWithOnBoundary(longitude, latitude);
  }

  private boolean accepts(CoordinateSystem other) {
    return other == system || isWgs84(other) && isWgs84(system);
  }

  private static boolean isWgs84(CoordinateSystem s) {
    return s == CoordinateSystem.WGS84 || s == CoordinateSystem.CGCS2000;
  }

  private Location overlapping(GeoPoint point) {
    int[] owners = table.owners(point.longitude(), point.latitude());
    List<GridCode> others = new ArrayList<>();
    for (int n = 1; n < owners.length; n++) {
      others.add(grids.get(owners[n]));
    }
    return Location.overlap(point, paths.get(owners[0]), others);
  }

  private Location unowned(GeoPoint point) {
    int k = table.lowestWithOnBoundary(point.longitude(), point.latitude());
    if (k >= 0) {
      return Location.inside(point, paths.get(k));
    }
    NearestArea nearest = NearestArea.search(table, point.longitude(), point.latitude());
    return Location.uncovered(point, grids.get(nearest.area()), nearest.metres());
  }

  @Override
  public String toString() {
    CellGrid g = table.grid;
    return String.format(Locale.ROOT, "FlatGridLocator[%s, %d grids, %d vertices, %d×%d cells (%.0f%% interior), %.1f MB]",
        system, grids.size(), table.rings.vertices(), g.columns, g.rows, 100 * table.interiorShare(),
        (table.bytes() + 8L * table.rings.xy.length) / 1e6);
  }
}
