package org.civicgrid.geo.patrol;

import org.civicgrid.geo.crs.Geodesy;

/**
 * Metres between two nearby WGS-84 positions, fast enough to run a few times per position of a
 * month of tracks. It uses the same local formula as {@link Geodesy#distanceMetres}: degrees are
 * scaled by the ellipsoid's metres per degree at the segment's mid-latitude, but with one square
 * root per call and no sine or cosine. The scales are computed at the centre of the mid-latitude's
 * 0.01° band and kept while a track stays in the band. Both scales are corrected linearly for the
 * offset from that centre, so the result stays within 1e-7 of Geodesy's. Segments of a track
 * are metres to a few hundred metres long, where that formula agrees with Karney's geodesics to
 * within 1e-5. Not for segments across the ±180° meridian.
 *
 * <p>Not thread-safe (it keeps the band it is in); use one per track.
 */
final class LocalDistance {
  private static final double BANDS_PER_DEGREE = 100;

  private int band = Integer.MIN_VALUE;
  private double bandCentre;
  private double metresPerLatitude;
  private double metresPerLongitude;
  /** How the two scales change per degree of latitude, at the band's centre. */
  private double latitudeSlope;
  private double longitudeSlope;

  /** Metres from (lon1, lat1) to (lon2, lat2). */
  double metres(double lon1, double lat1, double lon2, double lat2) {
    double mid = 0.5 * (lat1 + lat2);
    int b = (int) Math.floor(mid * BANDS_PER_DEGREE);
    if (b != band) {
      enterBand(b);
    }
    double east = (lon2 - lon1) * (metresPerLongitude + longitudeSlope * (mid - bandCentre));
    double north = (lat2 - lat1) * (metresPerLatitude + latitudeSlope * (mid - bandCentre));
    return Math.sqrt(east * east + north * north);
  }

  private void enterBand(int b) {
    band = b;
    bandCentre = (b + 0.5) / BANDS_PER_DEGREE;
    metresPerLatitude = Geodesy.metresPerDegreeLatitude(bandCentre);
    metresPerLongitude = Geodesy.metresPerDegreeLongitude(bandCentre);
    double h = 0.5 / BANDS_PER_DEGREE;
    latitudeSlope = (Geodesy.metresPerDegreeLatitude(bandCentre + h)
        - Geodesy.metresPerDegreeLatitude(bandCentre - h)) / (2 * h);
    longitudeSlope = (Geodesy.metresPerDegreeLongitude(bandCentre + h)
        - Geodesy.metresPerDegreeLongitude(bandCentre - h)) / (2 * h);
  }
}
