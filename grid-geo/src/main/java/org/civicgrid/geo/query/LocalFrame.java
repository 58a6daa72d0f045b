package org.civicgrid.geo.query;

import org.civicgrid.geo.crs.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A flat metric frame around one longitude/latitude origin: east and north metres from it, with the
 * ellipsoid's metres per degree at the origin's latitude. Within a few kilometres of the origin the
 * scale error stays under 0.1 %, which is what a query radius at city scale needs. Immutable.
 */
final class LocalFrame {
  private final double longitude;
  private final double latitude;
  private final double metresPerDegreeLongitude;
  private final double metresPerDegreeLatitude;
  private final AffineTransformation toMetres;

  private LocalFrame(double longitude, double latitude) {
    this.longitude = longitude;
    this.latitude = latitude;
    this.metresPerDegreeLongitude = Geodesy.metresPerDegreeLongitude(latitude);
    this.metresPerDegreeLatitude = Geodesy.metresPerDegreeLatitude(latitude);
    this.toMetres = AffineTransformation.translationInstance(-longitude, -latitude)
        .scale(metresPerDegreeLongitude, metresPerDegreeLatitude);
  }

  static LocalFrame at(double longitude, double latitude) {
    return new LocalFrame(longitude, latitude);
  }

  /** A copy of {@code lonLat} in metres east and north of the origin. */
  Geometry toMetres(Geometry lonLat) {
    return toMetres.transform(lonLat);
  }

  /** The longitude/latitude of a point {@code east} and {@code north} metres from the origin. */
  Coordinate toLonLat(double east, double north) {
    return new Coordinate(longitude + east / metresPerDegreeLongitude, latitude + north / metresPerDegreeLatitude);
  }

  /** The longitude/latitude box that holds every point within {@code metres} of the origin. */
  Envelope around(double metres) {
    // A little slack: the frame's scale is exact only at the origin's latitude.
    double padded = metres * 1.01 + 1;
    return new Envelope(longitude - padded / metresPerDegreeLongitude, longitude + padded / metresPerDegreeLongitude,
        latitude - padded / metresPerDegreeLatitude, latitude + padded / metresPerDegreeLatitude);
  }
}
