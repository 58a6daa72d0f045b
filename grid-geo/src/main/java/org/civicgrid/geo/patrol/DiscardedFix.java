package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Locale;

/**
 * A position discarded as GPS noise: reaching it from the last plausible position would have taken
 * a speed above the rule's maximum. Immutable.
 *
 * @param index the position's index in the {@link Track}
 * @param time when the position was recorded
 * @param metres how far it lies from the last plausible position (or, for a first position
 *     overruled by the positions after it, from the next one)
 * @param kmPerHour the speed that distance implies
 */
public record DiscardedFix(int index, Instant time, double metres, double kmPerHour) {
  public DiscardedFix {
    checkNotNull(time, "time");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "position %d at %s: %.0f m at %.0f km/h", index, time, metres,
        kmPerHour);
  }
}
