package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.util.List;

/**
 * The working hours of one day: several {@link WorkingInterval}s in order, none overlapping (they
 * may touch), for example 08:30–12:00 and 14:00–17:30 with a lunch break between. No intervals
 * means the day is not worked. Immutable.
 *
 * @param intervals the intervals, sorted by start
 */
public record DayHours(ImmutableList<WorkingInterval> intervals) {
  private static final String CLOSED = "closed";
  private static final DayHours NONE = new DayHours(ImmutableList.of());
  private static final DayHours ALL_DAY = new DayHours(ImmutableList.of(WorkingInterval.allDay()));

  /**
   * @throws IllegalArgumentException naming both intervals if two overlap
   */
  public DayHours {
    checkNotNull(intervals, "intervals");
    intervals = ImmutableList.sortedCopyOf(Ordering.natural(), intervals);
    for (int i = 1; i < intervals.size(); i++) {
      checkArgument(!intervals.get(i - 1).overlaps(intervals.get(i)), "working intervals %s and %s overlap",
          intervals.get(i - 1), intervals.get(i));
    }
  }

  /** The given intervals, in any order. */
  public static DayHours of(WorkingInterval... intervals) {
    return new DayHours(ImmutableList.copyOf(intervals));
  }

  /** The given intervals, in any order. */
  public static DayHours of(List<WorkingInterval> intervals) {
    return new DayHours(ImmutableList.copyOf(intervals));
  }

  /** A day that is not worked. */
  public static DayHours none() {
    return NONE;
  }

  /** A day worked round the clock, 00:00–24:00. */
  public static DayHours allDay() {
    return ALL_DAY;
  }

  /**
   * Reads comma-separated intervals, {@code "08:30-12:00, 14:00-17:30"}; an empty text or {@code
   * closed} is a day not worked.
   *
   * @throws IllegalArgumentException naming the offending interval if one is malformed or two overlap
   */
  public static DayHours parse(String text) {
    checkNotNull(text, "text");
    if (text.isBlank() || text.strip().equals(CLOSED)) {
      return NONE;
    }
    return of(Splitter.on(',').splitToStream(text).map(WorkingInterval::parse).toList());
  }

  /** Whether any time of the day is worked. */
  public boolean isWorking() {
    return !intervals.isEmpty();
  }

  /** The working minutes of the day. */
  public int workingMinutes() {
    int sum = 0;
    for (WorkingInterval i : intervals) {
      sum += i.minutes();
    }
    return sum;
  }

  /** The intervals as {@link #parse} reads them; {@code closed} for a day not worked. */
  @Override
  public String toString() {
    return intervals.isEmpty() ? CLOSED : Joiner.on(", ").join(intervals);
  }
}
