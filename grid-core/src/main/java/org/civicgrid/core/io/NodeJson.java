package org.civicgrid.core.io;

import static org.civicgrid.core.io.JsonInput.constant;
import static org.civicgrid.core.io.JsonInput.count;
import static org.civicgrid.core.io.JsonInput.nextField;
import static org.civicgrid.core.io.JsonInput.required;
import static org.civicgrid.core.io.JsonInput.startObject;
import static org.civicgrid.core.io.JsonInput.strings;
import static org.civicgrid.core.io.JsonInput.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;

/**
 * JSON forms of grid codes (a string), grid nodes and places. Fields holding their default (kind
 * COMPREHENSIVE, zero counts, no tags, no parent) are left out when writing and assumed when absent.
 */
final class NodeJson {
  private NodeJson() {}

  static final class CodeSerializer extends StdSerializer<GridCode> {
    private static final long serialVersionUID = 1L;

    CodeSerializer() {
      super(GridCode.class);
    }

    @Override
    public void serialize(GridCode code, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(code.value());
    }
  }

  /** Reads a code; a string that is no valid code fails with the {@link InvalidCodeException} naming it. */
  static final class CodeDeserializer extends StdDeserializer<GridCode> {
    private static final long serialVersionUID = 1L;

    CodeDeserializer() {
      super(GridCode.class);
    }

    @Override
    public GridCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonInput.error(p, "a grid code must be a string");
      }
      return GridCode.of(p.getText());
    }
  }

  static final class NodeSerializer extends StdSerializer<GridNode> {
    private static final long serialVersionUID = 1L;

    NodeSerializer() {
      super(GridNode.class);
    }

    @Override
    public void serialize(GridNode node, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("code", node.code().value());
      g.writeStringField("name", node.name());
      g.writeStringField("level", node.level());
      if (node.parent() != null) {
        g.writeStringField("parent", node.parent().value());
      }
      if (node.kind() != GridKind.COMPREHENSIVE) {
        g.writeStringField("kind", node.kind().name());
      }
      writeCounts(g, node.households(), node.residents());
      writeTags(g, node.tags());
      g.writeEndObject();
    }
  }

  static final class NodeDeserializer extends StdDeserializer<GridNode> {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "grid";

    NodeDeserializer() {
      super(GridNode.class);
    }

    @Override
    public GridNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = startObject(p, WHAT);
      GridCode code = null;
      String name = null;
      String level = null;
      GridCode parent = null;
      GridKind kind = GridKind.COMPREHENSIVE;
      int households = 0;
      int residents = 0;
      ImmutableSet<String> tags = ImmutableSet.of();
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "code" -> code = GridCode.of(text(p, WHAT, field));
          case "name" -> name = text(p, WHAT, field);
          case "level" -> level = text(p, WHAT, field);
          case "parent" -> parent = GridCode.of(text(p, WHAT, field));
          case "kind" -> kind = constant(p, GridKind.class, WHAT, field);
          case "households" -> households = count(p, WHAT, field);
          case "residents" -> residents = count(p, WHAT, field);
          case "tags" -> tags = strings(p, WHAT, field);
          default -> throw JsonInput.unknownField(p, WHAT, field);
        }
      }
      required(code, p, start, WHAT, "code");
      required(name, p, start, WHAT, "name");
      required(level, p, start, WHAT, "level");
      try {
        return new GridNode(code, name, level, parent, kind, households, residents, tags);
      } catch (IllegalArgumentException e) {
        throw JsonInput.refused(p, WHAT, e);
      }
    }
  }

  static final class PlaceSerializer extends StdSerializer<Place> {
    private static final long serialVersionUID = 1L;

    PlaceSerializer() {
      super(Place.class);
    }

    @Override
    public void serialize(Place place, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", place.id());
      g.writeStringField("kind", place.kind().name());
      g.writeStringField("name", place.name());
      g.writeStringField("grid", place.grid().value());
      if (place.parent() != null) {
        g.writeStringField("parent", place.parent());
      }
      writeCounts(g, place.households(), place.residents());
      writeTags(g, place.tags());
      g.writeEndObject();
    }
  }

  static final class PlaceDeserializer extends StdDeserializer<Place> {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "place";

    PlaceDeserializer() {
      super(Place.class);
    }

    @Override
    public Place deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = startObject(p, WHAT);
      String id = null;
      PlaceKind kind = null;
      String name = null;
      GridCode grid = null;
      String parent = null;
      int households = 0;
      int residents = 0;
      ImmutableSet<String> tags = ImmutableSet.of();
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "id" -> id = text(p, WHAT, field);
          case "kind" -> kind = constant(p, PlaceKind.class, WHAT, field);
          case "name" -> name = text(p, WHAT, field);
          case "grid" -> grid = GridCode.of(text(p, WHAT, field));
          case "parent" -> parent = text(p, WHAT, field);
          case "households" -> households = count(p, WHAT, field);
          case "residents" -> residents = count(p, WHAT, field);
          case "tags" -> tags = strings(p, WHAT, field);
          default -> throw JsonInput.unknownField(p, WHAT, field);
        }
      }
      required(id, p, start, WHAT, "id");
      required(kind, p, start, WHAT, "kind");
      required(name, p, start, WHAT, "name");
      required(grid, p, start, WHAT, "grid");
      try {
        return new Place(id, kind, name, grid, parent, households, residents, tags);
      } catch (IllegalArgumentException e) {
        throw JsonInput.refused(p, WHAT, e);
      }
    }
  }

  private static void writeCounts(JsonGenerator g, int households, int residents) throws IOException {
    if (households != 0) {
      g.writeNumberField("households", households);
    }
    if (residents != 0) {
      g.writeNumberField("residents", residents);
    }
  }

  private static void writeTags(JsonGenerator g, ImmutableSet<String> tags) throws IOException {
    if (!tags.isEmpty()) {
      g.writeArrayFieldStart("tags");
      for (String tag : tags) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
  }
}
