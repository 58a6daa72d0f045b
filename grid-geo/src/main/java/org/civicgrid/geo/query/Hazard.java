package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Optional;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.crs.LocalFrame;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * An area struck or threatened by a hazard: a flood zone drawn on a map, or the circle a gas leak
 * endangers. The area is always a valid polygon: an invalid one (self-intersecting, as hand-drawn
 * zones often are) is repaired with JTS's {@code GeometryFixer} and the repair is noted for the
 * report. Immutable as long as nobody modifies {@link #area()}.
 */
public final class Hazard {
  /** Vertices of a circle: the polygon's area is 0.16 % short of the circle's. */
  private static final int CIRCLE_VERTICES = 64;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final String name;
  private final Geometry area;
  private final CoordinateSystem system;
  private final String repair;

  private Hazard(String name, Geometry area, CoordinateSystem system, String repair) {
    this.name = name;
    this.area = area;
    this.system = system;
    this.repair = repair;
  }

  /**
   * A hazard over {@code area}, a Polygon or MultiPolygon of longitude/latitude in {@code system}.
   *
   * @throws IllegalArgumentException if the name is blank, the area is not polygonal, is empty, has a
   *     NaN or infinite coordinate, encloses nothing, or is invalid beyond repair (the message names
   *     the hazard)
   */
  public static Hazard area(String name, Geometry area, CoordinateSystem system) {
    checkArgument(name != null && !name.isBlank(), "a hazard needs a name");
    checkNotNull(area, "area");
    checkNotNull(system, "system");
    checkArgument(area instanceof Polygon || area instanceof MultiPolygon,
        "hazard %s: the area must be a Polygon or MultiPolygon, not %s", name, area.getGeometryType());
    checkArgument(!area.isEmpty(), "hazard %s: the area is empty", name);
    checkArgument(Arrays.stream(area.getCoordinates()).allMatch(c -> Double.isFinite(c.x) && Double.isFinite(c.y)),
        "hazard %s: the area has a NaN or infinite coordinate", name);
    IsValidOp validity = new IsValidOp(area);
    if (validity.isValid()) {
      checkArgument(area.getArea() > 0, "hazard %s: the area has no area, its rings are collapsed", name);
      return new Hazard(name, area.copy(), system, null);
    }
    Geometry fixed = GeometryFixer.fix(area);
    checkArgument(!fixed.isEmpty() && fixed.getArea() > 0,
        "hazard %s: the area is invalid (%s) and has no area once repaired", name, validity.getValidationError());
    String repair = "the area was invalid (" + validity.getValidationError() + ") and was repaired into a "
        + fixed.getGeometryType() + " of " + fixed.getNumGeometries() + " part(s)";
    return new Hazard(name, fixed, system, repair);
  }

  /**
   * A hazard over every point within {@code radiusMetres} of {@code centre} (a gas leak, an
   * evacuation radius): a 64-sided polygon whose vertices lie {@code radiusMetres} from the centre
   * on the ellipsoid, using the metres per degree at the centre's latitude.
   *
   * @throws IllegalArgumentException if the name is blank or the radius is not a positive finite number
   */
  public static Hazard circle(String name, GeoPoint centre, double radiusMetres) {
    checkArgument(name != null && !name.isBlank(), "a hazard needs a name");
    checkNotNull(centre, "centre");
    checkArgument(Double.isFinite(radiusMetres) && radiusMetres > 0,
        "hazard %s: radius %s metres is not positive", name, radiusMetres);
    LocalFrame frame = new LocalFrame(centre.longitude(), centre.latitude());
    Coordinate[] ring = new Coordinate[CIRCLE_VERTICES + 1];
    for (int k = 0; k < CIRCLE_VERTICES; k++) {
      double angle = 2 * Math.PI * k / CIRCLE_VERTICES;
      ring[k] = frame.toLonLat(radiusMetres * Math.sin(angle), radiusMetres * Math.cos(angle));
    }
    ring[CIRCLE_VERTICES] = ring[0].copy();
    return new Hazard(name, FACTORY.createPolygon(ring), centre.system(), null);
  }

  public String name() {
    return name;
  }

  /** The valid area, shared: do not modify it. */
  public Geometry area() {
    return area;
  }

  public CoordinateSystem system() {
    return system;
  }

  /** How an invalid area was repaired, when it was. */
  public Optional<String> repair() {
    return Optional.ofNullable(repair);
  }

  @Override
  public String toString() {
    return "Hazard[" + name + ", " + area.getGeometryType() + " in " + system + "]";
  }
}
