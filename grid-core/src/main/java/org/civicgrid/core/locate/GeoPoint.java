package org.civicgrid.core.locate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A point on the earth in a declared {@link CoordinateSystem}: where a resident reported a case, a
 * worker's position on patrol, a building's entrance. Immutable.
 */
public record GeoPoint(double longitude, double latitude, CoordinateSystem system) {
  public GeoPoint {
    checkArgument(Double.isFinite(longitude) && longitude >= -180 && longitude <= 180,
        "longitude %s outside -180..180", longitude);
    checkArgument(Double.isFinite(latitude) && latitude >= -90 && latitude <= 90,
        "latitude %s outside -90..90", latitude);
    checkNotNull(system, "system");
  }

  public static GeoPoint wgs84(double longitude, double latitude) {
    return new GeoPoint(longitude, latitude, CoordinateSystem.WGS84);
  }

  public static GeoPoint gcj02(double longitude, double latitude) {
    return new GeoPoint(longitude, latitude, CoordinateSystem.GCJ02);
  }

  @Override
  public String toString() {
    return "(" + longitude + ", " + latitude + " " + system + ")";
  }
}
