package org.civicgrid.routing.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The year tables a calendar has built so far, over a contiguous range of years (a year not built
 * yet is null), with the first instant of each year so that an instant finds its table without
 * time-zone arithmetic. Immutable: a calendar publishes a new index when it builds another year.
 */
final class YearIndex {
  static final YearIndex EMPTY = new YearIndex(0, new YearTable[0], new long[] {0});

  private static final long YEAR_MS = 365L * 86_400_000L;

  private final int firstYear;
  private final YearTable[] tables;
  private final long[] starts;

  private YearIndex(int firstYear, YearTable[] tables, long[] starts) {
    this.firstYear = firstYear;
    this.tables = tables;
    this.starts = starts;
  }

  /** The table of the year holding {@code t}, or null if that year is not built. */
  YearTable find(long t) {
    int n = tables.length;
    if (n == 0 || t < starts[0] || t >= starts[n]) {
      return null;
    }
    int i = (int) Math.min(n - 1, (t - starts[0]) / YEAR_MS);
    while (t < starts[i]) {
      i--;
    }
    while (t >= starts[i + 1]) {
      i++;
    }
    return tables[i];
  }

  /** The table of {@code year}, or null if it is not built. */
  YearTable get(int year) {
    int i = year - firstYear;
    return i >= 0 && i < tables.length ? tables[i] : null;
  }

  /** This index with {@code table} added, widened to reach its year. */
  YearIndex with(YearTable table, ZoneId zone) {
    int first = tables.length == 0 ? table.year : Math.min(firstYear, table.year);
    int last = tables.length == 0 ? table.year : Math.max(firstYear + tables.length - 1, table.year);
    YearTable[] wider = new YearTable[last - first + 1];
    long[] widerStarts = new long[wider.length + 1];
    for (int y = first; y <= last + 1; y++) {
      widerStarts[y - first] = LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
    if (tables.length > 0) {
      System.arraycopy(tables, 0, wider, firstYear - first, tables.length);
    }
    wider[table.year - first] = table;
    return new YearIndex(first, wider, widerStarts);
  }
}
