package org.civicgrid.geo.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a GeoJSON geometry object into a JTS Polygon or MultiPolygon as written (no validity check,
 * no rewinding), or a Point into its position, or says everything that is wrong with it. Thread-safe.
 */
final class GeometryDecoder {
  /** One thing wrong with a geometry. */
  record Problem(GeoJsonRule rule, String message) {}

  /** The area ({@code null} when a problem prevents building it) and every problem found. */
  record Result(Geometry area, ImmutableList<Problem> problems) {}

  private final GeometryFactory factory;

  GeometryDecoder(GeometryFactory factory) {
    this.factory = factory;
  }

  Result decode(JsonNode geometry) {
    List<Problem> problems = new ArrayList<>();
    Geometry area = area(geometry, problems);
    return new Result(problems.isEmpty() ? area : null, ImmutableList.copyOf(problems));
  }

  /** The position of a Point geometry as longitude/latitude, or null with its problems added to {@code problems}. */
  Coordinate point(JsonNode geometry, List<Problem> problems) {
    String type = typeOf(geometry, problems);
    if (type == null) {
      return null;
    }
    if (!type.equals("Point")) {
      problems.add(new Problem(GeoJsonRule.WRONG_GEOMETRY_TYPE, "is a " + type + "; a Point is expected"));
      return null;
    }
    JsonNode p = geometry.get("coordinates");
    if (p == null || !p.isArray() || p.isEmpty()) {
      problems.add(new Problem(GeoJsonRule.EMPTY_GEOMETRY, "is a Point without a position"));
      return null;
    }
    if (p.size() < 2) {
      problems.add(new Problem(GeoJsonRule.MALFORMED_FEATURE, "position is not [longitude, latitude]: "
          + abbreviated(p)));
      return null;
    }
    Coordinate position = position(p);
    if (!isLonLat(position)) {
      problems.add(new Problem(GeoJsonRule.BAD_COORDINATE, "position " + abbreviated(p)
          + " is not a finite longitude within ±180 and latitude within ±90"));
      return null;
    }
    return position;
  }

  private Geometry area(JsonNode geometry, List<Problem> problems) {
    String name = typeOf(geometry, problems);
    if (name == null) {
      return null;
    }
    switch (name) {
      case "Polygon", "MultiPolygon" -> {
        return coordinates(geometry, name, problems);
      }
      case "Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection" -> {
        problems.add(new Problem(GeoJsonRule.WRONG_GEOMETRY_TYPE,
            "is a " + name + "; a grid boundary must be a Polygon or MultiPolygon"));
        return null;
      }
      default -> {
        problems.add(new Problem(GeoJsonRule.MALFORMED_FEATURE, "unknown geometry type \"" + name + "\""));
        return null;
      }
    }
  }

  private Geometry coordinates(JsonNode geometry, String type, List<Problem> problems) {
    JsonNode coordinates = geometry.get("coordinates");
    if (coordinates == null || !coordinates.isArray()) {
      problems.add(new Problem(GeoJsonRule.MALFORMED_FEATURE, type + " without a coordinates array"));
      return null;
    }
    if (coordinates.isEmpty()) {
      problems.add(new Problem(GeoJsonRule.EMPTY_GEOMETRY, "is an empty " + type));
      return null;
    }
    if (type.equals("Polygon")) {
      return polygon(coordinates, "", problems);
    }
    Polygon[] parts = new Polygon[coordinates.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = polygon(coordinates.get(i), "polygon " + (i + 1) + ", ", problems);
    }
    return problems.isEmpty() ? factory.createMultiPolygon(parts) : null;
  }

  private Polygon polygon(JsonNode rings, String where, List<Problem> problems) {
    if (!rings.isArray()) {
      problems.add(new Problem(GeoJsonRule.MALFORMED_FEATURE, where + "not an array of rings: " + abbreviated(rings)));
      return null;
    }
    if (rings.isEmpty()) {
      problems.add(new Problem(GeoJsonRule.EMPTY_GEOMETRY, where + "a polygon without rings"));
      return null;
    }
    LinearRing[] built = new LinearRing[rings.size()];
    boolean complete = true;
    for (int r = 0; r < built.length; r++) {
      String ringName = where + (r == 0 ? "exterior ring" : "hole " + r);
      built[r] = ring(rings.get(r), ringName, problems);
      complete &= built[r] != null;
    }
    if (!complete) {
      return null;
    }
    LinearRing[] holes = new LinearRing[built.length - 1];
    System.arraycopy(built, 1, holes, 0, holes.length);
    return factory.createPolygon(built[0], holes);
  }

  private LinearRing ring(JsonNode positions, String ringName, List<Problem> problems) {
    if (!positions.isArray()) {
      problems.add(new Problem(GeoJsonRule.MALFORMED_FEATURE,
          ringName + " is not an array of positions: " + abbreviated(positions)));
      return null;
    }
    int before = problems.size();
    Coordinate[] coordinates = new Coordinate[positions.size()];
    int bad = 0;
    String firstBad = null;
    for (int i = 0; i < coordinates.length; i++) {
      JsonNode p = positions.get(i);
      if (!p.isArray() || p.size() < 2) {
        problems.add(new Problem(GeoJsonRule.MALFORMED_FEATURE,
            ringName + ", position " + (i + 1) + " is not [longitude, latitude]: " + abbreviated(p)));
        return null;
      }
      coordinates[i] = position(p);
      if (!isLonLat(coordinates[i])) {
        bad++;
        firstBad = firstBad == null ? "position " + (i + 1) + " " + abbreviated(p) : firstBad;
      }
    }
    if (bad > 0) {
      problems.add(new Problem(GeoJsonRule.BAD_COORDINATE, ringName + " has " + bad
          + " position(s) that are not finite longitude/latitude degrees, first " + firstBad));
    }
    if (coordinates.length < 4) {
      problems.add(new Problem(GeoJsonRule.RING_TOO_SHORT, ringName + " has " + coordinates.length
          + " position(s); a closed ring needs at least 4"));
    } else if (bad == 0 && !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
      problems.add(new Problem(GeoJsonRule.RING_NOT_CLOSED, ringName + " ends at "
          + positions.get(coordinates.length - 1) + ", not where it starts, " + positions.get(0)));
    }
    return problems.size() == before ? factory.createLinearRing(coordinates) : null;
  }

  /** The geometry's type name, or null with the reason added when it is absent or not a geometry object. */
  private static String typeOf(JsonNode geometry, List<Problem> problems) {
    if (geometry == null || geometry.isNull()) {
      problems.add(new Problem(GeoJsonRule.EMPTY_GEOMETRY, "has no geometry (null or absent)"));
      return null;
    }
    JsonNode type = geometry.get("type");
    if (!geometry.isObject() || type == null || !type.isTextual()) {
      problems.add(new Problem(GeoJsonRule.MALFORMED_FEATURE, "geometry is not a GeoJSON geometry object: "
          + abbreviated(geometry)));
      return null;
    }
    return type.asText();
  }

  /** A [longitude, latitude, …] position with NaN for a part that is not a number. */
  private static Coordinate position(JsonNode p) {
    return new Coordinate(p.get(0).isNumber() ? p.get(0).doubleValue() : Double.NaN,
        p.get(1).isNumber() ? p.get(1).doubleValue() : Double.NaN);
  }

  private static boolean isLonLat(Coordinate c) {
    return c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90;
  }

  /** The node's JSON text, cut to a length a report line can show. */
  static String abbreviated(JsonNode node) {
    String text = node.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
