package org.civicgrid.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Rule;

/**
 * The skeleton of a reader of one CivicGrid JSON document — an object that starts with {@code
 * "format"} and {@code "version"} and has an {@code "id"} — that collects every problem with its line
 * before anything is built, so an import fails as a whole with all of them or succeeds. Subclasses
 * read the fields after the header and build the result. Single-use and not thread-safe.
 *
 * @param <T> what the document describes
 */
public abstract class DocumentReader<T> {
  /** The lower-kebab ids documents use, such as {@code tongnan} or {@code social-governance}. */
  private static final String KEBAB = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  private final String source;
  private final String kind;
  private final String format;
  private final int version;
  private final Rule brokenJson;
  private final Rule malformedDocument;
  private final List<Finding> findings = new ArrayList<>();
  private int documentLine = 1;

  /**
   * @param source what is read, for the failure's message ("staffing policy file x.json")
   * @param kind the document's kind in messages ("policy", "catalogue")
   * @param format the expected {@code "format"} value
   * @param version the version this reader reads
   * @param brokenJson the rule of findings for JSON that does not parse
   * @param malformedDocument the rule of findings for a document of the wrong shape
   */
  protected DocumentReader(String source, String kind, String format, int version, Rule brokenJson,
      Rule malformedDocument) {
    this.source = checkNotNull(source, "source");
    this.kind = checkNotNull(kind, "kind");
    this.format = checkNotNull(format, "format");
    this.version = version;
    this.brokenJson = checkNotNull(brokenJson, "brokenJson");
    this.malformedDocument = checkNotNull(malformedDocument, "malformedDocument");
  }

  /**
   * Reads the document whose first token is the parser's current or next one; at the root, content
   * after the document is an error.
   *
   * @throws ImportFailedException with every finding if anything is wrong; nothing is built then
   */
  public final T read(JsonParser p, boolean root) throws IOException {
    boolean whole = false;
    try {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      whole = readDocument(p);
      if (whole && root && p.nextToken() != null) {
        finding(brokenJson, p.currentTokenLocation(), "content after the end of the " + kind + " document");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      whole = false; // also when the content after the document is what broke
      finding(brokenJson, at, "not valid JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
    if (!whole) {
      throw failure(Report.of(findings));
    }
    return assemble();
  }

  /**
   * Reads the value of one top-level field after the header; the parser stands on the value's first
   * token, and the method leaves it on the value's last. Report unknown fields with {@link
   * #unknownField}.
   */
  protected abstract void field(JsonParser p, String name, JsonLocation at) throws IOException;

  /**
   * Called once every field is read; false when the fields cannot be judged (for example against the
   * wrong base), which fails the read with the findings so far. By default true.
   */
  protected boolean fieldsRead() {
    return true;
  }

  /**
   * Builds the result from a document of the right shape, or throws {@link #failure} with every
   * finding.
   */
  protected abstract T assemble();

  /** Reports the field as one the document does not have and skips its value. */
  protected final void unknownField(JsonParser p, String name, JsonLocation at) throws IOException {
    finding(malformedDocument, at, "a " + kind + " document has no field \"" + name + "\"");
    p.skipChildren();
  }

  /** Reports a top-level value of the wrong shape and skips it; returns null for the field's value. */
  protected final <V> V wrong(JsonParser p, JsonLocation at, String message) throws IOException {
    finding(malformedDocument, at, message);
    p.skipChildren();
    return null;
  }

  /** The string value of a top-level field, or null reported. */
  protected final String text(JsonParser p, JsonLocation at, String field) throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING ? p.getText()
        : wrong(p, at, "\"" + field + "\" must be a string, not " + describe(p));
  }

  /** Reports a missing or malformed document id; the finding points at the document's first line. */
  protected final void checkId(String id) {
    if (id == null) {
      findings.add(Finding.of(malformedDocument, documentLine(), "the " + kind + " document has no \"id\""));
    } else if (!id.matches(KEBAB)) {
      findings.add(Finding.of(malformedDocument, documentLine(), kind + " id \"" + id + "\" is not lower-kebab"));
    }
  }

  /** The findings so far, for subclasses and the helpers they call to add to. */
  protected final List<Finding> findings() {
    return findings;
  }

  /** Adds a finding at {@code at}'s line, or line 1 when the parser knows none. */
  protected final void finding(Rule rule, JsonLocation at, String message) {
    findings.add(Finding.of(rule, at == null ? "line 1" : "line " + Math.max(1, at.getLineNr()), message));
  }

  /** The subject of findings about the document as a whole: its opening line. */
  protected final String documentLine() {
    return "line " + documentLine;
  }

  /** The failure carrying {@code report}'s findings ordered by line. */
  protected final ImportFailedException failure(Report report) {
    List<Finding> byLine = new ArrayList<>(report.findings());
    byLine.sort(Comparator.comparingInt(f -> Integer.parseInt(f.subject().substring("line ".length()))));
    return new ImportFailedException(source, Report.of(byLine));
  }

  /** The current token as a message shows it: "an object", "an array", a quoted string, a number. */
  protected static String describe(JsonParser p) throws IOException {
    return JsonInput.describe(p);
  }

  /** Reads the top-level object; false when reading stopped because the document is of another kind. */
  private boolean readDocument(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      finding(malformedDocument, p.currentTokenLocation(), "a " + kind + " document is a JSON object, not "
          + describe(p));
      return false;
    }
    documentLine = p.currentTokenLocation().getLineNr();
    if (!header(p, "format", format) || !header(p, "version", version)) {
      return false;
    }
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonLocation at = p.currentTokenLocation();
      p.nextToken();
      field(p, name, at);
    }
    return fieldsRead();
  }

  /** Checks that the next field is {@code name} with {@code expected} as its value. */
  private boolean header(JsonParser p, String name, Object expected) throws IOException {
    String found = p.nextFieldName();
    JsonLocation at = p.currentTokenLocation();
    if (!name.equals(found)) {
      finding(malformedDocument, at, "a " + kind + " document starts with \"format\":\"" + format
          + "\",\"version\":" + version + "; found " + (found == null ? "no field" : "\"" + found + "\"")
          + " where \"" + name + "\" belongs");
      return false;
    }
    p.nextToken();
    Object value = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue() : p.getText();
    if (!expected.equals(value)) {
      finding(malformedDocument, at, name.equals("version")
          ? "unsupported version " + value + " of " + format + " (this library reads version " + version + ")"
          : "format is \"" + value + "\", not \"" + format + "\"");
      return false;
    }
    return true;
  }
}
