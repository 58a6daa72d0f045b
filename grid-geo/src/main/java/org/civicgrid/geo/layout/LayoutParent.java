package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * An area the layout must not cross, such as a community or a village, with the id its grids' codes
 * start with. Its area is in the same planar metric frame as the {@link HouseholdSite}s, its vertices
 * rounded to the millimetre the generator cuts at (each on its own, so vertices that neighbouring
 * parents share stay shared). Immutable.
 *
 * @param id the parent's code (digits or letters), the prefix of its grids' codes
 * @param area a polygon or multipolygon in metres
 */
public record LayoutParent(String id, Geometry area) {
  public LayoutParent {
    checkNotNull(id, "id");
    checkNotNull(area, "area");
    checkArgument(area instanceof Polygonal && !area.isEmpty(), "parent %s is not a non-empty polygon", id);
    area = GeometryPrecisionReducer.reducePointwise(area, UnitGraph.MILLIMETRES);
  }

  @Override
  public Geometry area() {
    return area.copy();
  }
}
