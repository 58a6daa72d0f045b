package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit (时限): a whole amount of a {@link LimitUnit}, such as 15 working days for an illegal
 * building or 5 working hours for a dirty street (the Jiyuan table). Working days and working hours
 * are different units and are never converted into each other. Immutable.
 *
 * @param amount how many units, from 1 to {@value #MAX_AMOUNT}
 * @param unit the unit
 */
public record TimeLimit(int amount, LimitUnit unit) {
  /** The largest amount accepted; more is a mistake in a limit table, not a limit. */
  public static final int MAX_AMOUNT = 100_000;

  private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,9})\\s*(\\S.*?)\\s*");
  private static final ImmutableMap<String, LimitUnit> UNITS = units();

  /**
   * @throws IllegalArgumentException naming the amount if it is not from 1 to {@value #MAX_AMOUNT}
   */
  public TimeLimit {
    checkNotNull(unit, "unit");
    checkArgument(amount >= 1 && amount <= MAX_AMOUNT, "time limit of %s %s: the amount must be from 1 to %s", amount,
        unit.label(), MAX_AMOUNT);
  }

  public static TimeLimit of(int amount, LimitUnit unit) {
    return new TimeLimit(amount, unit);
  }

  public static TimeLimit workingMinutes(int amount) {
    return new TimeLimit(amount, LimitUnit.WORKING_MINUTES);
  }

  public static TimeLimit workingHours(int amount) {
    return new TimeLimit(amount, LimitUnit.WORKING_HOURS);
  }

  public static TimeLimit workingDays(int amount) {
    return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
  }

  public static TimeLimit calendarMinutes(int amount) {
    return new TimeLimit(amount, LimitUnit.CALENDAR_MINUTES);
  }

  public static TimeLimit calendarHours(int amount) {
    return new TimeLimit(amount, LimitUnit.CALENDAR_HOURS);
  }

  public static TimeLimit calendarDays(int amount) {
    return new TimeLimit(amount, LimitUnit.CALENDAR_DAYS);
  }

  /**
   * Reads a limit as limit tables write it: an amount and a unit, in English ({@code 15 working
   * days}, {@code 2 calendar hours}; singular or plural) or Chinese ({@code 15工作日}, {@code 5工作时},
   * {@code 5工作小时}, {@code 30分钟}, {@code 2小时}, {@code 3天}, {@code 3自然日}). A bare English
   * {@code days} or {@code hours} is refused: say working or calendar.
   *
   * @throws IllegalArgumentException naming the text and the unit if the unit is unknown or the
   *     amount is out of range
   */
  public static TimeLimit parse(String text) {
    checkNotNull(text, "text");
    Matcher m = TEXT.matcher(text);
    checkArgument(m.matches(), "time limit '%s' is not an amount followed by a unit", text);
    LimitUnit unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    checkArgument(unit != null, "time limit '%s' has an unknown unit '%s'; expected one of %s", text, m.group(2),
        UNITS.keySet());
    long amount = Long.parseLong(m.group(1));
    checkArgument(amount >= 1 && amount <= MAX_AMOUNT, "time limit '%s': the amount must be from 1 to %s", text,
        MAX_AMOUNT);
    return new TimeLimit((int) amount, unit);
  }

  /** The limit as {@link #parse} reads it, for example {@code 2 working days}. */
  @Override
  public String toString() {
    return amount + " " + unit.label();
  }

  /** The exact length of a minute or hour limit in milliseconds. */
  long exactMillis() {
    return switch (unit) {
      case WORKING_MINUTES, CALENDAR_MINUTES -> amount * 60_000L;
      case WORKING_HOURS, CALENDAR_HOURS -> amount * 3_600_000L;
      case WORKING_DAYS, CALENDAR_DAYS -> throw new IllegalStateException(this + " counts days, not exact time");
    };
  }

  private static ImmutableMap<String, LimitUnit> units() {
    ImmutableMap.Builder<String, LimitUnit> units = ImmutableMap.builder();
    for (LimitUnit u : LimitUnit.values()) {
      units.put(u.label(), u);
      units.put(u.label().substring(0, u.label().length() - 1), u);
      units.put(u.labelZh(), u);
    }
    units.put("工作小时", LimitUnit.WORKING_HOURS);
    units.put("天", LimitUnit.CALENDAR_DAYS);
    return units.buildOrThrow();
  }
}
