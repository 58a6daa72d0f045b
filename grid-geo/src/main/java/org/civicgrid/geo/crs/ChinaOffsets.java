package org.civicgrid.geo.crs;

/**
 * The published offset formulas of Chinese web maps, on raw longitude/latitude degrees: WGS-84 ↔
 * GCJ-02 (the "eviltransform" algorithm on the Krasovsky ellipsoid) and GCJ-02 ↔ BD-09 (Baidu's
 * formula). Each method writes its result into {@code out[0]} (longitude) and {@code out[1]}
 * (latitude) so that converting a polygon's vertices allocates nothing. Stateless and thread-safe.
 *
 * <p>The forward formulas are closed-form. Neither has a closed-form inverse, so both inverses solve
 * {@code forward(w) = g} by fixed-point iteration {@code w ← w − (forward(w) − g)}: the offsets change
 * by at most a few parts per thousand per unit of distance, so each step shrinks the error about a
 * hundredfold and {@value #TOLERANCE_DEGREES}° (0.1 mm) is reached in three to five steps; the count
 * is bounded by {@value #MAX_ITERATIONS}.
 */
final class ChinaOffsets {
  /** Krasovsky 1940 semi-major axis, metres, as the published algorithm has it. */
  private static final double KRASOVSKY_A = 6378245.0;
  /** Krasovsky 1940 first eccentricity squared, as the published algorithm has it. */
  private static final double KRASOVSKY_EE = 0.00669342162296594323;
  private static final double X_PI = Math.PI * 3000.0 / 180.0;

  /** The rectangle inside which the GCJ-02 offset applies, as the published algorithm has it. */
  static final double MIN_LON = 72.004;
  static final double MAX_LON = 137.8347;
  static final double MIN_LAT = 0.8293;
  static final double MAX_LAT = 55.8271;

  static final double TOLERANCE_DEGREES = 1e-9;
  static final int MAX_ITERATIONS = 30;
  /**
   * How far outside the rectangle a solution may land and still count as inside: a point exactly on
   * the edge is solved to within a hundredth of {@link #TOLERANCE_DEGREES}, on either side.
   */
  private static final double EDGE_SLACK_DEGREES = 1e-8;

  private ChinaOffsets() {}

  /** True when the point lies outside the rectangle where GCJ-02 differs from WGS-84. */
  static boolean outOfChina(double lon, double lat) {
    return lon < MIN_LON || lon > MAX_LON || lat < MIN_LAT || lat > MAX_LAT;
  }

  /** WGS-84 → GCJ-02; points outside China's rectangle are unchanged, as published. */
  static void wgs84ToGcj02(double lon, double lat, double[] out) {
    if (outOfChina(lon, lat)) {
      out[0] = lon;
      out[1] = lat;
      return;
    }
    shifted(lon, lat, out);
  }

  /**
   * GCJ-02 → WGS-84, the inverse of {@link #wgs84ToGcj02}. A GCJ-02 point is taken as the image of
   * a WGS-84 point inside China's rectangle whenever one exists, even if the GCJ-02 point itself
   * lies up to a few hundred metres outside (the offset pushes points near the rectangle's edge
   * across it); otherwise it is returned unchanged, like the published algorithm's outside points.
   * A solution within {@link #EDGE_SLACK_DEGREES} of the rectangle is snapped onto its edge, so
   * points on the edge itself make the round trip exactly.
   */
  static void gcj02ToWgs84(double lon, double lat, double[] out) {
    double wLon = lon;
    double wLat = lat;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      shifted(wLon, wLat, out);
      double dLon = out[0] - lon;
      double dLat = out[1] - lat;
      wLon -= dLon;
      wLat -= dLat;
      if (Math.abs(dLon) < TOLERANCE_DEGREES && Math.abs(dLat) < TOLERANCE_DEGREES) {
        break;
      }
    }
    double edgeLon = Math.max(MIN_LON, Math.min(MAX_LON, wLon));
    double edgeLat = Math.max(MIN_LAT, Math.min(MAX_LAT, wLat));
    boolean inside = Math.abs(edgeLon - wLon) <= EDGE_SLACK_DEGREES
        && Math.abs(edgeLat - wLat) <= EDGE_SLACK_DEGREES;
    out[0] = inside ? edgeLon : lon;
    out[1] = inside ? edgeLat : lat;
  }

  /** GCJ-02 → BD-09, Baidu's published formula (applied everywhere, as Baidu does). */
  static void gcj02ToBd09(double lon, double lat, double[] out) {
    double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
    double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
    out[0] = z * Math.cos(theta) + 0.0065;
    out[1] = z * Math.sin(theta) + 0.006;
  }

  /**
   * BD-09 → GCJ-02: Baidu's published approximate inverse (off by up to 0.2 m in China), refined by
   * fixed-point iteration on {@link #gcj02ToBd09} until the round trip closes.
   */
  static void bd09ToGcj02(double lon, double lat, double[] out) {
    double x = lon - 0.0065;
    double y = lat - 0.006;
    double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
    double gLon = z * Math.cos(theta);
    double gLat = z * Math.sin(theta);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      gcj02ToBd09(gLon, gLat, out);
      double dLon = out[0] - lon;
      double dLat = out[1] - lat;
      gLon -= dLon;
      gLat -= dLat;
      if (Math.abs(dLon) < TOLERANCE_DEGREES && Math.abs(dLat) < TOLERANCE_DEGREES) {
        break;
      }
    }
    out[0] = gLon;
    out[1] = gLat;
  }

  /** The GCJ-02 shift applied without the rectangle test. */
  private static void shifted(double lon, double lat, double[] out) {
    double x = lon - 105.0;
    double y = lat - 35.0;
    double dLat = shiftLatitude(x, y);
    double dLon = shiftLongitude(x, y);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - KRASOVSKY_EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
    out[0] = lon + dLon;
    out[1] = lat + dLat;
  }

  private static double shiftLatitude(double x, double y) {
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double shiftLongitude(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}
