package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one time limit on one case step: a {@link TimeLimit} started at an instant on a
 * {@link WorkingCalendar}, with the pauses that do not count (a case on hold, 挂账), and optionally
 * stopped. Each change returns a new deadline, so a case can keep its clock in its state and
 * rebuild it from its event log.
 *
 * <p><b>Allowance.</b> The time the limit allows is measured in the limit's time (working time for
 * working units, elapsed time for calendar units) from the start to the unpaused due instant: the
 * limit itself for minute and hour units, and for day units whatever the counted days hold (2
 * working days from Friday 16:00 allow Friday's last 1.5 working hours plus Monday's and Tuesday's
 * 7). <b>Used</b> time is the same measure from the start to now, minus the paused time. The due
 * instant is when used time reaches the allowance; a pause pushes it on by the paused time that would
 * have counted (paused working hours for a working limit), and a pause after the due instant does
 * not move it. The {@link #status traffic light} compares used time with the allowance, and is red
 * once the due instant has passed.
 *
 * <p><b>Re-projection.</b> The due instant is a function of calendar, limit, start and pauses, so
 * {@link #reproject} recomputes all of it on a new calendar (as Zammad recalculates escalations on a
 * calendar change) and reports the old and new due instants with the reason. A change that should
 * apply only from some date belongs in the calendar as dated data ({@link WorkingCalendar.Builder#hoursOn}).
 *
 * <p>Instants are handled to the millisecond. Immutable and thread-safe.
 */
public final class Deadline {
  private static final long NONE = Long.MIN_VALUE;
  private static final long[] NO_PAUSES = {};

  private final WorkingCalendar calendar;
  private final TimeLimit limit;
  private final long start;
  private final long allowance;
  /** Closed pauses as (from, to) pairs in order. */
  private final long[] pauses;
  private final long pausedSince;
  private final long stoppedAt;
  private final long due;

  private Deadline(WorkingCalendar calendar, TimeLimit limit, long start, long allowance, long[] pauses,
      long pausedSince, long stoppedAt, long due) {
    this.calendar = calendar;
    this.limit = limit;
    this.start = start;
    this.allowance = allowance;
    this.pauses = pauses;
    this.pausedSince = pausedSince;
    this.stoppedAt = stoppedAt;
    this.due = due;
  }

  /**
   * Starts {@code limit} at {@code start} on {@code calendar}.
   *
   * @throws CalendarYearMissingException if a working limit reaches a year the calendar refuses
   */
  public static Deadline start(WorkingCalendar calendar, TimeLimit limit, Instant start) {
    checkNotNull(calendar, "calendar");
    checkNotNull(limit, "limit");
    long s = checkNotNull(start, "start").toEpochMilli();
    long unpausedDue = calendar.due(s, limit);
    return new Deadline(calendar, limit, s, allowance(calendar, limit, s, unpausedDue), NO_PAUSES, NONE, NONE,
        unpausedDue);
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  public TimeLimit limit() {
    return limit;
  }

  public Instant start() {
    return Instant.ofEpochMilli(start);
  }

  /** The time the limit allows, in the limit's time (see the class description). */
  public Duration allowance() {
    return Duration.ofMillis(allowance);
  }

  /**
   * When the used time reaches the allowance. Empty while the clock is paused before reaching it
   * (nothing can fall due on hold); after a stop, when it would have fallen due.
   */
  public Optional<Instant> due() {
    return due == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(due));
  }

  public boolean isPaused() {
    return pausedSince != NONE;
  }

  /** When the running pause started, if the clock is paused. */
  public Optional<Instant> pausedSince() {
    return pausedSince == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(pausedSince));
  }

  /** The pauses that have ended, in order. */
  public ImmutableList<Pause> pauses() {
    ImmutableList.Builder<Pause> list = ImmutableList.builderWithExpectedSize(pauses.length / 2);
    for (int i = 0; i < pauses.length; i += 2) {
      list.add(new Pause(Instant.ofEpochMilli(pauses[i]), Instant.ofEpochMilli(pauses[i + 1])));
    }
    return list.build();
  }

  public boolean isStopped() {
    return stoppedAt != NONE;
  }

  /** When the clock was stopped (the step was done), if it was. */
  public Optional<Instant> stoppedAt() {
    return stoppedAt == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(stoppedAt));
  }

  /**
   * This clock paused at {@code at}.
   *
   * @throws IllegalStateException if it is already paused or stopped
   * @throws IllegalArgumentException if {@code at} is before the start or the last resume
   */
  public Deadline pause(Instant at) {
    long t = checkNotNull(at, "at").toEpochMilli();
    checkState(stoppedAt == NONE, "deadline %s is stopped and cannot pause", this);
    checkState(pausedSince == NONE, "deadline %s is already paused", this);
    checkArgument(t >= lastEvent(), "pause at %s is before the clock's last start or resume %s", at,
        Instant.ofEpochMilli(lastEvent()));
    return new Deadline(calendar, limit, start, allowance, pauses, t, NONE, due != NONE && due <= t ? due : NONE);
  }

  /**
   * This clock running again from {@code at}.
   *
   * @throws IllegalStateException if it is not paused
   * @throws IllegalArgumentException if {@code at} is before the pause started
   * @throws CalendarYearMissingException if the new due instant lies in a year the calendar refuses
   */
  public Deadline resume(Instant at) {
    long t = checkNotNull(at, "at").toEpochMilli();
    checkState(pausedSince != NONE, "deadline %s is not paused", this);
    checkArgument(t >= pausedSince, "resume at %s is before the pause started at %s", at,
        Instant.ofEpochMilli(pausedSince));
    return with(calendar, limit, allowance, closePause(t), NONE, NONE);
  }

  /**
   * This clock stopped at {@code at} (the step was done); a running pause ends there.
   *
   * @throws IllegalStateException if it is already stopped
   * @throws IllegalArgumentException if {@code at} is before the start or the last pause or resume
   */
  public Deadline stop(Instant at) {
    long t = checkNotNull(at, "at").toEpochMilli();
    checkState(stoppedAt == NONE, "deadline %s is already stopped", this);
    checkArgument(t >= lastEvent(), "stop at %s is before the clock's last event %s", at,
        Instant.ofEpochMilli(lastEvent()));
    if (pausedSince == NONE) {
      return new Deadline(calendar, limit, start, allowance, pauses, NONE, t, due);
    }
    return with(calendar, limit, allowance, closePause(t), NONE, t);
  }

  /**
   * The time used by {@code now}: the limit's time from the start, less the paused time, up to the
   * stop if the clock was stopped earlier.
   *
   * @throws IllegalArgumentException if {@code now} is before the start
   * @throws CalendarYearMissingException if a refused year lies between the start and {@code now}
   */
  public Duration elapsed(Instant now) {
    return Duration.ofMillis(used(now));
  }

  /**
   * The allowance left at {@code now}: negative once more than the allowance is used, and zero
   * while an overdue limit waits for the next working time.
   */
  public Duration remaining(Instant now) {
    return Duration.ofMillis(allowance - used(now));
  }

  /**
   * Whether {@code now} (or the stop, if earlier) is past the due instant. A limit that ended at
   * the close of business is overdue that evening, though no more working time has been used.
   */
  public boolean isOverdue(Instant now) {
    return due != NONE && clip(now) > due;
  }

  /**
   * The traffic light at {@code now}: red once past the due instant (more than 100 % of the limit
   * used, counting the evening after a close-of-business due instant as past it), otherwise yellow
   * from 80 % of the allowance used and green below.
   */
  public TrafficLight status(Instant now) {
    long t = clip(now);
    if (due != NONE && t > due) {
      return TrafficLight.RED;
    }
    // Used time never exceeds the time elapsed, so a clock short of 80 % by the wall clock is green
    // without walking the calendar.
    return TrafficLight.of(t - start, allowance) == TrafficLight.GREEN ? TrafficLight.GREEN
        : TrafficLight.of(used(t), allowance);
  }

  /**
   * Recomputes this deadline on {@code newCalendar} (same limit, start, pauses and stop), for example
   * when the unit's calendar changed or the case moved to a unit with another calendar.
   *
   * @throws CalendarYearMissingException if the new calendar refuses a year the deadline reaches;
   *     this deadline is unchanged then
   */
  public Reprojection reproject(WorkingCalendar newCalendar, String reason) {
    checkNotNull(newCalendar, "newCalendar");
    long unpausedDue = newCalendar.due(start, limit);
    return new Reprojection(reason, this, with(newCalendar, limit,
        allowance(newCalendar, limit, start, unpausedDue), pauses, pausedSince, stoppedAt));
  }

  /**
   * Recomputes this deadline with {@code newLimit} (same calendar, start, pauses and stop), for an
   * approved extension (延期) or a category whose limit changed.
   *
   * @throws CalendarYearMissingException if the new limit reaches a year the calendar refuses
   */
  public Reprojection withLimit(TimeLimit newLimit, String reason) {
    checkNotNull(newLimit, "newLimit");
    long unpausedDue = calendar.due(start, newLimit);
    return new Reprojection(reason, this, with(calendar, newLimit,
        allowance(calendar, newLimit, start, unpausedDue), pauses, pausedSince, stoppedAt));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deadline d && calendar == d.calendar && limit.equals(d.limit) && start == d.start
        && allowance == d.allowance && Arrays.equals(pauses, d.pauses) && pausedSince == d.pausedSince
        && stoppedAt == d.stoppedAt;
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar.id(), limit, start, Arrays.hashCode(pauses), pausedSince, stoppedAt);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(limit).append(" on ").append(calendar.id()).append(" from ")
        .append(local(start)).append(", due ").append(due == NONE ? "(paused)" : local(due));
    if (pausedSince != NONE) {
      s.append(", paused since ").append(local(pausedSince));
    }
    if (stoppedAt != NONE) {
      s.append(", stopped ").append(local(stoppedAt));
    }
    return s.toString();
  }

  private String local(long t) {
    return Instant.ofEpochMilli(t).atZone(calendar.zone()).toOffsetDateTime().toString();
  }

  private static long allowance(WorkingCalendar calendar, TimeLimit limit, long start, long unpausedDue) {
    return limit.unit().countsDays() ? calendar.counted(limit.unit(), start, unpausedDue) : limit.exactMillis();
  }

  /** The start, or the end of the last pause: the clock's last event before a pause or stop. */
  private long lastEvent() {
    return Math.max(start, pausedSince != NONE ? pausedSince : pauses.length == 0 ? start : pauses[pauses.length - 1]);
  }

  private long[] closePause(long at) {
    long[] closed = Arrays.copyOf(pauses, pauses.length + 2);
    closed[pauses.length] = pausedSince;
    closed[pauses.length + 1] = at;
    return closed;
  }

  private Deadline with(WorkingCalendar cal, TimeLimit lim, long allow, long[] closed, long since, long stop) {
    return new Deadline(cal, lim, start, allow, closed, since, stop, dueOf(cal, lim.unit(), allow, closed, since));
  }

  /** Walks the pauses: the allowance is spent on the running stretches between them, in order. */
  private long dueOf(WorkingCalendar cal, LimitUnit unit, long allow, long[] closed, long since) {
    long cursor = start;
    long left = allow;
    for (int i = 0; i < closed.length; i += 2) {
      long counted = cal.counted(unit, cursor, closed[i]);
      if (counted >= left) {
        return cal.plusCounted(unit, cursor, left);
      }
      left -= counted;
      cursor = closed[i + 1];
    }
    if (since != NONE) {
      return cal.counted(unit, cursor, since) >= left ? cal.plusCounted(unit, cursor, left) : NONE;
    }
    return cal.plusCounted(unit, cursor, left);
  }

  private long used(Instant now) {
    return used(clip(now));
  }

  /** {@code now} in milliseconds, or the stop if earlier. */
  private long clip(Instant now) {
    long t = checkNotNull(now, "now").toEpochMilli();
    checkArgument(t >= start, "now %s is before the deadline's start %s", now, Instant.ofEpochMilli(start));
    return stoppedAt != NONE && stoppedAt < t ? stoppedAt : t;
  }

  private long used(long t) {
    LimitUnit unit = limit.unit();
    long used = calendar.counted(unit, start, t);
    for (int i = 0; i < pauses.length && pauses[i] < t; i += 2) {
      used -= calendar.counted(unit, pauses[i], Math.min(pauses[i + 1], t));
    }
    if (pausedSince != NONE && pausedSince < t) {
      used -= calendar.counted(unit, pausedSince, t);
    }
    return used;
  }
}
