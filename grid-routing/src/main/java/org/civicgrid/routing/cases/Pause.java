package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A finished spell on hold (挂账): the case's clock stood still from {@code start} to {@code end}, so a
 * deadline calculator subtracts it, in the working time of its own calendar. A spell still running is
 * {@link CaseState#heldSince()}. Immutable.
 *
 * @param start when the case was put on hold
 * @param end when it was resumed or voided
 * @param heldIn the status the case was held in
 */
public record Pause(Instant start, Instant end, CaseStatus heldIn) {
  public Pause {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkNotNull(heldIn, "heldIn");
    checkArgument(!end.isBefore(start), "pause ends at %s before it starts at %s", end, start);
  }

  /** How long it lasted on the wall clock. */
  public Duration length() {
    return Duration.between(start, end);
  }
}
