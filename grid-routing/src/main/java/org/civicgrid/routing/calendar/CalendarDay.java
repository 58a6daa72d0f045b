package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One date of a {@link WorkingCalendar} with its working hours and the reason for them, so a
 * deadline can be explained ("5 February: make-up day for the Spring Festival"). Immutable.
 *
 * @param date the date
 * @param kind which part of the calendar decided
 * @param hours the working hours, none on a day not worked
 * @param holiday the holiday the date is a day off of or a make-up day for, if any
 */
public record CalendarDay(LocalDate date, DayKind kind, DayHours hours, Optional<PublicHoliday> holiday) {
  public CalendarDay {
    checkNotNull(date, "date");
    checkNotNull(kind, "kind");
    checkNotNull(hours, "hours");
    checkNotNull(holiday, "holiday");
    checkArgument(kind.isWorking() == hours.isWorking(), "%s is %s but has hours %s", date, kind, hours);
  }

  /** Whether any time of the date is worked. */
  public boolean isWorking() {
    return kind.isWorking();
  }

  @Override
  public String toString() {
    return date + " " + kind + " " + hours + holiday.map(h -> " (" + h.nameEn() + ")").orElse("");
  }
}
