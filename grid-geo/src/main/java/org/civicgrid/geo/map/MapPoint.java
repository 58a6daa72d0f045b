package org.civicgrid.geo.map;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A point drawn on a grid map, such as a building, in the map layer's coordinate system. Immutable.
 *
 * @param label shown when the point is hovered, for example the building's name
 * @param lon longitude (x)
 * @param lat latitude (y)
 */
public record MapPoint(String label, double lon, double lat) {
  public MapPoint {
    checkNotNull(label, "label");
    checkArgument(Double.isFinite(lon) && Double.isFinite(lat),
        "point %s: coordinates (%s, %s) are not finite", label, lon, lat);
  }

  public static MapPoint of(String label, double lon, double lat) {
    return new MapPoint(label, lon, lat);
  }
}
