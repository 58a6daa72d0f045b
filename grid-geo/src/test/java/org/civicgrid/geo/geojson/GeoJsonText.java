package org.civicgrid.geo.geojson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * GeoJSON documents for tests, built from WKT literals. Coordinates are written in the WKT's own
 * order (no rewinding, no validity check), so broken shapes reach the reader as drawn.
 */
final class GeoJsonText {
  private GeoJsonText() {}

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** A FeatureCollection of the features. */
  static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\",\n\"features\": [\n" + String.join(",\n", features) + "\n]}";
  }

  /** A Feature with the code as id and {@code "code"} property, and the WKT's polygon(s) as drawn. */
  static String feature(String code, String wkt) {
    return featureWithGeometry(code, geometry(wkt(wkt)));
  }

  /** A Feature with the code as id and {@code "code"} property and the given geometry JSON. */
  static String featureWithGeometry(String code, String geometryJson) {
    return "{\"type\": \"Feature\", \"id\": \"" + code + "\", \"properties\": {\"code\": \"" + code
        + "\"}, \"geometry\": " + geometryJson + "}";
  }

  /** The GeoJSON geometry object of a WKT Polygon or MultiPolygon, coordinates in WKT order. */
  static String geometry(Geometry g) {
    if (g instanceof Polygon p) {
      return "{\"type\": \"Polygon\", \"coordinates\": " + rings(p) + "}";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      parts.add(rings((Polygon) g.getGeometryN(i)));
    }
    return "{\"type\": \"MultiPolygon\", \"coordinates\": [" + String.join(", ", parts) + "]}";
  }

  private static String rings(Polygon p) {
    List<String> rings = new ArrayList<>();
    rings.add(positions(p.getExteriorRing().getCoordinates()));
    for (int h = 0; h < p.getNumInteriorRing(); h++) {
      rings.add(positions(p.getInteriorRingN(h).getCoordinates()));
    }
    return "[" + String.join(", ", rings) + "]";
  }

  private static String positions(Coordinate[] coordinates) {
    List<String> positions = new ArrayList<>();
    for (Coordinate c : coordinates) {
      positions.add(String.format(Locale.ROOT, "[%s, %s]", c.x, c.y));
    }
    return "[" + String.join(", ", positions) + "]";
  }
}
