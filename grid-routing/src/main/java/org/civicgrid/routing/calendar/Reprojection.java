package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What a change of calendar or limit did to a {@link Deadline}: the deadline before and after, and
 * why, so the case's audit trail can record it ("the unit's calendar now closes on 15 July: due
 * moved from 16 July 17:30 to 17 July 17:30"). Immutable.
 *
 * @param reason why it was re-projected, as the caller states it
 * @param before the deadline as it was
 * @param after the deadline recomputed
 */
public record Reprojection(String reason, Deadline before, Deadline after) {
  public Reprojection {
    checkArgument(reason != null && !reason.isBlank(), "a re-projection needs a reason");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
  }

  /** The due instant before; empty if the clock was paused before reaching it. */
  public Optional<Instant> oldDue() {
    return before.due();
  }

  /** The due instant after; empty if the clock is paused before reaching it. */
  public Optional<Instant> newDue() {
    return after.due();
  }

  /** Whether the due instant moved. */
  public boolean dueChanged() {
    return !oldDue().equals(newDue());
  }

  @Override
  public String toString() {
    return reason + ": due " + oldDue().map(Instant::toString).orElse("(paused)") + " → "
        + newDue().map(Instant::toString).orElse("(paused)") + " (" + before.calendar().id() + ", " + before.limit()
        + " → " + after.calendar().id() + ", " + after.limit() + ")";
  }
}
