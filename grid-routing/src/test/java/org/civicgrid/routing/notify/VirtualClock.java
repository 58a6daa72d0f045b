package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when a test advances it, for retries and leases in virtual time. Public so
 * that plugin authors' tests use it too. Thread-safe.
 */
public final class VirtualClock extends Clock {
  private final AtomicReference<Instant> now;

  public VirtualClock(Instant start) {
    this.now = new AtomicReference<>(checkNotNull(start, "start"));
  }

  /** Moves the clock forward. */
  public void advance(Duration step) {
    checkArgument(!step.isNegative(), "step %s is negative", step);
    now.updateAndGet(instant -> instant.plus(step));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a virtual clock is always UTC");
  }
}
