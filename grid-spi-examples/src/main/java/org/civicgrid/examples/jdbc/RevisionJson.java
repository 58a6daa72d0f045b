package org.civicgrid.examples.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.history.Change;
import org.civicgrid.core.io.CivicGridJsonModule;
import org.civicgrid.core.io.HierarchyJson;

/**
 * The text a stored revision keeps in column {@code content}: the starting hierarchy as a hierarchy
 * document for revision 1, and for every later revision the JSON list of its changes, each an
 * object whose {@code change} field names its kind ({@code add-grid}, {@code split}, {@code merge},
 * {@code move-places}, {@code rename}, {@code retire}) beside the fields of the {@link Change}
 * record. Stateless and thread-safe.
 */
final class RevisionJson {
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "change")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Change.AddGrid.class, name = "add-grid"),
      @JsonSubTypes.Type(value = Change.Split.class, name = "split"),
      @JsonSubTypes.Type(value = Change.Merge.class, name = "merge"),
      @JsonSubTypes.Type(value = Change.MovePlaces.class, name = "move-places"),
      @JsonSubTypes.Type(value = Change.Rename.class, name = "rename"),
      @JsonSubTypes.Type(value = Change.Retire.class, name = "retire")})
  private interface ChangeKinds {}

  private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new CivicGridJsonModule())
      .addMixIn(Change.class, ChangeKinds.class)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writerFor(CHANGES);
  private static final ObjectReader READER = MAPPER.readerFor(CHANGES);

  private RevisionJson() {}

  static String ofHierarchy(GridHierarchy hierarchy) {
    StringWriter out = new StringWriter();
    try {
      HierarchyJson.write(hierarchy, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  static GridHierarchy hierarchy(String content) throws IOException {
    return HierarchyJson.read(new StringReader(content));
  }

  static String ofChanges(List<Change> changes) {
    try {
      return WRITER.writeValueAsString(changes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // every change serialises
    }
  }

  static ImmutableList<Change> changes(String content) throws IOException {
    List<Change> changes = READER.readValue(content);
    return ImmutableList.copyOf(changes);
  }
}
