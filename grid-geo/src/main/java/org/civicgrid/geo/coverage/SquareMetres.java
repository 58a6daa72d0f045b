package org.civicgrid.geo.coverage;

import java.util.Locale;
import org.civicgrid.geo.crs.Measures;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas of gaps, overlaps and overhangs for coverage findings, in m². The coordinates are taken as
 * WGS-84: for a GCJ-02 or BD-09 layer the offset systems stretch areas by at most a few parts per
 * thousand, which is fine for describing a defect. Checks that compare areas against limits use
 * {@link Measures} with the layer's system instead. Stateless.
 */
final class SquareMetres {
  private SquareMetres() {}

  /** The area of {@code lonLat} in m²; 0 for an empty or non-areal geometry. */
  static double of(Geometry lonLat) {
    return Measures.areaSquareMetres(lonLat);
  }

  /** An area for a message: {@code "1234.5 m²"}. */
  static String format(double squareMetres) {
    return String.format(Locale.ROOT, "%.1f m²", squareMetres);
  }
}
