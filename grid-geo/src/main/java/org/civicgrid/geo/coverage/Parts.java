package org.civicgrid.geo.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The polygons of an overlay result. Overlays of areas can also return the lines and points where
 * areas merely touch; a gap or an overlap is only ever the areal part. Stateless.
 */
final class Parts {
  private Parts() {}

  /** Each polygon in {@code geometry}, however nested. */
  static List<Polygon> polygons(Geometry geometry) {
    List<Polygon> found = new ArrayList<>();
    collect(geometry, found);
    return found;
  }

  /** The areal part of {@code geometry} as one geometry (empty when there is none). */
  static Geometry areal(Geometry geometry) {
    return geometry.getFactory().buildGeometry(polygons(geometry));
  }

  private static void collect(Geometry geometry, List<Polygon> found) {
    if (geometry instanceof Polygon polygon) {
      if (!polygon.isEmpty()) {
        found.add(polygon);
      }
      return;
    }
    for (int k = 0; k < geometry.getNumGeometries(); k++) {
      Geometry part = geometry.getGeometryN(k);
      if (part != geometry) {
        collect(part, found);
      }
    }
  }
}
