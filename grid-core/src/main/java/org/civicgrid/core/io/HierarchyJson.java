package org.civicgrid.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.InvalidHierarchyException;

/**
 * Writes a {@link GridHierarchy} as a hierarchy document and reads one back: format
 * {@code civicgrid-hierarchy}, version 1, described in {@code docs/formats.md}. Documents are UTF-8,
 * with one level, grid or place per line so they diff well; defaults are left out to keep them small.
 *
 * <p>Reading fails as a whole, never half-applied:
 * <ul>
 *   <li>truncated or malformed JSON, a wrong {@code format}, an unsupported {@code version}, unknown
 *       fields or wrong types: {@link CivicGridException} with {@link ErrorCode#MALFORMED_INPUT} whose
 *       message names the line, the column and the problem;
 *   <li>a string that is not a grid code: {@link InvalidCodeException} naming the code;
 *   <li>a well-formed document whose grids or places break the scheme: {@link InvalidHierarchyException}
 *       with the full validation report.
 * </ul>
 * Streams are neither opened nor closed here unless a {@link Path} is given. Stateless and
 * thread-safe.
 */
public final class HierarchyJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .addModule(new CivicGridJsonModule())
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new LinePerEntryLayout("levels", "grids", "places"));
  /** Jackson's placeholder for the source in nested locations ("start marker at [Source: …; line: 1…]"). */
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line");

  private HierarchyJson() {}

  /** Writes {@code hierarchy} to {@code out}, which stays open. */
  public static void write(GridHierarchy hierarchy, Writer out) throws IOException {
    checkNotNull(hierarchy, "hierarchy");
    WRITER.writeValue(out, hierarchy);
    out.write('\n');
    out.flush();
  }

  /** Writes {@code hierarchy} to {@code out} as UTF-8; {@code out} stays open. */
  public static void write(GridHierarchy hierarchy, OutputStream out) throws IOException {
    write(hierarchy, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Writes {@code hierarchy} to {@code file}, replacing it. */
  public static void write(GridHierarchy hierarchy, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(hierarchy, out);
    }
  }

  /** Reads a hierarchy document from {@code in}, which stays open. */
  public static GridHierarchy read(Reader in) throws IOException {
    checkNotNull(in, "in");
    try {
      return MAPPER.readValue(in, GridHierarchy.class);
    } catch (JsonProcessingException e) {
      throw malformed("hierarchy document", e);
    }
  }

  /** Reads a hierarchy document from {@code in} (UTF-8, or UTF-16/32 with a byte order mark); {@code in} stays open. */
  public static GridHierarchy read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    try {
      return MAPPER.readValue(in, GridHierarchy.class);
    } catch (JsonProcessingException e) {
      throw malformed("hierarchy document", e);
    }
  }

  /** Reads the hierarchy document in {@code file}; messages about bad content name the file. */
  public static GridHierarchy read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, GridHierarchy.class);
    } catch (JsonProcessingException e) {
      throw malformed("hierarchy file " + file, e);
    }
  }

  private static CivicGridException malformed(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 0 ? source
        : source + ", line " + at.getLineNr() + ", column " + at.getColumnNr();
    String problem = SOURCE.matcher(e.getOriginalMessage()).replaceAll("[line");
    return new CivicGridException(ErrorCode.MALFORMED_INPUT, where + ": " + problem, e);
  }
}
