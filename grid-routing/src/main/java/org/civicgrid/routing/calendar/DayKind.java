package org.civicgrid.routing.calendar;

/** Why a date of a working calendar is worked or not: which part of the calendar decided. */
public enum DayKind {
  /** A day of the week with working hours, not touched by a holiday. */
  WORKDAY(true),
  /** A day of the week without working hours (a weekend), not touched by a holiday. */
  REST_DAY(false),
  /** A day off of a public holiday (法定节假日 and the days joined to it). */
  PUBLIC_HOLIDAY(false),
  /** A Saturday or Sunday worked in exchange for a holiday (调休上班日). */
  MAKE_UP_WORKDAY(true),
  /** A date on which the unit set its own working hours. */
  UNIT_WORKDAY(true),
  /** A date on which the unit closed (a local festival, a typhoon day). */
  UNIT_CLOSURE(false);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /** Whether days of this kind have working hours. */
  public boolean isWorking() {
    return working;
  }
}
