package org.civicgrid.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo day's virtual clock: it stands still until the script moves it to the next scripted
 * moment, so the engine stamps new cases and the dispatcher delivers at the script's times, the same
 * on every run. Thread-safe; time only moves forward.
 */
final class DayClock extends Clock {
  private volatile Instant now;

  DayClock(Instant start) {
    this.now = checkNotNull(start, "start");
  }

  /**
   * Moves the clock to {@code when}.
   *
   * @throws IllegalArgumentException naming both instants when {@code when} is before the clock's time
   */
  synchronized void moveTo(Instant when) {
    checkNotNull(when, "when");
    checkArgument(!when.isBefore(now), "the day's clock cannot go back from %s to %s", now, when);
    now = when;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the day's clock is always UTC, not " + zone);
  }
}
