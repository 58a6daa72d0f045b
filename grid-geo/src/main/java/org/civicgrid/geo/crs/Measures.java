package org.civicgrid.geo.crs;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.locate.CoordinateSystem;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Areas in square metres and lengths in metres of geometries given in longitude/latitude degrees,
 * measured on the WGS-84 ellipsoid. Stateless and thread-safe.
 *
 * <p><b>Area.</b> Latitudes are mapped to authalic latitudes, which carries the ellipsoid onto the
 * sphere of equal surface (radius R<sub>q</sub> ≈ 6,371,007 m) without changing any area; on that
 * sphere each ring's area is its spherical excess, summed edge by edge with the exact formula
 * {@code tan(E/2) = tan(Δλ/2)·(tan(β₁/2) + tan(β₂/2)) / (1 + tan(β₁/2)·tan(β₂/2))}. Edges are
 * great circles of the authalic sphere, which differ from the ellipsoid's geodesics by far less than
 * a millimetre over a county's edges, so areas of city-size polygons (a 100 m grid to a 30 km
 * county, latitudes 20° to 53°) agree with Karney's geodesic polygon areas to about 3e-8, far inside
 * the 0.5 % budget (the tests check 1e-7). No projection is chosen, so there is no distortion to
 * budget for and no centroid to pick.
 *
 * <p><b>Length.</b> The sum of segment lengths from {@link Geodesy#distanceMetres}, which uses the
 * ellipsoid's local radii of curvature at each segment's mid-latitude: exact to a few parts per
 * million for segments up to tens of kilometres, as grid edges are. A polygon's length is its
 * perimeter, holes included, as JTS defines {@link Geometry#getLength()}.
 *
 * <p>The one-argument methods take WGS-84 or CGCS2000 coordinates. GCJ-02 and BD-09 stretch space
 * by up to a few parts per thousand, which the 0.5 % budget for measures cannot absorb silently, so
 * pass the system and the coordinates are converted to WGS-84 first.
 */
public final class Measures {
  private static final double E2 = Geodesy.ECCENTRICITY_SQUARED;
  private static final double E = Math.sqrt(E2);
  /** q at the pole, normalizing authalic latitude. */
  private static final double Q_POLE = q(1.0);
  /** Radius of the sphere with the ellipsoid's surface area. */
  private static final double AUTHALIC_RADIUS = Geodesy.SEMI_MAJOR_AXIS * Math.sqrt(Q_POLE / 2);

  private Measures() {}

  /** Area in m² of the polygons in {@code lonLat} (WGS-84 or CGCS2000); lines and points add nothing. */
  public static double areaSquareMetres(Geometry lonLat) {
    checkNotNull(lonLat, "lonLat");
    double area = 0;
    for (Object component : PolygonExtracter.getPolygons(lonLat)) {
      Polygon polygon = (Polygon) component;
      area += Math.abs(ringExcess(polygon.getExteriorRing().getCoordinateSequence()));
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        area -= Math.abs(ringExcess(polygon.getInteriorRingN(h).getCoordinateSequence()));
      }
    }
    return area * AUTHALIC_RADIUS * AUTHALIC_RADIUS;
  }

  /** Area in m² of the polygons in {@code lonLat}, given in {@code system}. */
  public static double areaSquareMetres(Geometry lonLat, CoordinateSystem system) {
    return areaSquareMetres(inWgs84(lonLat, system));
  }

  /**
   * Length in metres of the lines in {@code lonLat} (WGS-84 or CGCS2000); for polygons the length
   * of every ring, holes included.
   */
  public static double lengthMetres(Geometry lonLat) {
    checkNotNull(lonLat, "lonLat");
    double length = 0;
    for (Object component : LinearComponentExtracter.getLines(lonLat)) {
      CoordinateSequence seq = ((LineString) component).getCoordinateSequence();
      for (int i = 1; i < seq.size(); i++) {
        length += Geodesy.distanceMetres(seq.getX(i - 1), seq.getY(i - 1), seq.getX(i), seq.getY(i));
      }
    }
    return length;
  }

  /** Length in metres of the lines or rings in {@code lonLat}, given in {@code system}. */
  public static double lengthMetres(Geometry lonLat, CoordinateSystem system) {
    return lengthMetres(inWgs84(lonLat, system));
  }

  private static Geometry inWgs84(Geometry lonLat, CoordinateSystem system) {
    checkNotNull(lonLat, "lonLat");
    checkNotNull(system, "system");
    return CoordinateTransforms.sameFrame(system, CoordinateSystem.WGS84)
        ? lonLat
        : CoordinateTransforms.transform(lonLat, system, CoordinateSystem.WGS84);
  }

  /** The signed spherical excess (steradians) of a closed ring on the authalic sphere. */
  private static double ringExcess(CoordinateSequence ring) {
    int n = ring.size();
    if (n < 4) {
      return 0;
    }
    double sum = 0;
    double lon1 = ring.getX(0);
    double t1 = halfAngleTangent(ring.getY(0));
    for (int i = 1; i < n; i++) {
      double lon2 = ring.getX(i);
      double t2 = halfAngleTangent(ring.getY(i));
      double dLon = Math.toRadians(wrap(lon2 - lon1));
      sum += 2 * Math.atan2(Math.tan(dLon / 2) * (t1 + t2), 1 + t1 * t2);
      lon1 = lon2;
      t1 = t2;
    }
    return sum;
  }

  /**
   * tan(β/2) for the authalic latitude β of a geodetic latitude in degrees, through sin β = q/q_p and
   * tan(β/2) = sin β / (1 + cos β), which spares an arcsine and a tangent per vertex.
   */
  private static double halfAngleTangent(double latDegrees) {
    double sinBeta = Math.max(-1, Math.min(1, q(Math.sin(Math.toRadians(latDegrees))) / Q_POLE));
    return sinBeta / (1 + Math.sqrt(1 - sinBeta * sinBeta));
  }

  /** The authalic function q of sin(latitude) (Snyder, Map Projections: A Working Manual, eq. 3-12). */
  private static double q(double sinLat) {
    double es = E * sinLat;
    return (1 - E2) * (sinLat / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
  }

  private static double wrap(double degrees) {
    return degrees > 180 ? degrees - 360 : degrees < -180 ? degrees + 360 : degrees;
  }
}
