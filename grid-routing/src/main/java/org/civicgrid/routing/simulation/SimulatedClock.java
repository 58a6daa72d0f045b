package org.civicgrid.routing.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The virtual clock a simulation run moves from event to event, so the case engine stamps reports with
 * simulated time. Not thread-safe: one run owns it.
 */
final class SimulatedClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  SimulatedClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void moveTo(Instant at) {
    now = at;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SimulatedClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
