package org.civicgrid.routing.calendar;

/**
 * The unit of a {@link TimeLimit}. Working units count only the time a {@link WorkingCalendar}
 * works; calendar (natural, 自然) units count all time, for round-the-clock limits. Hours and days
 * are different units, never converted into each other: one working day is not 24 working hours,
 * nor the 7 hours of an office day.
 *
 * <p>Minute and hour units measure exact time from the start. Day units count whole days after the
 * day of the start, as the Civil Code counts periods in days (民法典 art. 201, 203): the day the
 * limit starts is not counted, whatever the hour; the limit ends when the last counted day ends
 * (24:00), or for working days when business on it stops (the end of its last working interval).
 */
public enum LimitUnit {
  /** Minutes of working time (工作分钟). */
  WORKING_MINUTES(true, false, "working minutes", "工作分钟"),
  /** Hours of working time (工作时). */
  WORKING_HOURS(true, false, "working hours", "工作时"),
  /** Whole working days after the start's day, ending at the close of business (工作日). */
  WORKING_DAYS(true, true, "working days", "工作日"),
  /** Minutes of elapsed time (分钟). */
  CALENDAR_MINUTES(false, false, "calendar minutes", "分钟"),
  /** Hours of elapsed time (小时). */
  CALENDAR_HOURS(false, false, "calendar hours", "小时"),
  /** Whole days after the start's day, ending at midnight in the calendar's zone (自然日). */
  CALENDAR_DAYS(false, true, "calendar days", "自然日");

  private final boolean working;
  private final boolean days;
  private final String label;
  private final String labelZh;

  LimitUnit(boolean working, boolean days, String label, String labelZh) {
    this.working = working;
    this.days = days;
    this.label = label;
    this.labelZh = labelZh;
  }

  /** Whether only working time counts (and paused working time is what a pause saves). */
  public boolean isWorking() {
    return working;
  }

  /** Whether the unit counts whole days rather than measuring exact time. */
  public boolean countsDays() {
    return days;
  }

  /** The English plural, as {@link TimeLimit#parse} reads it: {@code working days}. */
  public String label() {
    return label;
  }

  /** The Chinese name, as {@link TimeLimit#parse} reads it: {@code 工作日}. */
  public String labelZh() {
    return labelZh;
  }
}
