package org.civicgrid.geo.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS Polygon or MultiPolygon (x = longitude, y = latitude) as a GeoJSON geometry object:
 * rings wound as RFC 7946 wants, each coordinate rounded to a fixed number of decimals and written
 * without exponent or trailing zeros. Thread-safe.
 */
final class GeometrySerializer extends StdSerializer<Geometry> {
  private static final long serialVersionUID = 1L;

  private final int decimals;
  private final long scale;

  GeometrySerializer(int decimals) {
    super(Geometry.class);
    this.decimals = decimals;
    this.scale = (long) Math.pow(10, decimals);
  }

  @Override
  public void serialize(Geometry value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (value instanceof Polygon polygon) {
      gen.writeStartObject();
      gen.writeStringField("type", "Polygon");
      gen.writeFieldName("coordinates");
      polygon(polygon, gen, provider);
      gen.writeEndObject();
    } else if (value instanceof MultiPolygon multi) {
      gen.writeStartObject();
      gen.writeStringField("type", "MultiPolygon");
      gen.writeFieldName("coordinates");
      gen.writeStartArray();
      for (int i = 0; i < multi.getNumGeometries(); i++) {
        polygon((Polygon) multi.getGeometryN(i), gen, provider);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    } else {
      provider.reportMappingProblem("GeoJsonModule writes grid areas (Polygon, MultiPolygon), not a %s",
          value.getGeometryType());
    }
  }

  private void polygon(Polygon polygon, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartArray();
    if (!polygon.isEmpty()) {
      ring(polygon.getExteriorRing(), true, gen, provider);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        ring(polygon.getInteriorRingN(h), false, gen, provider);
      }
    }
    gen.writeEndArray();
  }

  private void ring(LinearRing ring, boolean exterior, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    CoordinateSequence seq = ring.getCoordinateSequence();
    boolean forward = Winding.isRfc7946(ring, exterior);
    int n = seq.size();
    gen.writeStartArray();
    for (int k = 0; k < n; k++) {
      int i = forward ? k : n - 1 - k;
      double x = seq.getX(i);
      double y = seq.getY(i);
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        provider.reportMappingProblem("GeoJSON cannot hold the coordinate (%s, %s)", x, y);
      }
      gen.writeStartArray();
      gen.writeNumber(degrees(x));
      gen.writeNumber(degrees(y));
      gen.writeEndArray();
    }
    gen.writeEndArray();
  }

  /** {@code value} rounded half away from zero to the decimals, as the shortest plain decimal text. */
  String degrees(double value) {
    long units = Math.round(Math.abs(value) * scale);
    if (units == 0) {
      return "0";
    }
    StringBuilder text = new StringBuilder(20);
    if (value < 0) {
      text.append('-');
    }
    text.append(units / scale);
    long fraction = units % scale;
    if (fraction != 0) {
      String digits = Long.toString(fraction);
      text.append('.');
      text.append("0".repeat(decimals - digits.length()));
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      text.append(digits, 0, end);
    }
    return text.toString();
  }
}
