package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;

/**
 * One year's holiday arrangement (节假日安排), as the State Council publishes it each autumn for the
 * following year: its holiday periods with their make-up working days, and where it comes from.
 *
 * <p>A year's dates may start in December of the year before: the notice for 2019, for example, made
 * 30 and 31 December 2018 holidays and 29 December 2018 a working day. Other dates outside the year
 * are refused. No date may be claimed twice (two holidays, or a holiday and a make-up day). Immutable.
 *
 * @param year the year the arrangement is for
 * @param source the notice it comes from (title, number, date), so data can be checked against it
 * @param holidays the holiday periods, in the notice's order
 */
public record HolidayArrangement(int year, String source, ImmutableList<PublicHoliday> holidays) {
  /**
   * @throws IllegalArgumentException naming the date and the holidays if a date lies outside the
   *     year (and the December before it) or is claimed twice
   */
  public HolidayArrangement {
    checkArgument(year >= 1900 && year <= 9999, "arrangement year %s is not from 1900 to 9999", year);
    checkArgument(source != null && !source.isBlank(), "arrangement for %s names no source", year);
    holidays = ImmutableList.copyOf(checkNotNull(holidays, "holidays"));
    Map<LocalDate, String> claimed = new HashMap<>();
    for (PublicHoliday h : holidays) {
      h.days().forEach(d -> claim(year, claimed, d, "holiday " + h.nameEn()));
      h.makeUpDays().forEach(d -> claim(year, claimed, d, "make-up working day of " + h.nameEn()));
    }
  }

  /** An arrangement with the given holidays. */
  public static HolidayArrangement of(int year, String source, PublicHoliday... holidays) {
    return new HolidayArrangement(year, source, ImmutableList.copyOf(holidays));
  }

  @Override
  public String toString() {
    return year + " (" + holidays.size() + " holidays; " + source + ")";
  }

  private static void claim(int year, Map<LocalDate, String> claimed, LocalDate date, String what) {
    checkArgument(date.getYear() == year || date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER,
        "%s %s lies outside the %s arrangement (only %s and December %s may appear)", what, date, year, year,
        year - 1);
    String before = claimed.putIfAbsent(date, what);
    checkArgument(before == null, "%s %s is already %s", what, date, before);
  }
}
