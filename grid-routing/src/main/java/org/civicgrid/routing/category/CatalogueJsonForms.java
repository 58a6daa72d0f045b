package org.civicgrid.routing.category;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.report.Finding;
import org.civicgrid.routing.calendar.TimeLimit;

/** JSON forms of a catalogue document and its entries (see {@code docs/formats.md}). Stateless. */
final class CatalogueJsonForms {
  private CatalogueJsonForms() {}

  private static void names(JsonGenerator g, String zh, String en) throws IOException {
    g.writeObjectFieldStart("names");
    g.writeStringField("zh", zh);
    g.writeStringField("en", en);
    g.writeEndObject();
  }

  private static void limit(JsonGenerator g, TimeLimit limit) throws IOException {
    g.writeStartObject();
    g.writeNumberField("amount", limit.amount());
    g.writeStringField("unit", LimitUnitIds.id(limit.unit()));
    g.writeEndObject();
  }

  private static void category(JsonGenerator g, Category c) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", c.code());
    names(g, c.nameZh(), c.nameEn());
    g.writeEndObject();
  }

  private static void subcategory(JsonGenerator g, Subcategory s) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", s.code());
    names(g, s.nameZh(), s.nameEn());
    g.writeStringField("filingCondition", s.filingCondition());
    g.writeFieldName("handlingLimit");
    limit(g, s.handlingLimit());
    g.writeStringField("closingCondition", s.closingCondition());
    g.writeStringField("department", s.department().id());
    g.writeStringField("dispatchTo", s.dispatchTo().id());
    g.writeEndObject();
  }

  /**
   * Reads one entry with {@link CatalogueEntry}; its first problem becomes a {@link JsonMappingException}
   * at the entry's start.
   */
  private abstract static class EntryDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    EntryDeserializer(Class<T> type) {
      super(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      var at = p.currentTokenLocation();
      JsonNode node = p.readValueAsTree();
      List<Finding> problems = new ArrayList<>();
      T value = node.isObject() ? read(node, problems) : null;
      if (value == null || !problems.isEmpty()) {
        String problem = problems.isEmpty() ? "must be an object, not " + node : problems.get(0).message();
        throw new JsonMappingException(p, handledType().getSimpleName() + " " + problem, at);
      }
      return value;
    }

    abstract T read(JsonNode node, List<Finding> problems);
  }

  static final class LimitSerializer extends StdSerializer<TimeLimit> {
    private static final long serialVersionUID = 1L;

    LimitSerializer() {
      super(TimeLimit.class);
    }

    @Override
    public void serialize(TimeLimit value, JsonGenerator g, SerializerProvider provider) throws IOException {
      limit(g, value);
    }
  }

  static final class LimitDeserializer extends EntryDeserializer<TimeLimit> {
    private static final long serialVersionUID = 1L;

    LimitDeserializer() {
      super(TimeLimit.class);
    }

    @Override
    TimeLimit read(JsonNode node, List<Finding> problems) {
      return new CatalogueEntry(node, ImmutableSet.of("amount", "unit"), "handling limit", "value", problems)
          .handlingLimit(node);
    }
  }

  static final class CategorySerializer extends StdSerializer<Category> {
    private static final long serialVersionUID = 1L;

    CategorySerializer() {
      super(Category.class);
    }

    @Override
    public void serialize(Category value, JsonGenerator g, SerializerProvider provider) throws IOException {
      category(g, value);
    }
  }

  static final class CategoryDeserializer extends EntryDeserializer<Category> {
    private static final long serialVersionUID = 1L;

    CategoryDeserializer() {
      super(Category.class);
    }

    @Override
    Category read(JsonNode node, List<Finding> problems) {
      CatalogueEntry entry = new CatalogueEntry(node, ImmutableSet.of("code", "names"), "main class", "value", problems);
      String code = entry.text("code");
      String[] names = entry.names();
      if (entry.failed()) {
        return null;
      }
      if (!CategoryCodes.isMainCode(code)) {
        entry.fail(CatalogueRule.MALFORMED_CODE, "code " + code + " is not two digits 01-99");
        return null;
      }
      return new Category(code, names[0], names[1]);
    }
  }

  /**
   * A subcategory's entry form, which names its department by id. There is no reader for a lone
   * subcategory: its parent and department are resolved by the catalogue document it belongs to.
   */
  static final class SubcategorySerializer extends StdSerializer<Subcategory> {
    private static final long serialVersionUID = 1L;

    SubcategorySerializer() {
      super(Subcategory.class);
    }

    @Override
    public void serialize(Subcategory value, JsonGenerator g, SerializerProvider provider) throws IOException {
      subcategory(g, value);
    }
  }

  /** Writes the whole document: the departments that are not standard ones, then every class. */
  static final class CatalogueSerializer extends StdSerializer<CategoryCatalogue> {
    private static final long serialVersionUID = 1L;

    CatalogueSerializer() {
      super(CategoryCatalogue.class);
    }

    @Override
    public void serialize(CategoryCatalogue catalogue, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("format", CatalogueReader.FORMAT);
      g.writeNumberField("version", CatalogueReader.VERSION);
      g.writeStringField("id", catalogue.id());
      if (!catalogue.description().isEmpty()) {
        g.writeStringField("description", catalogue.description());
      }
      List<Department> declared = catalogue.departments().stream()
          .filter(d -> !Departments.all().contains(d)).toList();
      if (!declared.isEmpty()) {
        g.writeArrayFieldStart("departments");
        for (Department d : declared) {
          g.writeStartObject();
          g.writeStringField("id", d.id());
          names(g, d.nameZh(), d.nameEn());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("categories");
      for (Category c : catalogue.categories()) {
        category(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("subcategories");
      for (Subcategory s : catalogue.subcategories()) {
        subcategory(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Reads a whole catalogue document; an extension needs {@link CategoryCatalogueJson#readExtension}. */
  static final class CatalogueDeserializer extends StdDeserializer<CategoryCatalogue> {
    private static final long serialVersionUID = 1L;

    CatalogueDeserializer() {
      super(CategoryCatalogue.class);
    }

    @Override
    public CategoryCatalogue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new CatalogueReader("category catalogue document", null).read(p, false);
    }
  }
}
