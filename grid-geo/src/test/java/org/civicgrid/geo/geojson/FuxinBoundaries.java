package org.civicgrid.geo.geojson;

import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;

/**
 * Boundaries for part of {@link FuxinGrids} near Fuxin (longitude 121.6, latitude 42): Haizhou
 * district, Heping subdistrict, the Changyuan and Xinhua communities side by side, and one building
 * grid in Changyuan. Exteriors are counter-clockwise, as RFC 7946 wants.
 */
final class FuxinBoundaries {
  static final String COUNTY = "POLYGON ((121.6 41.95, 121.8 41.95, 121.8 42.1, 121.6 42.1, 121.6 41.95))";
  static final String SUBDISTRICT = "POLYGON ((121.64 41.99, 121.68 41.99, 121.68 42.02, 121.64 42.02, 121.64 41.99))";
  /** Changyuan with a park cut out (the hole runs clockwise). */
  static final String CHANGYUAN = "POLYGON ((121.64 41.99, 121.66 41.99, 121.66 42.02, 121.64 42.02, 121.64 41.99), "
      + "(121.645 42.0, 121.645 42.005, 121.65 42.005, 121.65 42.0, 121.645 42.0))";
  static final String XINHUA = "POLYGON ((121.66 41.99, 121.68 41.99, 121.68 42.02, 121.66 42.02, 121.66 41.99))";
  static final String BUILDING_1 =
      "POLYGON ((121.641 41.991, 121.642 41.991, 121.642 41.992, 121.641 41.992, 121.641 41.991))";

  private FuxinBoundaries() {}

  static Boundary boundary(GridCode grid, String wkt) {
    return Boundary.of(grid, GeoJsonText.wkt(wkt));
  }

  /** The five boundaries in {@code system}. */
  static BoundaryLayer layer(CoordinateSystem system) {
    return BoundaryLayer.of(system, List.of(
        boundary(FuxinGrids.COUNTY, COUNTY),
        boundary(FuxinGrids.SUBDISTRICT, SUBDISTRICT),
        boundary(FuxinGrids.CHANGYUAN, CHANGYUAN),
        boundary(FuxinGrids.XINHUA, XINHUA),
        boundary(FuxinGrids.BUILDING_1, BUILDING_1)));
  }
}
