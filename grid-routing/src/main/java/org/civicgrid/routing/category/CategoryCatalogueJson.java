package org.civicgrid.routing.category;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
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
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.io.LinePerEntryLayout;

/**
 * Writes a {@link CategoryCatalogue} as a catalogue document and reads one back: format
 * {@code civicgrid-categories}, version 1, described in {@code docs/formats.md}. The presets of
 * {@link CategoryCatalogues} are such documents, and a city ships its own catalogue, or a local
 * extension of a preset ({@code "extends"}), in the same form. Documents are UTF-8, with one
 * department, main class or subcategory per line so they diff well.
 *
 * <p>Reading is all or nothing: any problem — JSON that is broken or cut short, another format or
 * version, an unknown field, a malformed code, a duplicate or colliding code, a subcategory whose main
 * class is missing, a missing or unknown department, a bad handling limit — fails the whole read with
 * an {@link ImportFailedException} ({@code MALFORMED_INPUT}) whose report names every problem
 * ({@link CatalogueRule}) with its line, and whose messages name the offending code. I/O failures
 * propagate as {@link IOException}.
 *
 * <p>Streams are neither opened nor closed here unless a {@link Path} is given. Stateless and
 * thread-safe.
 */
public final class CategoryCatalogueJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .addModule(new CategoryJsonModule())
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new LinePerEntryLayout("departments", "categories", "subcategories"));

  private CategoryCatalogueJson() {}

  /** Writes {@code catalogue} to {@code out}, which stays open. */
  public static void write(CategoryCatalogue catalogue, Writer out) throws IOException {
    checkNotNull(catalogue, "catalogue");
    WRITER.writeValue(out, catalogue);
    out.write('\n');
    out.flush();
  }

  /** Writes {@code catalogue} to {@code out} as UTF-8; {@code out} stays open. */
  public static void write(CategoryCatalogue catalogue, OutputStream out) throws IOException {
    write(catalogue, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Writes {@code catalogue} to {@code file}, replacing it. */
  public static void write(CategoryCatalogue catalogue, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(catalogue, out);
    }
  }

  /** Reads a whole catalogue from {@code in}, which stays open. */
  public static CategoryCatalogue read(Reader in) throws IOException {
    return read(MAPPER.createParser(checkNotNull(in, "in")), "category catalogue", null);
  }

  /** Reads a whole catalogue from {@code in} (UTF-8, or UTF-16/32 with a byte order mark), which stays open. */
  public static CategoryCatalogue read(InputStream in) throws IOException {
    return read(MAPPER.createParser(checkNotNull(in, "in")), "category catalogue", null);
  }

  /** Reads the whole catalogue in {@code file}; the failure names the file. */
  public static CategoryCatalogue read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(MAPPER.createParser(in), "category catalogue " + file, null);
    }
  }

  /**
   * Reads a local extension of {@code base} from {@code in}, which stays open, and returns {@code base}
   * extended by it (see {@link CategoryCatalogue#extend(String)}). The document's {@code extends} must
   * be {@code base}'s id; its codes must be new and in the local range; its subcategories may hang
   * under {@code base}'s main classes and name {@code base}'s departments.
   */
  public static CategoryCatalogue readExtension(CategoryCatalogue base, Reader in) throws IOException {
    return read(MAPPER.createParser(checkNotNull(in, "in")), "category catalogue extension",
        checkNotNull(base, "base"));
  }

  /** Reads a local extension of {@code base} from a UTF-8 stream; see {@link #readExtension(CategoryCatalogue, Reader)}. */
  public static CategoryCatalogue readExtension(CategoryCatalogue base, InputStream in) throws IOException {
    return read(MAPPER.createParser(checkNotNull(in, "in")), "category catalogue extension",
        checkNotNull(base, "base"));
  }

  /** Reads the local extension of {@code base} in {@code file}; see {@link #readExtension(CategoryCatalogue, Reader)}. */
  public static CategoryCatalogue readExtension(CategoryCatalogue base, Path file) throws IOException {
    checkNotNull(base, "base");
    try (InputStream in = Files.newInputStream(file)) {
      return read(MAPPER.createParser(in), "category catalogue extension " + file, base);
    }
  }

  /** Reads a catalogue from a stream that names itself {@code source} in messages (the presets' resources). */
  static CategoryCatalogue read(InputStream in, String source) throws IOException {
    return read(MAPPER.createParser(checkNotNull(in, "in")), source, null);
  }

  private static CategoryCatalogue read(JsonParser p, String source, CategoryCatalogue base) throws IOException {
    try (p) {
      return new CatalogueReader(source, base).read(p, true);
    }
  }
}
