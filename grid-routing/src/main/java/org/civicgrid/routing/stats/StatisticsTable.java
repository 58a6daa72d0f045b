package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * A statistics report as a Markdown table, readable as plain text: one row per group or period, one
 * column per indicator, each cell showing its numerator and denominator ({@code 37 / 40 (92.5 %)}) or
 * {@code n/a}, and each column's definition listed under the table. Immutable and thread-safe.
 *
 * <pre>{@code
 * String text = StatisticsTable.of("community", stats.by(byCommunity, may), Indicator.values()).toMarkdown();
 * }</pre>
 */
public final class StatisticsTable {
  private final String rowHeader;
  private final ImmutableMap<String, IndicatorSet> rows;
  private final ImmutableList<Indicator> columns;

  private StatisticsTable(String rowHeader, ImmutableMap<String, IndicatorSet> rows, ImmutableList<Indicator> columns) {
    this.rowHeader = rowHeader;
    this.rows = rows;
    this.columns = columns;
  }

  /**
   * A table of the rows in their order, showing the columns in the order given.
   *
   * @param rowHeader what the rows are, such as {@code community} or {@code month}
   * @param rows each row's label and indicators, such as {@link CaseStatistics#by}'s result
   */
  public static StatisticsTable of(String rowHeader, Map<String, IndicatorSet> rows, List<Indicator> columns) {
    checkArgument(rowHeader != null && !rowHeader.isBlank(), "a table needs a row header");
    checkNotNull(rows, "rows");
    checkNotNull(columns, "columns");
    checkArgument(!columns.isEmpty(), "a table needs at least one column");
    checkArgument(columns.stream().distinct().count() == columns.size(), "columns %s repeat an indicator", columns);
    return new StatisticsTable(rowHeader, ImmutableMap.copyOf(rows), ImmutableList.copyOf(columns));
  }

  /** A table of every indicator, in the order of {@link Indicator}. */
  public static StatisticsTable of(String rowHeader, Map<String, IndicatorSet> rows) {
    return of(rowHeader, rows, List.of(Indicator.values()));
  }

  /** A table of per-period rows, labelled by period. */
  public static StatisticsTable ofPeriods(Map<Period, IndicatorSet> rows, List<Indicator> columns) {
    checkNotNull(rows, "rows");
    ImmutableMap.Builder<String, IndicatorSet> labelled = ImmutableMap.builder();
    rows.forEach((period, indicators) -> labelled.put(period.label(), indicators));
    return of("period", labelled.buildOrThrow(), columns);
  }

  /** The table, then a line per column with the indicator's Chinese name and definition. */
  public String toMarkdown() {
    StringBuilder text = new StringBuilder("| ").append(escape(rowHeader));
    for (Indicator column : columns) {
      text.append(" | ").append(column.nameEn());
    }
    text.append(" |\n|---");
    text.append("|---:".repeat(columns.size())).append("|\n");
    rows.forEach((label, indicators) -> {
      text.append("| ").append(escape(label));
      for (Indicator column : columns) {
        text.append(" | ").append(indicators.measure(column).display());
      }
      text.append(" |\n");
    });
    text.append('\n');
    for (Indicator column : columns) {
      text.append("- ").append(column.nameEn()).append(" (").append(column.nameZh()).append("): ")
          .append(column.definition()).append('\n');
    }
    return text.toString();
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|");
  }

  @Override
  public String toString() {
    return toMarkdown();
  }
}
