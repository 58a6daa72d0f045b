package org.civicgrid.core.io;

import java.util.Locale;
import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * What {@link DivisionTableReader} reports about a division table. Errors make the import fail as a
 * whole; notes and warnings describe real-world quirks that the import keeps. Each finding's subject
 * is the line ({@code "line 12"}).
 */
public enum DivisionTableRule implements Rule {
  /** The input is not valid CSV (an unbalanced quote, text after a closing quote). */
  BROKEN_CSV(Severity.ERROR),
  /** A name holds bytes that are not UTF-8 (the table is probably GBK-encoded). */
  NOT_UTF8(Severity.ERROR),
  /** A row has a number of columns other than the table's 2 (code, name) or 3 (code, name, parent). */
  COLUMN_COUNT(Severity.ERROR),
  /** A code is empty, has a character that is not a digit, has the wrong length or breaks its level's ranges. */
  MALFORMED_CODE(Severity.ERROR),
  /** A row has no name. */
  MISSING_NAME(Severity.ERROR),
  /** Two rows have the same code (also when one is written zero-padded). */
  DUPLICATE_CODE(Severity.ERROR),
  /** The parent column names a code that no row has. */
  UNKNOWN_PARENT(Severity.ERROR),
  /** No row has a code the row can hang under (its township, county or city). */
  NO_PARENT(Severity.ERROR),
  /** The table has no rows. */
  EMPTY_TABLE(Severity.ERROR),
  /** So many errors that reading stopped; the report holds the first ones. */
  TOO_MANY_ERRORS(Severity.ERROR),
  /** A placeholder row (a municipality's 市辖区 or 县, a province's 省直辖县级行政区划), kept as a placeholder grid. */
  PLACEHOLDER(Severity.INFO),
  /** A city has townships directly under it, with no county level (Dongguan, Zhongshan). */
  CITY_WITHOUT_COUNTIES(Severity.INFO),
  /** A development zone or combined government–enterprise unit, kept as a non-administrative grid. */
  NON_ADMINISTRATIVE(Severity.INFO),
  /** Two rows under the same parent have the same name. */
  REPEATED_NAME(Severity.WARNING);

  private final Severity severity;

  DivisionTableRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
