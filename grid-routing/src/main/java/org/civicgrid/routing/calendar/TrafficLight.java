package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The traffic-light status (红黄绿灯) of a time limit by the share of it used: green below 80 %,
 * yellow from 80 % up to and including 100 %, red above 100 %. The boundaries are exact: a limit
 * used to exactly 80 % is yellow, to exactly 100 % still yellow, and red only once it is exceeded.
 * {@link Deadline#status} also shows red once its due instant has passed, though a working limit
 * that ended at the close of business uses no more of it until work resumes.
 */
public enum TrafficLight {
  /** Less than 80 % of the limit used. */
  GREEN,
  /** From 80 % to 100 % of the limit used: due soon or due now. */
  YELLOW,
  /** More than 100 % of the limit used: overdue. */
  RED;

  /**
   * The status of a limit of which {@code used} out of {@code limit} has passed.
   *
   * @throws IllegalArgumentException if {@code used} is negative or {@code limit} is not positive
   */
  public static TrafficLight of(Duration used, Duration limit) {
    checkNotNull(used, "used");
    checkNotNull(limit, "limit");
    checkArgument(!used.isNegative(), "time used %s is negative", used);
    checkArgument(!limit.isNegative() && !limit.isZero(), "limit %s is not positive", limit);
    return of(used.toMillis(), limit.toMillis());
  }

  /** Integer comparisons, so that exactly 80 % is never lost to rounding. */
  static TrafficLight of(long used, long limit) {
    if (used * 5 < limit * 4) {
      return GREEN;
    }
    return used <= limit ? YELLOW : RED;
  }
}
