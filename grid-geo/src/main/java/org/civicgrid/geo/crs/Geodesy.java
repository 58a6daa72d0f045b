package org.civicgrid.geo.crs;

/**
 * Distances on the WGS-84 ellipsoid for city-scale work. Between two points the distance is taken
 * on the ellipsoid's local radii of curvature at the mid-latitude (meridional M, prime vertical N):
 * exact to a few parts per million for points up to tens of kilometres apart, and within 0.1 % up
 * to a few hundred kilometres; beyond that use a full geodesic library. Stateless and thread-safe.
 */
public final class Geodesy {
  /** WGS-84 semi-major axis, metres. */
  public static final double SEMI_MAJOR_AXIS = 6_378_137.0;
  /** WGS-84 flattening. */
  public static final double FLATTENING = 1 / 298.257223563;
  /** First eccentricity squared. */
  public static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

  private Geodesy() {}

  /** Metres between two longitude/latitude points (degrees). */
  public static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
    double midLat = Math.toRadians((lat1 + lat2) / 2);
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(wrap(lon2 - lon1));
    double north = dLat * meridionalRadius(midLat);
    double east = dLon * primeVerticalRadius(midLat) * Math.cos(midLat);
    return Math.hypot(north, east);
  }

  /** Metres per degree of latitude at {@code latDegrees}. */
  public static double metresPerDegreeLatitude(double latDegrees) {
    return Math.toRadians(1) * meridionalRadius(Math.toRadians(latDegrees));
  }

  /** Metres per degree of longitude at {@code latDegrees}. */
  public static double metresPerDegreeLongitude(double latDegrees) {
    double lat = Math.toRadians(latDegrees);
    return Math.toRadians(1) * primeVerticalRadius(lat) * Math.cos(lat);
  }

  /** Radius of curvature in the meridian, M. */
  static double meridionalRadius(double latRadians) {
    double s = Math.sin(latRadians);
    double w = 1 - ECCENTRICITY_SQUARED * s * s;
    return SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED) / (w * Math.sqrt(w));
  }

  /** Radius of curvature in the prime vertical, N. */
  static double primeVerticalRadius(double latRadians) {
    double s = Math.sin(latRadians);
    return SEMI_MAJOR_AXIS / Math.sqrt(1 - ECCENTRICITY_SQUARED * s * s);
  }

  private static double wrap(double degrees) {
    return degrees > 180 ? degrees - 360 : degrees < -180 ? degrees + 360 : degrees;
  }
}
