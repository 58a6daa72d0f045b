package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  private enum NoteRule implements Rule {
    BROKEN_JSON, MALFORMED_DOCUMENT, BAD_NOTE;

    @Override
    public Severity severity() {
      return Severity.ERROR;
    }
  }

  /** A document of notes: {"format":"civicgrid-notes","version":1,"id":…,"notes":[strings]}. */
  private static final class NotesReader extends DocumentReader<List<String>> {
    private String id;
    private List<String> notes = List.of();
    private JsonLocation notesAt;

    NotesReader() {
      super("notes file n.json", "notes", "civicgrid-notes", 1, NoteRule.BROKEN_JSON, NoteRule.MALFORMED_DOCUMENT);
    }

    @Override
    protected void field(JsonParser p, String name, JsonLocation at) throws IOException {
      switch (name) {
        case "id" -> id = text(p, at, name);
        case "notes" -> {
          notesAt = at;
          notes = p.readValueAs(new TypeReference<List<String>>() {});
        }
        default -> unknownField(p, name, at);
      }
    }

    @Override
    protected List<String> assemble() {
      checkId(id);
      if (notes.contains("")) {
        finding(NoteRule.BAD_NOTE, notesAt, "a note must not be empty");
      }
      if (!findings().isEmpty()) {
        throw failure(Report.of(findings()));
      }
      return notes;
    }
  }

  private static List<String> read(String json, boolean root) throws IOException {
    JsonParser p = new ObjectMapper().createParser(json);
    return new NotesReader().read(p, root);
  }

  private static List<Finding> failures(String json) {
    return catchThrowableOfType(() -> read(json, true), ImportFailedException.class).report().findings();
  }

  @Test
  void aSoundDocumentIsBuilt() throws IOException {
    assertThat(read("{\"format\":\"civicgrid-notes\",\"version\":1,\"id\":\"street-notes\",\"notes\":[\"a\",\"b\"]}",
        true)).containsExactly("a", "b");
  }

  @Test
  void theHeaderMustComeFirstWithTheRightFormatAndVersion() {
    assertThat(failures("{\"id\":\"x\"}")).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("a notes document starts with \"format\":\"civicgrid-notes\",\"version\":1; found \"id\" where"
            + " \"format\" belongs"));
    assertThat(failures("{\"format\":\"civicgrid-policy\",\"version\":1}")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("format is \"civicgrid-policy\", not \"civicgrid-notes\""));
    assertThat(failures("{\"format\":\"civicgrid-notes\",\"version\":7}")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("unsupported version 7"));
    assertThat(failures("[1]")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("a notes document is a JSON object, not an array"));
  }

  @Test
  void brokenJsonIsReportedWithItsLineAndColumn() {
    assertThat(failures("{\"format\":\"civicgrid-notes\",\n\"version\":1,\n\"id\":}")).singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo(NoteRule.BROKEN_JSON);
          assertThat(f.subject()).isEqualTo("line 3");
          assertThat(f.message()).startsWith("not valid JSON").contains("(at line 3, column 6)");
        });
  }

  @Test
  void contentAfterTheDocumentIsAnErrorOnlyAtTheRoot() throws IOException {
    String twice = "{\"format\":\"civicgrid-notes\",\"version\":1,\"id\":\"a\"} {}";
    assertThat(failures(twice)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("content after the end of the notes document"));
    assertThat(read(twice, false)).isEmpty();
  }

  @Test
  void everyProblemIsCollectedAndOrderedByLine() {
    List<Finding> findings = failures("{\"format\":\"civicgrid-notes\",\"version\":1,\n\"notes\":[\"\"],\n"
        + "\"colour\":\"red\",\n\"id\":7}");
    assertThat(findings).extracting(Finding::subject).containsExactly("line 1", "line 2", "line 3", "line 4");
    assertThat(findings).extracting(Finding::message).containsExactly(
        "the notes document has no \"id\"", "a note must not be empty", "a notes document has no field \"colour\"",
        "\"id\" must be a string, not 7");
  }

  @Test
  void anIdMustBeLowerKebab() {
    assertThat(failures("{\"format\":\"civicgrid-notes\",\"version\":1,\"id\":\"Street Notes\"}")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("notes id \"Street Notes\" is not lower-kebab"));
  }

  @Test
  void theFailureNamesTheSource() {
    assertThat(catchThrowableOfType(() -> read("{}", true), ImportFailedException.class))
        .hasMessageContaining("notes file n.json: 1 error(s)");
  }
}
