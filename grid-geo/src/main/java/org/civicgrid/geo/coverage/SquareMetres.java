package org.civicgrid.geo.coverage;

import java.util.Locale;
import org.civicgrid.geo.crs.Geodesy;
import org.civicgrid.geo.crs.Measures;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Areas of gaps, overlaps and overhangs for coverage findings, in m², and what counts as digitising
 * noise among them. A part is measured in the flat frame of its own centre (degrees scaled by the
 * ellipsoid's metres per degree there), because its edges are straight lines in longitude/latitude,
 * as the overlay that found it drew them: {@link Measures} takes edges as geodesics, and between a
 * long straight edge and the same line cut into short pieces it would see a lens of hundreds of m²
 * where the overlay sees a hairline. The coordinates are taken as WGS-84; for a GCJ-02 or BD-09 layer
 * the offsets stretch areas by at most a few parts per thousand, which is fine for describing a
 * defect. Stateless.
 */
final class SquareMetres {
  /** Parts thinner on average than this, in metres, are hairlines of rounding, whatever their length. */
  static final double HAIRLINE_WIDTH = 0.01;

  private SquareMetres() {}

  /** The area of {@code lonLat} in m²; 0 for an empty or non-areal geometry. */
  static double of(Geometry lonLat) {
    double area = 0;
    for (Object component : PolygonExtracter.getPolygons(lonLat)) {
      Polygon polygon = (Polygon) component;
      if (polygon.isEmpty()) {
        continue;
      }
      double latitude = polygon.getEnvelopeInternal().centre().y;
      area += polygon.getArea() * Geodesy.metresPerDegreeLongitude(latitude)
          * Geodesy.metresPerDegreeLatitude(latitude);
    }
    return area;
  }

  /**
   * Whether {@code part} is noise rather than a finding: at most {@code tolerance} m², or a hairline
   * — thinner on average (twice its area over its perimeter) than {@link #HAIRLINE_WIDTH}, such as the
   * sliver left where grids rounded to the millimetre meet a long straight border.
   */
  static boolean isNoise(Geometry part, double tolerance) {
    double squareMetres = of(part);
    if (squareMetres <= tolerance) {
      return true;
    }
    double latitude = part.getEnvelopeInternal().centre().y;
    double perimeterMetres = part.getLength() * Math.min(Geodesy.metresPerDegreeLongitude(latitude),
        Geodesy.metresPerDegreeLatitude(latitude));
    return 2 * squareMetres / perimeterMetres < HAIRLINE_WIDTH;
  }

  /** An area for a message: {@code "1234.5 m²"}. */
  static String format(double squareMetres) {
    return String.format(Locale.ROOT, "%.1f m²", squareMetres);
  }
}
