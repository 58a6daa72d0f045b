package org.civicgrid.routing.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Function;

/**
 * One local year of a working calendar precomputed as flat arrays of epoch milliseconds, so that
 * working-time arithmetic is a few array reads and a binary search instead of a walk through days.
 * For each day: its start, the working time before it, and its working intervals as instants
 * (converted in the calendar's zone, so days of 23 or 25 hours are right); plus the list of working
 * days for counting whole days. Immutable.
 */
final class YearTable {
  private static final long DAY_MS = 86_400_000L;
  /** How many days {@link #instantAt} steps through before it switches to a binary search. */
  private static final int LINEAR_DAYS = 16;

  final int year;
  /** The first instant of the year (local midnight of 1 January). */
  final long start;
  /** The first instant of the next year. */
  final long end;

  private final int days;
  private final long[] dayStart;
  private final long[] workBefore;
  private final int[] firstInterval;
  private final long[] intervalStart;
  private final long[] intervalEnd;
  private final int[] workingDays;
  private final int[] workingDaysBefore;

  private YearTable(int year, long[] dayStart, long[] workBefore, int[] firstInterval, long[] intervalStart,
      long[] intervalEnd, int[] workingDays, int[] workingDaysBefore) {
    this.year = year;
    this.days = dayStart.length - 1;
    this.start = dayStart[0];
    this.end = dayStart[days];
    this.dayStart = dayStart;
    this.workBefore = workBefore;
    this.firstInterval = firstInterval;
    this.intervalStart = intervalStart;
    this.intervalEnd = intervalEnd;
    this.workingDays = workingDays;
    this.workingDaysBefore = workingDaysBefore;
  }

  /** Tabulates {@code year} with the hours {@code hoursOn} gives each date. */
  static YearTable build(int year, ZoneId zone, Function<LocalDate, DayHours> hoursOn) {
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    long[] dayStart = new long[days + 1];
    for (int d = 0; d <= days; d++) {
      dayStart[d] = first.plusDays(d).atStartOfDay(zone).toInstant().toEpochMilli();
    }
    long[] workBefore = new long[days + 1];
    int[] firstInterval = new int[days + 1];
    int[] workingDaysBefore = new int[days + 1];
    long[] starts = new long[days * 2];
    long[] ends = new long[days * 2];
    int[] working = new int[days];
    int n = 0;
    int workingCount = 0;
    for (int d = 0; d < days; d++) {
      firstInterval[d] = n;
      workingDaysBefore[d] = workingCount;
      LocalDate date = first.plusDays(d);
      long worked = 0;
      long previousEnd = dayStart[d];
      for (WorkingInterval i : hoursOn.apply(date).intervals()) {
        // Clamped to the previous end: a local time repeated or skipped by a clock change must not
        // make intervals overlap or run backwards.
        long s = Math.max(previousEnd, instant(date, i.startMinute(), zone, dayStart[d + 1]));
        long e = instant(date, i.endMinute(), zone, dayStart[d + 1]);
        if (e > s) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
          }
          starts[n] = s;
          ends[n] = e;
          n++;
          worked += e - s;
          previousEnd = e;
        }
      }
      workBefore[d + 1] = workBefore[d] + worked;
      if (worked > 0) {
        working[workingCount++] = d;
      }
    }
    firstInterval[days] = n;
    workingDaysBefore[days] = workingCount;
    return new YearTable(year, dayStart, workBefore, firstInterval, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
        Arrays.copyOf(working, workingCount), workingDaysBefore);
  }

  private static long instant(LocalDate date, int minute, ZoneId zone, long nextDayStart) {
    if (minute == WorkingInterval.MINUTES_PER_DAY) {
      return nextDayStart;
    }
    return date.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toInstant().toEpochMilli();
  }

  /** The working time of the whole year. */
  long total() {
    return workBefore[days];
  }

  /** The index of the day holding {@code t}, which lies in this year. */
  int dayOf(long t) {
    int d = (int) Math.min(days - 1, (t - start) / DAY_MS);
    while (t < dayStart[d]) {
      d--;
    }
    while (t >= dayStart[d + 1]) {
      d++;
    }
    return d;
  }

  /** The working time from the start of the year to {@code t}, for {@code start <= t <= end}. */
  long workedBefore(long t) {
    return t == end ? total() : workedBefore(t, dayOf(t));
  }

  /** The working time from the start of the year to {@code t}, which lies in day {@code d}. */
  long workedBefore(long t, int d) {
    long worked = workBefore[d];
    for (int i = firstInterval[d], last = firstInterval[d + 1]; i < last && t > intervalStart[i]; i++) {
      worked += Math.min(t, intervalEnd[i]) - intervalStart[i];
    }
    return worked;
  }

  /**
   * The earliest instant by which {@code worked} of working time has passed since the start of the
   * year, for {@code workBefore(day fromDay) < worked <= total()}: an amount that fills an interval
   * exactly ends at the interval's end, not at the start of the next one.
   */
  long instantAt(long worked, int fromDay) {
    // Limits mostly end within days of their start: step forward from there (predictable branches),
    // and only binary-search the rest of the year for long limits.
    int d = fromDay;
    int stop = Math.min(days - 1, fromDay + LINEAR_DAYS);
    while (d < stop && workBefore[d + 1] < worked) {
      d++;
    }
    if (workBefore[d + 1] < worked) {
      int lo = d + 2;
      int hi = days;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (workBefore[mid] >= worked) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      d = lo - 1;
    }
    long left = worked - workBefore[d];
    int i = firstInterval[d];
    long length = intervalEnd[i] - intervalStart[i];
    while (left > length) {
      left -= length;
      i++;
      length = intervalEnd[i] - intervalStart[i];
    }
    return intervalStart[i] + left;
  }

  /** Whether {@code t}, in this year, is inside a working interval. */
  boolean isWorkingTime(long t) {
    int d = dayOf(t);
    for (int i = firstInterval[d], last = firstInterval[d + 1]; i < last; i++) {
      if (t >= intervalStart[i] && t < intervalEnd[i]) {
        return true;
      }
    }
    return false;
  }

  /** How many days of this year have working time. */
  int workingDayCount() {
    return workingDays.length;
  }

  /** How many working days of this year there are up to and including day {@code d}. */
  int workingDaysThrough(int d) {
    return workingDaysBefore[d + 1];
  }

  /** The close of business (end of the last interval) of the {@code k}-th working day, counting from 0. */
  long closeOfWorkingDay(int k) {
    return intervalEnd[firstInterval[workingDays[k] + 1] - 1];
  }
}
