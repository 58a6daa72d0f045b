package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;

/**
 * Where places (buildings, household groups) stand, by place id, in one coordinate system. The
 * hierarchy's places carry counts and tags but no coordinates, so their positions come from a
 * separate source such as a building layer; a unit without a position of its own stands where its
 * building does. Immutable and thread-safe.
 */
public final class PlaceLocations {
  private final CoordinateSystem system;
  private final ImmutableMap<String, GeoPoint> points;

  private PlaceLocations(CoordinateSystem system, ImmutableMap<String, GeoPoint> points) {
    this.system = system;
    this.points = points;
  }

  /**
   * The positions {@code points} by place id, all in {@code system}.
   *
   * @throws IllegalArgumentException if a point is in another system (naming the place)
   */
  public static PlaceLocations of(CoordinateSystem system, Map<String, GeoPoint> points) {
    checkNotNull(system, "system");
    points.forEach((id, point) -> checkArgument(checkNotNull(point, "place %s", id).system() == system,
        "place %s is located in %s, not %s", id, point.system(), system));
    return new PlaceLocations(system, ImmutableMap.copyOf(points));
  }

  public CoordinateSystem system() {
    return system;
  }

  /** Where the place stands, if known. */
  public Optional<GeoPoint> location(String placeId) {
    return Optional.ofNullable(points.get(placeId));
  }

  public int size() {
    return points.size();
  }

  @Override
  public String toString() {
    return "PlaceLocations[" + points.size() + " places in " + system + "]";
  }
}
