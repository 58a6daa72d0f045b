package org.civicgrid.core.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.civicgrid.core.io.DivisionTableRule.BROKEN_CSV;
import static org.civicgrid.core.io.DivisionTableRule.COLUMN_COUNT;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.scheme.LevelSchemes;

/**
 * Imports a division table of the National Bureau of Statistics (统计用区划代码) as a
 * {@link GridHierarchy} under {@link LevelSchemes#nbs()}.
 *
 * <p>The table is CSV in UTF-8 (a byte order mark is skipped) with the columns code, name and,
 * optionally, parent code; a first row whose first cell has no digit is a header. Codes have 2, 4,
 * 6, 9 or 12 digits (province, city, county, township, village) or are the 12-digit form padded with
 * zeros (110101000000 is county 110101). Without a parent column a row hangs under the longest code
 * that may be its parent: its township, county, or — for a city with no county level, such as
 * Dongguan — its city.
 *
 * <p>Real-world quirks are kept and reported ({@link DivisionTableRule}): placeholder rows become
 * {@link GridKind#PLACEHOLDER} grids, development zones and combined government–enterprise units
 * {@link GridKind#NON_ADMINISTRATIVE} grids; a city without counties is noted; repeated names under
 * one parent are warned about. Any error — a broken CSV row, a wrong column count, a malformed or
 * duplicate code, a missing parent, a code that breaks the scheme — fails the whole import with an
 * {@link ImportFailedException} whose report names every error with its line (reading stops after
 * 1,000 errors). Rows stream straight into grid nodes, so a national table of
 * 700,000 rows imports in a few seconds in a 300 MB heap.
 *
 * <p>Stateless and thread-safe; streams are not closed unless a {@link Path} is given.
 */
public final class DivisionTableReader {
  private static final CsvFactory CSV = CsvFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .build();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private DivisionTableReader() {}

  /** Imports the table in {@code file}; the report's messages are about its lines. */
  public static ImportResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), "division table " + file);
    }
  }

  /** Imports the UTF-8 table in {@code in}, which stays open. */
  public static ImportResult read(InputStream in) throws IOException {
    return read(new InputStreamReader(checkNotNull(in, "in"), StandardCharsets.UTF_8), "division table");
  }

  /** Imports the table in {@code in}, which stays open. */
  public static ImportResult read(Reader in) throws IOException {
    return read(checkNotNull(in, "in"), "division table");
  }

  private static ImportResult read(Reader in, String source) throws IOException {
    DivisionRows rows = new DivisionRows(source);
    PushbackReader text = new PushbackReader(in, 1);
    int first = text.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      text.unread(first);
    }
    int line = 1;
    try (CsvParser csv = CSV.createParser(text)) {
      String[] cells = new String[3];
      int columns = 0;
      boolean firstRow = true;
      while (csv.nextToken() == JsonToken.START_ARRAY && !rows.tooManyErrors()) {
        line = csv.currentLocation().getLineNr();
        int n = 0;
        while (csv.nextToken() == JsonToken.VALUE_STRING) {
          if (n < cells.length) {
            cells[n] = csv.getText();
          }
          n++;
        }
        if (n == 1 && cells[0].isEmpty()) {
          continue;
        }
        boolean header = firstRow && isHeader(cells[0]);
        firstRow = false;
        if (n != columns) {
          if (columns == 0 && (n == 2 || n == 3)) {
            columns = n;
          } else {
            rows.error(COLUMN_COUNT, line, "has " + n + " column(s); "
                + (columns == 0 ? "a division table has 2 (code, name) or 3 (code, name, parent code)"
                    : "the table has " + columns));
            continue;
          }
        }
        if (!header) {
          rows.add(line, cells[0], cells[1], columns == 3 ? cells[2] : null);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      rows.error(BROKEN_CSV, line, "the row starting here is not valid CSV: " + e.getOriginalMessage()
          + (at == null ? "" : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
    return rows.finish();
  }

  /** A header's first cell names the column ("code", "统计用区划代码"); a code always has digits. */
  private static boolean isHeader(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      if (Character.isDigit(cell.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
