package org.civicgrid.geo.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.geo.crs.Measures;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads one GeoJSON Feature into a grid code, its properties and a valid area wound as RFC 7946
 * wants, repairing invalid polygons with JTS's {@link GeometryFixer}, and records a finding for
 * everything wrong on the way. Thread-safe.
 */
final class FeatureDecoder {
  /**
   * A feature as read. {@code code} is null when missing or bad, {@code area} is null when the
   * geometry had errors; {@code subject} names the feature in findings.
   */
  record Decoded(GridCode code, Geometry area, Map<String, Object> properties, String subject, String where) {}

  private final CoordinateSystem system;
  private final String codeProperty;
  private final ObjectMapper mapper;
  private final GeometryDecoder geometries;

  FeatureDecoder(CoordinateSystem system, String codeProperty, ObjectMapper mapper, GeometryDecoder geometries) {
    this.system = system;
    this.codeProperty = codeProperty;
    this.mapper = mapper;
    this.geometries = geometries;
  }

  /** The feature at {@code index} (from 1) starting on {@code line}; findings go to {@code findings}. */
  Decoded decode(JsonNode feature, int index, int line, List<Finding> findings) {
    String where = " (feature #" + index + ", line " + line + ")";
    JsonNode type = feature.get("type");
    if (!feature.isObject() || type == null || !"Feature".equals(type.asText())) {
      String subject = "feature #" + index;
      findings.add(Finding.of(GeoJsonRule.MALFORMED_FEATURE, subject,
          "is not a GeoJSON Feature: " + GeometryDecoder.abbreviated(feature) + where));
      return new Decoded(null, null, Map.of(), subject, where);
    }
    JsonNode propertiesNode = feature.get("properties");
    Map<String, Object> properties = Map.of();
    if (propertiesNode != null && propertiesNode.isObject()) {
      properties = properties(mapper, propertiesNode);
    } else if (propertiesNode != null && !propertiesNode.isNull()) {
      findings.add(Finding.of(GeoJsonRule.MALFORMED_FEATURE, "feature #" + index,
          "properties is not an object: " + GeometryDecoder.abbreviated(propertiesNode) + where));
    }
    GridCode code = code(feature.get("id"), propertiesNode == null ? null : propertiesNode.get(codeProperty),
        index, where, findings);
    String subject = code == null ? "feature #" + index : code.value();
    GeometryDecoder.Result geometry = geometries.decode(feature.get("geometry"));
    for (GeometryDecoder.Problem p : geometry.problems()) {
      findings.add(Finding.of(p.rule(), subject, p.message() + where));
    }
    Geometry area = geometry.area() == null ? null : validated(geometry.area(), subject, where, findings);
    return new Decoded(code, area, properties, subject, where);
  }

  private GridCode code(JsonNode id, JsonNode property, int index, String where, List<Finding> findings) {
    String subject = "feature #" + index;
    boolean hasId = id != null && !id.isNull();
    boolean hasProperty = property != null && !property.isNull();
    if (!hasId && !hasProperty) {
      findings.add(Finding.of(GeoJsonRule.MISSING_CODE, subject,
          "has neither an id nor a \"" + codeProperty + "\" property" + where));
      return null;
    }
    for (JsonNode given : new JsonNode[] {id, property}) {
      if (given != null && !given.isNull() && !given.isTextual() && !given.isIntegralNumber()) {
        findings.add(Finding.of(GeoJsonRule.BAD_CODE, subject,
            "code " + GeometryDecoder.abbreviated(given) + " is not a string or a whole number" + where));
        return null;
      }
    }
    if (hasId && hasProperty && !id.asText().equals(property.asText())) {
      findings.add(Finding.of(GeoJsonRule.BAD_CODE, subject, "id " + id.asText() + " and property \""
          + codeProperty + "\" " + property.asText() + " disagree" + where));
      return null;
    }
    String text = (hasProperty ? property : id).asText();
    try {
      return GridCode.of(text);
    } catch (InvalidCodeException e) {
      findings.add(Finding.of(GeoJsonRule.BAD_CODE, subject, e.getMessage() + where));
      return null;
    }
  }

  /** The area made valid and wound as RFC 7946 wants, or null when it cannot be repaired. */
  private Geometry validated(Geometry area, String subject, String where, List<Finding> findings) {
    TopologyValidationError error = new IsValidOp(area).getValidationError();
    if (error == null) {
      int wrong = Winding.wrongRings(area);
      if (wrong > 0) {
        findings.add(Finding.of(GeoJsonRule.WRONG_WINDING, subject,
            wrong + " ring(s) wound against RFC 7946 (exterior counter-clockwise, holes clockwise); rewound" + where));
        return Winding.rewound(area);
      }
      return area;
    }
    String problem = String.format(Locale.ROOT, "%s at (%.7f, %.7f)", error.getMessage(),
        error.getCoordinate().getX(), error.getCoordinate().getY());
    Geometry fixed;
    try {
      fixed = GeometryFixer.fix(area);
    } catch (RuntimeException e) {
      findings.add(Finding.of(GeoJsonRule.UNREPAIRABLE, subject,
          "is invalid (" + problem + ") and repairing it failed: " + e.getMessage() + where));
      return null;
    }
    if (fixed.isEmpty() || !(fixed instanceof Polygon || fixed instanceof MultiPolygon) || !fixed.isValid()) {
      findings.add(Finding.of(GeoJsonRule.UNREPAIRABLE, subject, "is invalid (" + problem
          + ") and cannot be repaired: repair leaves " + (fixed.isEmpty() ? "nothing" : fixed.getGeometryType())
          + where));
      return null;
    }
    double before = Measures.areaSquareMetres(area, system);
    double after = Measures.areaSquareMetres(fixed, system);
    String percent = before > 0
        ? String.format(Locale.ROOT, "%+.2f %%", 100 * (after - before) / before)
        : "from zero";
    findings.add(Finding.of(GeoJsonRule.REPAIRED, subject, String.format(Locale.ROOT,
        "was invalid (%s); repaired as a %s: area %.1f m² as drawn (by the ring formula, in which "
            + "self-intersecting loops cancel), %.1f m² repaired (%+.1f m², %s)%s",
        problem, fixed.getGeometryType(), before, after, after - before, percent, where)));
    return Winding.rewound(fixed);
  }

  /** The properties as unmodifiable Java values: maps, lists, strings, numbers, booleans and nulls. */
  static Map<String, Object> properties(ObjectMapper mapper, JsonNode node) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = mapper.convertValue(node, LinkedHashMap.class);
    return frozen(values);
  }

  @SuppressWarnings("unchecked")
  private static <T> T frozen(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, frozen(v)));
      return (T) Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(frozen(v)));
      return (T) Collections.unmodifiableList(copy);
    }
    return value;
  }
}
