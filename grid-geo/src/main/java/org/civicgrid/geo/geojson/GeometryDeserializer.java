package org.civicgrid.geo.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a GeoJSON Polygon or MultiPolygon geometry object as a JTS geometry of type {@code T}, as
 * written (neither validated nor rewound); anything else, or a malformed one, is an input mismatch
 * naming every problem. Thread-safe.
 */
final class GeometryDeserializer<T extends Geometry> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final transient GeometryDecoder decoder;

  GeometryDeserializer(Class<T> type, GeometryDecoder decoder) {
    super(type);
    this.type = type;
    this.decoder = decoder;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    GeometryDecoder.Result result = decoder.decode(node);
    if (!result.problems().isEmpty()) {
      return ctxt.reportInputMismatch(this, "not a GeoJSON grid area: %s", result.problems().stream()
          .map(problem -> problem.rule().id() + ": " + problem.message()).collect(Collectors.joining("; ")));
    }
    if (!type.isInstance(result.area())) {
      return ctxt.reportInputMismatch(this, "a %s where a %s is expected", result.area().getGeometryType(),
          type.getSimpleName());
    }
    return type.cast(result.area());
  }
}
