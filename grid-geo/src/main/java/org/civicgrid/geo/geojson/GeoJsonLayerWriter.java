package org.civicgrid.geo.geojson;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.CoordinateTransforms;

/**
 * Writes a {@link BoundaryLayer} as a GeoJSON (RFC 7946) FeatureCollection, one Feature per grid:
 * {@code id} is the grid code, and the properties are {@code code}, then (when a hierarchy is given
 * and has the grid) {@code name}, {@code level} (the level id), {@code households} and {@code
 * residents} (rolled up from everything below the grid) and {@code parent} (its code, or null),
 * then any properties the caller adds, which replace same-named ones from the hierarchy.
 *
 * <p>RFC 7946 fixes WGS-84, so by default a GCJ-02 or BD-09 layer is converted to WGS-84 before
 * writing (CGCS2000 is written as is, being WGS-84 at this precision). {@link #keepingSystem()}
 * writes the layer's own coordinates instead, always with a non-standard {@code "crs"} member
 * naming the system, so offset coordinates are never passed off as WGS-84. Rings are wound as the
 * RFC wants and coordinates rounded to {@value GeoJsonModule#DEFAULT_DECIMALS} decimals unless
 * configured. Output is deterministic: features in the layer's order, members in a fixed order.
 * Immutable and thread-safe; the {@code with…} methods return configured copies.
 */
public final class GeoJsonLayerWriter {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final int decimals;
  private final GridHierarchy hierarchy;
  private final ImmutableMap<GridCode, ObjectNode> extra;
  private final boolean keepSystem;
  private final ObjectMapper mapper;

  private GeoJsonLayerWriter(int decimals, GridHierarchy hierarchy, ImmutableMap<GridCode, ObjectNode> extra,
      boolean keepSystem) {
    this.decimals = decimals;
    this.hierarchy = hierarchy;
    this.extra = extra;
    this.keepSystem = keepSystem;
    this.mapper = JsonMapper.builder()
        .addModule(new GeoJsonModule(decimals))
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** A writer of standard RFC 7946 documents: WGS-84, {@value GeoJsonModule#DEFAULT_DECIMALS} decimals. */
  public static GeoJsonLayerWriter rfc7946() {
    return new GeoJsonLayerWriter(GeoJsonModule.DEFAULT_DECIMALS, null, ImmutableMap.of(), false);
  }

  /** This writer rounding coordinates to {@code decimals} (0 to {@value GeoJsonModule#MAX_DECIMALS}). */
  public GeoJsonLayerWriter withDecimals(int decimals) {
    checkArgument(decimals >= 0 && decimals <= GeoJsonModule.MAX_DECIMALS, "decimals %s outside 0..%s", decimals,
        GeoJsonModule.MAX_DECIMALS);
    return new GeoJsonLayerWriter(decimals, hierarchy, extra, keepSystem);
  }

  /** This writer adding each grid's name, level, counts and parent from {@code hierarchy}. */
  public GeoJsonLayerWriter withHierarchy(GridHierarchy hierarchy) {
    return new GeoJsonLayerWriter(decimals, checkNotNull(hierarchy, "hierarchy"), extra, keepSystem);
  }

  /**
   * This writer adding {@code properties} to the grids they are keyed by. Values are captured now,
   * as JSON (strings, numbers, booleans, nulls, lists, maps, or anything Jackson can serialize).
   *
   * @throws IllegalArgumentException if a grid's {@code code} property differs from its code, or a
   *     value cannot be written as JSON
   */
  public GeoJsonLayerWriter withProperties(Map<GridCode, ? extends Map<String, ?>> properties) {
    checkNotNull(properties, "properties");
    ImmutableMap.Builder<GridCode, ObjectNode> captured = ImmutableMap.builder();
    properties.forEach((code, values) -> {
      ObjectNode node;
      try {
        node = PLAIN.valueToTree(checkNotNull(values, "properties of grid %s", code));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("grid " + code + ": properties cannot be written as JSON: "
            + e.getMessage(), e);
      }
      JsonNode given = node.get("code");
      checkArgument(given == null || given.asText().equals(code.value()),
          "grid %s: property code=%s differs from the grid's code", code, given);
      captured.put(code, node);
    });
    return new GeoJsonLayerWriter(decimals, hierarchy, captured.buildOrThrow(), keepSystem);
  }

  /**
   * This writer keeping the layer's own coordinate system and naming it in a non-standard {@code
   * "crs"} member, for tools that read offset coordinates; RFC 7946 readers will not understand it.
   */
  public GeoJsonLayerWriter keepingSystem() {
    return new GeoJsonLayerWriter(decimals, hierarchy, extra, true);
  }

  /**
   * Writes {@code layer} to {@code out} as UTF-8; the stream is flushed, not closed.
   *
   * @throws org.civicgrid.core.CivicGridException with {@code INVALID_GEOMETRY} if converting the
   *     layer to WGS-84 makes a boundary invalid (see {@link CoordinateTransforms}); nothing is written
   * @throws IOException when the stream cannot be written
   */
  public void write(BoundaryLayer layer, OutputStream out) throws IOException {
    checkNotNull(layer, "layer");
    checkNotNull(out, "out");
    BoundaryLayer written = keepSystem ? layer : CoordinateTransforms.transform(layer, CoordinateSystem.WGS84);
    try (JsonGenerator gen = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      gen.writeStartObject();
      gen.writeStringField("type", "FeatureCollection");
      if (keepSystem) {
        gen.writeObjectFieldStart("crs");
        gen.writeStringField("type", "name");
        gen.writeObjectFieldStart("properties");
        gen.writeStringField("name", CrsMember.nameOf(layer.system()));
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeArrayFieldStart("features");
      for (Boundary boundary : written.boundaries()) {
        feature(boundary, gen);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** {@code layer} as a GeoJSON document. */
  public String toJson(BoundaryLayer layer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(layer, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private void feature(Boundary boundary, JsonGenerator gen) throws IOException {
    GridCode code = boundary.grid();
    gen.writeStartObject();
    gen.writeStringField("type", "Feature");
    gen.writeStringField("id", code.value());
    gen.writeFieldName("geometry");
    gen.writeObject(boundary.area());
    gen.writeFieldName("properties");
    gen.writeTree(properties(code));
    gen.writeEndObject();
  }

  private ObjectNode properties(GridCode code) {
    ObjectNode properties = mapper.createObjectNode();
    properties.put("code", code.value());
    Optional<Grid> grid = hierarchy == null ? Optional.empty() : hierarchy.find(code);
    grid.ifPresent(g -> {
      properties.put("name", g.name());
      properties.put("level", g.level().id());
      properties.put("households", g.households());
      properties.put("residents", g.residents());
      properties.put("parent", g.node().parentCode().map(GridCode::value).orElse(null));
    });
    ObjectNode added = extra.get(code);
    if (added != null) {
      properties.setAll(added);
    }
    return properties;
  }
}
