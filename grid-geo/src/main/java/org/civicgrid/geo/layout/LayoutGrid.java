package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.locationtech.jts.geom.Geometry;

/**
 * One grid of a generated layout: its code (the parent's id and a three-digit number, west→east
 * within rows north→south), its parent, households, the number of units it was made of, and its area
 * in the layout's metric frame, the union of its units' cells. Immutable.
 *
 * @param code the grid's code
 * @param parent the parent's id
 * @param households households in the grid
 * @param units units (sites) in the grid
 * @param area the grid's area, metres; a polygon unless the grid is flagged not contiguous
 */
public record LayoutGrid(String code, String parent, int households, int units, Geometry area) {
  public LayoutGrid {
    checkNotNull(code, "code");
    checkNotNull(parent, "parent");
    checkNotNull(area, "area");
    checkArgument(households >= 0 && units >= 0, "grid %s: negative count", code);
    area = area.copy();
  }

  @Override
  public Geometry area() {
    return area.copy();
  }

  /** Polsby-Popper compactness, 4πA/P²: 1 for a disc, 0.785 for a square. */
  public double polsbyPopper() {
    double perimeter = area.getLength();
    return perimeter == 0 ? 0 : 4 * Math.PI * area.getArea() / (perimeter * perimeter);
  }

  /** Convex-hull compactness, A / A(hull): 1 for a convex grid. */
  public double hullRatio() {
    double hull = area.convexHull().getArea();
    return hull == 0 ? 0 : area.getArea() / hull;
  }

  /** Whether the grid is in one piece. */
  public boolean isContiguous() {
    return area.getNumGeometries() == 1;
  }
}
