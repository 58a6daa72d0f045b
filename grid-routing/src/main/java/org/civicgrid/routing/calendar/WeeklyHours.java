package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rule part of a working calendar: the {@link DayHours} of each day of the week, plus the hours
 * worked on a make-up working day (调休上班日, a Saturday or Sunday worked in exchange for a
 * holiday), which follows no weekday of its own. At least one day of the week is worked, so a
 * time limit always ends. Immutable.
 */
public final class WeeklyHours {
  private static final DayHours OFFICE_DAY = DayHours.parse("08:30-12:00, 14:00-17:30");
  private static final WeeklyHours OFFICE = weekdays(OFFICE_DAY);
  private static final WeeklyHours ALL_WEEK = allWeek(DayHours.allDay());

  private final ImmutableMap<DayOfWeek, DayHours> days;
  private final DayHours makeUpDay;

  private WeeklyHours(Map<DayOfWeek, DayHours> days, DayHours makeUpDay) {
    checkNotNull(makeUpDay, "makeUpDay");
    for (DayOfWeek d : DayOfWeek.values()) {
      checkNotNull(days.get(d), "no hours for %s", d);
    }
    checkArgument(days.values().stream().anyMatch(DayHours::isWorking), "weekly hours work on no day of the week");
    this.days = Maps.immutableEnumMap(days);
    this.makeUpDay = makeUpDay;
  }

  /**
   * A common office schedule of Chinese public bodies: Monday to Friday 08:30–12:00 and 14:00–17:30
   * (7 working hours), make-up days the same, weekends off. An example default, not a national
   * rule: local hours differ (summer and winter hours, other lunch breaks), so units set their own.
   */
  public static WeeklyHours officeHours() {
    return OFFICE;
  }

  /** Round the clock every day (a 24-hour hotline centre); make-up days likewise. */
  public static WeeklyHours allWeek() {
    return ALL_WEEK;
  }

  /** The same hours Monday to Friday and on make-up days; Saturday and Sunday off. */
  public static WeeklyHours weekdays(DayHours hours) {
    checkNotNull(hours, "hours");
    EnumMap<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, d.getValue() <= 5 ? hours : DayHours.none());
    }
    return new WeeklyHours(days, hours);
  }

  /** The same hours on all seven days and on make-up days. */
  public static WeeklyHours allWeek(DayHours hours) {
    checkNotNull(hours, "hours");
    EnumMap<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, hours);
    }
    return new WeeklyHours(days, hours);
  }

  /** These hours with {@code day} worked as {@code hours} ({@link DayHours#none()} for a day off). */
  public WeeklyHours with(DayOfWeek day, DayHours hours) {
    checkNotNull(day, "day");
    checkNotNull(hours, "hours");
    EnumMap<DayOfWeek, DayHours> changed = new EnumMap<>(days);
    changed.put(day, hours);
    return new WeeklyHours(changed, makeUpDay);
  }

  /** These hours with make-up working days worked as {@code hours}. */
  public WeeklyHours withMakeUpDay(DayHours hours) {
    return new WeeklyHours(days, hours);
  }

  /** The hours of a regular {@code day} of the week. */
  public DayHours hours(DayOfWeek day) {
    return days.get(checkNotNull(day, "day"));
  }

  /** The hours of a make-up working day. */
  public DayHours makeUpDay() {
    return makeUpDay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklyHours w && days.equals(w.days) && makeUpDay.equals(w.makeUpDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(days, makeUpDay);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    days.forEach((d, h) -> s.append(d.name(), 0, 3).append(' ').append(h).append("; "));
    return s.append("make-up days ").append(makeUpDay).toString();
  }
}
