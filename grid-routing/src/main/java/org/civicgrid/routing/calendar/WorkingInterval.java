package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of working time inside a day, such as 08:30–12:00, to the minute. The end may be
 * 24:00 so that a day can be worked round the clock; the end is exclusive. Immutable.
 *
 * @param startMinute minutes after midnight at which work starts, 0 to 1439
 * @param endMinute minutes after midnight at which work stops, after the start, at most 1440 (24:00)
 */
public record WorkingInterval(int startMinute, int endMinute) implements Comparable<WorkingInterval> {
  /** Minutes in a day; an interval may end at this value, written 24:00. */
  public static final int MINUTES_PER_DAY = 24 * 60;

  private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})\\s*");
  private static final WorkingInterval ALL_DAY = new WorkingInterval(0, MINUTES_PER_DAY);

  public WorkingInterval {
    checkArgument(startMinute >= 0 && startMinute < MINUTES_PER_DAY,
        "working interval start minute %s is not within a day (0 to 1439)", startMinute);
    checkArgument(endMinute > startMinute && endMinute <= MINUTES_PER_DAY,
        "working interval %s–%s ends before it starts or after 24:00", clock(startMinute), clock(endMinute));
  }

  /** The interval from {@code start} to {@code end}, both whole minutes; for an end at 24:00 use {@link #parse}. */
  public static WorkingInterval of(LocalTime start, LocalTime end) {
    return new WorkingInterval(minuteOf(start, "start"), minuteOf(end, "end"));
  }

  /** The whole day, 00:00–24:00. */
  public static WorkingInterval allDay() {
    return ALL_DAY;
  }

  /**
   * Reads {@code "08:30-12:00"} (a hyphen or an en dash between the times; 24:00 allowed as the end).
   *
   * @throws IllegalArgumentException naming the text if it is not an interval
   */
  public static WorkingInterval parse(String text) {
    checkNotNull(text, "text");
    Matcher m = TEXT.matcher(text);
    checkArgument(m.matches(), "working interval '%s' is not of the form HH:MM-HH:MM", text);
    return new WorkingInterval(minute(text, m.group(1), m.group(2)), minute(text, m.group(3), m.group(4)));
  }

  /** When work starts. */
  public LocalTime start() {
    return LocalTime.of(startMinute / 60, startMinute % 60);
  }

  /** How long the interval lasts, in minutes. */
  public int minutes() {
    return endMinute - startMinute;
  }

  /** Whether the two intervals share any minute; intervals that only touch (12:00 and 12:00) do not. */
  public boolean overlaps(WorkingInterval other) {
    return startMinute < other.endMinute && other.startMinute < endMinute;
  }

  @Override
  public int compareTo(WorkingInterval other) {
    int c = Integer.compare(startMinute, other.startMinute);
    return c != 0 ? c : Integer.compare(endMinute, other.endMinute);
  }

  /** The interval as {@link #parse} reads it, for example {@code 08:30-12:00}. */
  @Override
  public String toString() {
    return clock(startMinute) + "-" + clock(endMinute);
  }

  private static int minuteOf(LocalTime time, String which) {
    checkNotNull(time, which);
    checkArgument(time.getSecond() == 0 && time.getNano() == 0,
        "working interval %s %s is not a whole minute", which, time);
    return time.getHour() * 60 + time.getMinute();
  }

  private static int minute(String text, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    checkArgument(m < 60 && (h < 24 || h == 24 && m == 0), "working interval '%s' has an impossible time %s:%s",
        text, hours, minutes);
    return h * 60 + m;
  }

  private static String clock(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
