package org.civicgrid.routing.calendar;

/**
 * What a working calendar that observes public holidays does with a date in a year its holiday
 * data does not declare. The default refuses, because a guessed year silently loses every holiday
 * and make-up day of it (the "hard-coded holiday list that expires" of help-desk systems).
 */
public enum UndeclaredYears {
  /** Throw {@link CalendarYearMissingException} naming the year. The default. */
  REFUSE,
  /**
   * Work such years by the weekly hours alone (and the unit's own dates), ignoring holidays that
   * are not known. For callers who explicitly accept approximate deadlines over missing data.
   */
  WEEKLY_HOURS
}
