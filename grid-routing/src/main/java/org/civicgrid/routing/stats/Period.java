package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A reporting period: the half-open span of instants {@code [start, end)} an indicator's cases are
 * counted in, with the label a report shows. A case belongs to a period by the instant its indicator
 * names (its acceptance for the filing rate, its due instant for the on-time rates), so an instant at
 * midnight belongs to the day that starts then. Immutable and thread-safe.
 *
 * @param start the first instant in the period
 * @param end the first instant after it
 * @param label how a report names it, such as {@code 2024-05}, {@code 2024-W19} or {@code 2024-05-06}
 */
public record Period(Instant start, Instant end, String label) {
  public Period {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(start.isBefore(end), "period %s ends at %s, not after its start %s", label, end, start);
    checkArgument(label != null && !label.isBlank(), "period from %s has no label", start);
  }

  /** The span {@code [start, end)}, labelled by its two instants. */
  public static Period of(Instant start, Instant end) {
    return new Period(start, end, start + "/" + end);
  }

  /** The day, ISO week or month that contains {@code date}, in {@code zone}. */
  public static Period of(PeriodUnit unit, LocalDate date, ZoneId zone) {
    checkNotNull(unit, "unit");
    checkNotNull(date, "date");
    checkNotNull(zone, "zone");
    return switch (unit) {
      case DAY -> span(date, date.plusDays(1), zone, date.toString());
      case WEEK -> {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield span(monday, monday.plusWeeks(1), zone, String.format(Locale.ROOT, "%d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      }
      case MONTH -> {
        LocalDate first = date.withDayOfMonth(1);
        yield span(first, first.plusMonths(1), zone, first.format(DateTimeFormatter.ofPattern("uuuu-MM")));
      }
    };
  }

  /** The consecutive periods of {@code unit} from the one containing {@code first} to the one containing {@code last}. */
  public static ImmutableList<Period> series(PeriodUnit unit, LocalDate first, LocalDate last, ZoneId zone) {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkArgument(!last.isBefore(first), "period series from %s ends at %s, before it starts", first, last);
    ImmutableList.Builder<Period> periods = ImmutableList.builder();
    Period period = of(unit, first, zone);
    Instant stop = of(unit, last, zone).end();
    while (period.start().isBefore(stop)) {
      periods.add(period);
      period = of(unit, period.end().atZone(zone).toLocalDate(), zone);
    }
    return periods.build();
  }

  /** True when {@code instant} lies in {@code [start, end)}. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  private static Period span(LocalDate from, LocalDate to, ZoneId zone, String label) {
    return new Period(from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(), label);
  }

  @Override
  public String toString() {
    return label;
  }
}
