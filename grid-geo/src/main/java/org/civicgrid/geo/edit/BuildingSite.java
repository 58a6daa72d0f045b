package org.civicgrid.geo.edit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.code.GridCode;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a building stands and which new grid it goes to when its grid is split by buildings (see
 * {@link CoverageEditor#splitByBuildings}). Immutable.
 *
 * @param placeId the building's place id, named in errors
 * @param lon longitude (x) in the layer's coordinate system
 * @param lat latitude (y) in the layer's coordinate system
 * @param part the code of the new grid the building is assigned to
 */
public record BuildingSite(String placeId, double lon, double lat, GridCode part) {
  public BuildingSite {
    checkArgument(placeId != null && !placeId.isBlank(), "building id must not be blank");
    checkArgument(Double.isFinite(lon) && Double.isFinite(lat),
        "building %s: coordinates (%s, %s) are not finite", placeId, lon, lat);
    checkNotNull(part, "part of building %s", placeId);
  }

  /** A building at ({@code lon}, {@code lat}) assigned to {@code part}. */
  public static BuildingSite of(String placeId, double lon, double lat, GridCode part) {
    return new BuildingSite(placeId, lon, lat, part);
  }

  Coordinate coordinate() {
    return new Coordinate(lon, lat);
  }
}
