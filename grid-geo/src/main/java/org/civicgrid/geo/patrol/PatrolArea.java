package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.geo.index.FlatAreaLocator;

/**
 * The grid a worker patrols, prepared for checking tracks against it: its boundary converted once
 * to WGS-84, the frame {@link PatrolAnalyser} measures in, with a flat point-in-area index. Make one
 * per grid and reuse it for every track and every worker of that grid; building one costs about a
 * millisecond. Immutable and thread-safe.
 */
public final class PatrolArea {
  private final GridCode grid;
  private final CoordinateSystem declared;
  private final FlatAreaLocator locator;

  private PatrolArea(GridCode grid, CoordinateSystem declared, FlatAreaLocator locator) {
    this.grid = grid;
    this.declared = declared;
    this.locator = locator;
  }

  /**
   * The area of {@code boundary}, given in {@code system}.
   *
   * @throws org.civicgrid.core.CivicGridException with {@code INVALID_GEOMETRY} if converting the
   *     boundary to WGS-84 makes it invalid (see {@link CoordinateTransforms})
   */
  public static PatrolArea of(Boundary boundary, CoordinateSystem system) {
    checkNotNull(boundary, "boundary");
    checkNotNull(system, "system");
    BoundaryLayer wgs84 = CoordinateTransforms.transform(BoundaryLayer.of(system, List.of(boundary)),
        CoordinateSystem.WGS84);
    Boundary converted = wgs84.boundaries().iterator().next();
    return new PatrolArea(boundary.grid(), system, FlatAreaLocator.of(converted.area()));
  }

  /**
   * The area of {@code grid}'s boundary in {@code layer}.
   *
   * @throws IllegalArgumentException if the layer has no boundary for the grid (naming both)
   */
  public static PatrolArea of(BoundaryLayer layer, GridCode grid) {
    checkNotNull(layer, "layer");
    checkNotNull(grid, "grid");
    Boundary boundary = layer.boundary(grid).orElse(null);
    checkArgument(boundary != null, "no boundary for grid %s in %s", grid, layer);
    return of(boundary, layer.system());
  }

  /** The grid this area is the boundary of. */
  public GridCode grid() {
    return grid;
  }

  /** The coordinate system the boundary was given in (the area itself is kept in WGS-84). */
  public CoordinateSystem declaredSystem() {
    return declared;
  }

  /** Whether {@code point}, in any system, lies in the grid, its boundary included. */
  public boolean covers(GeoPoint point) {
    GeoPoint wgs84 = CoordinateTransforms.transform(checkNotNull(point, "point"), CoordinateSystem.WGS84);
    return coversWgs84(wgs84.longitude(), wgs84.latitude());
  }

  /** Whether the WGS-84 position (longitude, latitude) lies in the grid, its boundary included. */
  boolean coversWgs84(double longitude, double latitude) {
    return locator.covers(longitude, latitude);
  }

  @Override
  public String toString() {
    return "PatrolArea[" + grid + ", from " + declared + ", " + locator + "]";
  }
}
