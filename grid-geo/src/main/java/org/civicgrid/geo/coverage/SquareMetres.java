package org.civicgrid.geo.coverage;

import java.util.Locale;
import org.civicgrid.geo.crs.Geodesy;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas in m² of longitude/latitude geometries, accurate at city scale: the planar area in square
 * degrees times the metres per degree of latitude and of longitude at the geometry's centroid
 * latitude. For a polygon a few tens of kilometres across the error is well under 0.1 %; it grows
 * with the square of the north–south extent, so it is no measure for provinces. Stateless.
 */
final class SquareMetres {
  private SquareMetres() {}

  /** The area of {@code lonLat} in m²; 0 for an empty or non-areal geometry. */
  static double of(Geometry lonLat) {
    return equalAreaApproximation(lonLat);
  }

  /** An area for a message: {@code "1234.5 m²"}. */
  static String format(double squareMetres) {
    return String.format(Locale.ROOT, "%.1f m²", squareMetres);
  }

  // The one place the approximation lives, so a geodesic measure can replace it (issue 3).
  private static double equalAreaApproximation(Geometry lonLat) {
    double squareDegrees = lonLat.getArea();
    if (squareDegrees == 0) {
      return 0;
    }
    double latitude = lonLat.getCentroid().getY();
    return squareDegrees * Geodesy.metresPerDegreeLatitude(latitude) * Geodesy.metresPerDegreeLongitude(latitude);
  }
}
