package org.civicgrid.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The reference measures tests check ours against: Karney's geodesics on the WGS-84 ellipsoid
 * (GeographicLib), for longitude/latitude geometries.
 */
public final class Karney {
  private Karney() {}

  /** Metres between two longitude/latitude points. */
  public static double metres(double lon1, double lat1, double lon2, double lat2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
  }

  /** The area of the polygons in {@code lonLat}, holes subtracted, in m². */
  public static double squareMetres(Geometry lonLat) {
    double total = 0;
    for (int k = 0; k < lonLat.getNumGeometries(); k++) {
      if (lonLat.getGeometryN(k) instanceof Polygon polygon) {
        total += ring(polygon.getExteriorRing().getCoordinates());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          total -= ring(polygon.getInteriorRingN(h).getCoordinates());
        }
      }
    }
    return total;
  }

  private static double ring(Coordinate[] ring) {
    PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
    for (int k = 0; k < ring.length - 1; k++) {
      area.AddPoint(ring[k].y, ring[k].x);
    }
    return Math.abs(area.Compute().area);
  }
}
