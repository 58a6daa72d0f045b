package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A closed interval during which a {@link Deadline}'s clock stood still (a case on hold, 挂账), from
 * {@code from} included to {@code to} excluded. The same value records a case's finished holds, so
 * they feed a deadline as they are. Immutable.
 *
 * @param from when the clock stopped
 * @param to when it ran again, not before {@code from}
 */
public record Pause(Instant from, Instant to) {
  public Pause {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "pause ends at %s, before it starts at %s", to, from);
  }

  /** How long it lasted on the wall clock, whatever the calendar says about working time. */
  public Duration length() {
    return Duration.between(from, to);
  }
}
