package org.civicgrid.core.io;

import static org.civicgrid.core.io.JsonInput.bool;
import static org.civicgrid.core.io.JsonInput.count;
import static org.civicgrid.core.io.JsonInput.nextField;
import static org.civicgrid.core.io.JsonInput.number;
import static org.civicgrid.core.io.JsonInput.required;
import static org.civicgrid.core.io.JsonInput.startArray;
import static org.civicgrid.core.io.JsonInput.startObject;
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
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.SegmentRange;
import org.civicgrid.core.scheme.HouseholdBand;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;

/** JSON forms of a level scheme, its levels and their code segments (see {@code docs/formats.md}). */
final class SchemeJson {
  private SchemeJson() {}

  static final class SegmentSerializer extends StdSerializer<CodeSegment> {
    private static final long serialVersionUID = 1L;

    SegmentSerializer() {
      super(CodeSegment.class);
    }

    @Override
    public void serialize(CodeSegment segment, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("name", segment.name());
      g.writeNumberField("length", segment.length());
      g.writeBooleanField("numeric", segment.isNumeric());
      if (segment.isNumeric()) {
        g.writeArrayFieldStart("ranges");
        for (SegmentRange r : segment.ranges()) {
          g.writeStartObject();
          g.writeNumberField("from", r.from());
          g.writeNumberField("to", r.to());
          g.writeStringField("meaning", r.meaning());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  static final class SegmentDeserializer extends StdDeserializer<CodeSegment> {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "segment";

    SegmentDeserializer() {
      super(CodeSegment.class);
    }

    @Override
    public CodeSegment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = startObject(p, WHAT);
      String name = null;
      Integer length = null;
      Boolean numeric = null;
      List<SegmentRange> ranges = new ArrayList<>();
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "name" -> name = text(p, WHAT, field);
          case "length" -> length = count(p, WHAT, field);
          case "numeric" -> numeric = bool(p, WHAT, field);
          case "ranges" -> {
            startArray(p, WHAT, field);
            while (p.nextToken() != JsonToken.END_ARRAY) {
              ranges.add(range(p));
            }
          }
          default -> throw JsonInput.unknownField(p, WHAT, field);
        }
      }
      required(name, p, start, WHAT, "name");
      required(length, p, start, WHAT, "length");
      try {
        if (required(numeric, p, start, WHAT, "numeric")) {
          return CodeSegment.numeric(name, length, ranges.toArray(SegmentRange[]::new));
        }
        if (!ranges.isEmpty()) {
          throw new IllegalArgumentException("an alphanumeric segment has no ranges");
        }
        return CodeSegment.alphanumeric(name, length);
      } catch (IllegalArgumentException e) {
        throw JsonInput.refused(p, WHAT, e);
      }
    }

    private static SegmentRange range(JsonParser p) throws IOException {
      String what = "range";
      JsonLocation start = startObject(p, what);
      Long from = null;
      Long to = null;
      String meaning = null;
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "from" -> from = number(p, what, field);
          case "to" -> to = number(p, what, field);
          case "meaning" -> meaning = text(p, what, field);
          default -> throw JsonInput.unknownField(p, what, field);
        }
      }
      try {
        return SegmentRange.of(required(from, p, start, what, "from"), required(to, p, start, what, "to"),
            required(meaning, p, start, what, "meaning"));
      } catch (IllegalArgumentException e) {
        throw JsonInput.refused(p, what, e);
      }
    }
  }

  static final class LevelSerializer extends StdSerializer<Level> {
    private static final long serialVersionUID = 1L;

    LevelSerializer() {
      super(Level.class);
    }

    @Override
    public void serialize(Level level, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", level.id());
      g.writeObjectFieldStart("names");
      g.writeStringField("zh", level.nameZh());
      g.writeStringField("en", level.nameEn());
      g.writeEndObject();
      g.writeNumberField("codeLength", level.codeLength());
      g.writeFieldName("segment");
      new SegmentSerializer().serialize(level.segment(), g, provider);
      if (level.households().isPresent()) {
        HouseholdBand band = level.households().get();
        g.writeObjectFieldStart("households");
        g.writeNumberField("min", band.min());
        g.writeNumberField("target", band.target());
        g.writeNumberField("max", band.max());
        g.writeEndObject();
      }
      if (!level.isTop()) {
        g.writeArrayFieldStart("parents");
        for (String parent : level.parents()) {
          g.writeString(parent);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  static final class LevelDeserializer extends StdDeserializer<Level> {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "level";

    LevelDeserializer() {
      super(Level.class);
    }

    @Override
    public Level deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = startObject(p, WHAT);
      String id = null;
      String[] names = null;
      Integer codeLength = null;
      CodeSegment segment = null;
      HouseholdBand band = null;
      ImmutableSet<String> parents = ImmutableSet.of();
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "id" -> id = text(p, WHAT, field);
          case "names" -> names = names(p);
          case "codeLength" -> codeLength = count(p, WHAT, field);
          case "segment" -> segment = new SegmentDeserializer().deserialize(p, ctxt);
          case "households" -> band = band(p);
          case "parents" -> parents = JsonInput.strings(p, WHAT, field);
          default -> throw JsonInput.unknownField(p, WHAT, field);
        }
      }
      required(id, p, start, WHAT, "id");
      required(names, p, start, WHAT, "names");
      required(codeLength, p, start, WHAT, "codeLength");
      required(segment, p, start, WHAT, "segment");
      try {
        Level.Builder level = Level.builder(id).names(names[0], names[1]).code(codeLength, segment)
            .under(parents.toArray(String[]::new));
        if (band != null) {
          level.households(band);
        }
        return level.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw JsonInput.refused(p, WHAT, e);
      }
    }

    private static String[] names(JsonParser p) throws IOException {
      String what = "level names";
      JsonLocation start = startObject(p, what);
      String zh = null;
      String en = null;
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "zh" -> zh = text(p, what, field);
          case "en" -> en = text(p, what, field);
          default -> throw JsonInput.unknownField(p, what, field);
        }
      }
      return new String[] {required(zh, p, start, what, "zh"), required(en, p, start, what, "en")};
    }

    private static HouseholdBand band(JsonParser p) throws IOException {
      String what = "household band";
      JsonLocation start = startObject(p, what);
      Integer min = null;
      Integer target = null;
      Integer max = null;
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "min" -> min = count(p, what, field);
          case "target" -> target = count(p, what, field);
          case "max" -> max = count(p, what, field);
          default -> throw JsonInput.unknownField(p, what, field);
        }
      }
      try {
        return new HouseholdBand(required(min, p, start, what, "min"), required(target, p, start, what, "target"),
            required(max, p, start, what, "max"));
      } catch (IllegalArgumentException e) {
        throw JsonInput.refused(p, what, e);
      }
    }
  }

  static final class SchemeSerializer extends StdSerializer<LevelScheme> {
    private static final long serialVersionUID = 1L;

    SchemeSerializer() {
      super(LevelScheme.class);
    }

    @Override
    public void serialize(LevelScheme scheme, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", scheme.id());
      g.writeStringField("name", scheme.name());
      g.writeArrayFieldStart("levels");
      LevelSerializer levels = new LevelSerializer();
      for (Level level : scheme.levels()) {
        levels.serialize(level, g, provider);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static final class SchemeDeserializer extends StdDeserializer<LevelScheme> {
    private static final long serialVersionUID = 1L;
    private static final String WHAT = "scheme";

    SchemeDeserializer() {
      super(LevelScheme.class);
    }

    @Override
    public LevelScheme deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = startObject(p, WHAT);
      String id = null;
      String name = null;
      List<Level> levels = null;
      for (String field = nextField(p); field != null; field = nextField(p)) {
        switch (field) {
          case "id" -> id = text(p, WHAT, field);
          case "name" -> name = text(p, WHAT, field);
          case "levels" -> {
            startArray(p, WHAT, field);
            levels = new ArrayList<>();
            LevelDeserializer level = new LevelDeserializer();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              levels.add(level.deserialize(p, ctxt));
            }
          }
          default -> throw JsonInput.unknownField(p, WHAT, field);
        }
      }
      required(id, p, start, WHAT, "id");
      required(name, p, start, WHAT, "name");
      required(levels, p, start, WHAT, "levels");
      try {
        return LevelScheme.of(id, name, levels);
      } catch (IllegalArgumentException e) {
        throw JsonInput.refused(p, WHAT, e);
      }
    }
  }
}
