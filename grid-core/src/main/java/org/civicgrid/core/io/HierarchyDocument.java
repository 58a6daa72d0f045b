package org.civicgrid.core.io;

import static org.civicgrid.core.io.JsonInput.nextField;
import static org.civicgrid.core.io.JsonInput.required;
import static org.civicgrid.core.io.JsonInput.startArray;
import static org.civicgrid.core.io.JsonInput.startObject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.InvalidHierarchyException;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.LevelScheme;

/**
 * The hierarchy document: {@code format} and {@code version} first, then the level scheme, the grids
 * depth-first and the places. Reading builds the hierarchy, so a document whose grids break the
 * scheme fails with {@link InvalidHierarchyException} and its full report.
 */
final class HierarchyDocument {
  /** The value of the document's {@code format} field. */
  static final String FORMAT = "civicgrid-hierarchy";
  /** The version this library writes and the only one it reads. */
  static final int VERSION = 1;

  private HierarchyDocument() {}

  static final class Serializer extends StdSerializer<GridHierarchy> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(GridHierarchy.class);
    }

    @Override
    public void serialize(GridHierarchy hierarchy, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeFieldName("scheme");
      new SchemeJson.SchemeSerializer().serialize(hierarchy.scheme(), g, provider);
      g.writeArrayFieldStart("grids");
      NodeJson.NodeSerializer nodes = new NodeJson.NodeSerializer();
      for (Grid grid : hierarchy.grids()) {
        nodes.serialize(grid.node(), g, provider);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("places");
      NodeJson.PlaceSerializer places = new NodeJson.PlaceSerializer();
      for (Place place : hierarchy.places()) {
        places.serialize(place, g, provider);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<GridHierarchy> {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "hierarchy document";

    Deserializer() {
      super(GridHierarchy.class);
    }

    @Override
    public GridHierarchy deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = startObject(p, WHAT);
      checkHeader(p);
      LevelScheme scheme = null;
      List<GridNode> nodes = new ArrayList<>();
      List<Place> places = new ArrayList<>();
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "scheme" -> scheme = new SchemeJson.SchemeDeserializer().deserialize(p, ctxt);
          case "grids" -> {
            startArray(p, WHAT, field);
            NodeJson.NodeDeserializer node = new NodeJson.NodeDeserializer();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              nodes.add(node.deserialize(p, ctxt));
            }
          }
          case "places" -> {
            startArray(p, WHAT, field);
            NodeJson.PlaceDeserializer place = new NodeJson.PlaceDeserializer();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              places.add(place.deserialize(p, ctxt));
            }
          }
          default -> throw JsonInput.unknownField(p, WHAT, field);
        }
      }
      return GridHierarchy.of(required(scheme, p, start, WHAT, "scheme"), nodes, places);
    }

    /** A document says what it is first, so a wrong file fails on its first field. */
    private static void checkHeader(JsonParser p) throws IOException {
      String field = nextField(p);
      if (!"format".equals(field)) {
        throw JsonInput.error(p, "not a " + FORMAT + " document: it must start with \"format\", not "
            + (field == null ? "an empty object" : "\"" + field + "\""));
      }
      String format = JsonInput.text(p, WHAT, field);
      if (!FORMAT.equals(format)) {
        throw JsonInput.error(p, "format \"" + format + "\" is not " + FORMAT);
      }
      field = nextField(p);
      if (!"version".equals(field)) {
        throw JsonInput.error(p, "\"version\" must follow \"format\", not "
            + (field == null ? "the end of the document" : "\"" + field + "\""));
      }
      long version = JsonInput.number(p, WHAT, field);
      if (version != VERSION) {
        throw JsonInput.error(p, "unsupported version " + version + " of " + FORMAT + " (this library reads version "
            + VERSION + ")");
      }
    }
  }
}
