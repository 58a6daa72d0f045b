package org.civicgrid.routing.stats;

/** The length of a reporting period: a calendar day, an ISO week (Monday to Sunday) or a month. */
public enum PeriodUnit {
  /** A calendar day, midnight to midnight in the period's zone. */
  DAY,
  /** An ISO week, from Monday midnight to the next Monday midnight. */
  WEEK,
  /** A calendar month, from midnight of its first day. */
  MONTH
}
