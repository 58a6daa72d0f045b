package org.civicgrid.geo.crs;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A planar metric frame around an origin — the frame layouts are computed in and city-scale queries
 * measure in: metres east and north of an origin given in
 * WGS-84 longitude/latitude, by an equirectangular projection with the ellipsoid's metres per degree
 * at the origin ({@link Geodesy}). Being affine, it maps a coverage's shared vertices to shared
 * vertices both ways, so a layout's grids stay edge-matched when written as longitude/latitude.
 *
 * <p>Along the origin's parallel and meridian, distances are exact to centimetres over ±10 km. Away
 * from the origin's parallel, east-west scale drifts by tan(latitude) × (north offset / earth radius):
 * at 42° N, 0.14 % at 10 km north or south, so a 20 km county is best framed around its centre
 * ({@link #around}); areas of 100-household grids stay within 0.15 %.
 *
 * <p>Immutable and thread-safe; the transformations returned are fresh copies.
 *
 * @param longitude the origin's longitude, degrees
 * @param latitude the origin's latitude, degrees, less than 85 from the equator
 */
public record LocalFrame(double longitude, double latitude) {
  /** The largest latitude a frame may sit at: beyond it a degree of longitude is too short to frame. */
  public static final double MAX_LATITUDE = 85;

  /**
   * A frame around an origin.
   *
   * @throws CivicGridException with {@link ErrorCode#MALFORMED_INPUT} if the origin is not a finite longitude within ±180 and latitude
   *     within ±{@value #MAX_LATITUDE} (exclusive)
   */
  public LocalFrame {
    if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) < MAX_LATITUDE)) {
      throw new CivicGridException(ErrorCode.MALFORMED_INPUT, String.format(Locale.ROOT,
          "frame origin (%s, %s) is not a longitude within ±180 and a latitude within ±%s", longitude, latitude,
          MAX_LATITUDE));
    }
  }

  /**
   * A frame around the centre of a longitude/latitude box, such as the parents' envelope.
   *
   * @throws CivicGridException with {@link ErrorCode#MALFORMED_INPUT} if the box is empty or its centre is not a valid origin
   */
  public static LocalFrame around(Envelope lonLat) {
    checkNotNull(lonLat, "lonLat");
    if (lonLat.isNull()) {
      throw new CivicGridException(ErrorCode.MALFORMED_INPUT, "an empty extent has no centre to frame");
    }
    return new LocalFrame(lonLat.centre().x, lonLat.centre().y);
  }

  /** Metres per degree of longitude at the origin. */
  public double metresPerDegreeLongitude() {
    return Geodesy.metresPerDegreeLongitude(latitude);
  }

  /** Metres per degree of latitude at the origin. */
  public double metresPerDegreeLatitude() {
    return Geodesy.metresPerDegreeLatitude(latitude);
  }

  /** A longitude/latitude as metres east ({@code x}) and north ({@code y}) of the origin. */
  public Coordinate toMetres(double lon, double lat) {
    return new Coordinate((lon - longitude) * metresPerDegreeLongitude(), (lat - latitude) * metresPerDegreeLatitude());
  }

  /** Metres east and north of the origin as a longitude ({@code x}) and latitude ({@code y}). */
  public Coordinate toLonLat(double east, double north) {
    return new Coordinate(longitude + east / metresPerDegreeLongitude(), latitude + north / metresPerDegreeLatitude());
  }

  /** The map from longitude/latitude to this frame's metres, for geometries. */
  public AffineTransformation toMetres() {
    double sx = metresPerDegreeLongitude();
    double sy = metresPerDegreeLatitude();
    return new AffineTransformation(sx, 0, -sx * longitude, 0, sy, -sy * latitude);
  }

  /**
   * The map from this frame's metres to longitude/latitude, for geometries; pass it to {@code
   * Layout.boundaries} to have a layout's grids in WGS-84.
   */
  public AffineTransformation toLonLat() {
    return new AffineTransformation(1 / metresPerDegreeLongitude(), 0, longitude, 0, 1 / metresPerDegreeLatitude(),
        latitude);
  }

  /** The longitude/latitude box that holds every point within {@code metres} of the origin. */
  public Envelope lonLatWithin(double metres) {
    // A little slack: the frame's scale is exact only at the origin's latitude.
    double padded = metres * 1.01 + 1;
    double east = padded / metresPerDegreeLongitude();
    double north = padded / metresPerDegreeLatitude();
    return new Envelope(longitude - east, longitude + east, latitude - north, latitude + north);
  }
}
