package org.civicgrid.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;

/**
 * The layout of the project's JSON documents: compact JSON, except that each entry of the document
 * object, and each element of the named top-level lists, starts a line — so diffs stay readable
 * and readers' error messages can name the line of an entry. Immutable and thread-safe.
 */
public final class LinePerEntryLayout extends MinimalPrettyPrinter {
  private static final long serialVersionUID = 1L;
  private final ImmutableSet<String> lists;

  /** A layout putting each element of the document's lists named {@code lists} on a line of its own. */
  public LinePerEntryLayout(String... lists) {
    this.lists = ImmutableSet.copyOf(lists);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(g.getOutputContext().getParent().inRoot() ? ",\n" : ",");
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    g.writeRaw(isList(g) ? "\n  " : "");
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(isList(g) ? ",\n  " : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    g.writeRaw(isList(g) && values > 0 ? "\n]" : "]");
  }

  private boolean isList(JsonGenerator g) {
    JsonStreamContext parent = g.getOutputContext().getParent();
    return parent != null && parent.inObject() && lists.contains(parent.getCurrentName());
  }
}
