package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * One patrol found in a track: plausible positions from one inside the worker's grid to the last
 * one inside, with no silence, pause or stay outside the grid longer than the rule allows (see
 * {@link PatrolAnalyser}). Immutable.
 *
 * @param number the patrol's place among the patrols that started on its day, from 1
 * @param start the time of its first position
 * @param end the time of its last position
 * @param lengthMetres the length of its track on the WGS-84 ellipsoid, GPS noise and jitter left out
 * @param insideShare the share of its duration spent inside the worker's grid, 0..1; a segment
 *     between a position inside and one outside counts half
 * @param positions how many plausible positions it has
 * @param shortfalls the limits of the rule it misses (empty when it counts)
 */
public record Patrol(int number, Instant start, Instant end, double lengthMetres, double insideShare, int positions,
    Set<PatrolRule> shortfalls) {

  public Patrol {
    checkArgument(number >= 1, "patrol number %s must be at least 1", number);
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(!end.isBefore(start), "patrol %s ends at %s before it starts at %s", number, end, start);
    checkArgument(lengthMetres >= 0, "patrol length %s m is negative", lengthMetres);
    checkArgument(insideShare >= 0 && insideShare <= 1, "patrol inside share %s is outside 0..1", insideShare);
    checkArgument(!shortfalls.contains(PatrolRule.TOO_FEW_PATROLS),
        "patrol %s: too few patrols is a day's failure, not a patrol's", number);
    shortfalls = Sets.immutableEnumSet(shortfalls);
  }

  /** From its first position to its last. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Whether it meets every limit of the rule, and so counts towards the day's patrols. */
  public boolean counts() {
    return shortfalls.isEmpty();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "patrol %d %s – %s, %.0f m, %.0f %% inside%s", number, start, end,
        lengthMetres, 100 * insideShare, shortfalls.isEmpty() ? "" : ", misses " + shortfalls);
  }
}
