package org.civicgrid.routing.calendar;

import com.google.common.collect.ImmutableSortedSet;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A working calendar was asked about a date in a year its public-holiday data does not declare
 * ({@link ErrorCode#CALENDAR_YEAR_MISSING}), so it cannot say which days are worked. Names the
 * calendar, the year and the declared years. Load that year's arrangement, or build the calendar
 * with {@link UndeclaredYears#WEEKLY_HOURS} to accept the weekly hours alone.
 */
public final class CalendarYearMissingException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final String calendarId;
  private final int year;

  CalendarYearMissingException(String calendarId, int year, ImmutableSortedSet<Integer> declared) {
    super(ErrorCode.CALENDAR_YEAR_MISSING, "calendar " + calendarId + " has no public-holiday data for " + year
        + " (it declares " + declared + "); add that year's arrangement or opt into UndeclaredYears.WEEKLY_HOURS");
    this.calendarId = calendarId;
    this.year = year;
  }

  /** The calendar asked. */
  public String calendarId() {
    return calendarId;
  }

  /** The undeclared year. */
  public int year() {
    return year;
  }
}
