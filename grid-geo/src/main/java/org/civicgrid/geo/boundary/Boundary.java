package org.civicgrid.geo.boundary;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.code.GridCode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The area of one grid: a valid, non-empty Polygon or MultiPolygon in its layer's coordinate
 * system (x = longitude, y = latitude). Immutable: the geometry is copied in, and callers must not
 * modify the one {@link #area()} returns (JTS geometries are mutable by design; copy before
 * editing).
 */
public final class Boundary {
  private final GridCode grid;
  private final Geometry area;

  private Boundary(GridCode grid, Geometry area) {
    this.grid = grid;
    this.area = area;
  }

  /**
   * The boundary of {@code grid}.
   *
   * @throws IllegalArgumentException if {@code area} is not a Polygon or MultiPolygon, is empty, or
   *     is invalid (self-intersecting, too few points); the message names the grid
   */
  public static Boundary of(GridCode grid, Geometry area) {
    checkNotNull(grid, "grid");
    checkNotNull(area, "area");
    checkArgument(area instanceof Polygon || area instanceof MultiPolygon,
        "grid %s: a boundary must be a Polygon or MultiPolygon, not %s", grid, area.getGeometryType());
    checkArgument(!area.isEmpty(), "grid %s: the boundary is empty", grid);
    checkArgument(area.isValid(), "grid %s: the boundary is not a valid polygon", grid);
    Geometry copy = area.copy();
    copy.setUserData(null);
    return new Boundary(grid, copy);
  }

  public GridCode grid() {
    return grid;
  }

  /** The area, shared: do not modify it. */
  public Geometry area() {
    return area;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Boundary other && grid.equals(other.grid) && area.equalsExact(other.area);
  }

  @Override
  public int hashCode() {
    return grid.hashCode();
  }

  @Override
  public String toString() {
    return "Boundary[" + grid + ", " + area.getNumPoints() + " points]";
  }
}
