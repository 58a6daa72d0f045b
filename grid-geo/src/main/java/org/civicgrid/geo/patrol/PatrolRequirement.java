package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.civicgrid.core.staff.RoleId;

/**
 * The patrol rule of one role (巡查要求): how many patrols a day, each how long, how far and how
 * much of it inside the worker's own grid. It also says how a raw track is read: the speed above
 * which a position is GPS noise; the silence, the pause and the stay outside the grid that end a
 * patrol; and the jitter below which a worker standing still is not walking. Seed 003 (Beipiao)
 * gives {@link #fullTimeWorker()}; cities declare their own with {@link #builder}. Immutable.
 *
 * @param role the role the rule applies to
 * @param patrolsPerDay patrols each day must have, counting only those that meet the three limits
 *     below
 * @param minDuration how long a patrol must last, from its first position to its last
 * @param minLengthMetres how long its track must be
 * @param minInsideShare the share of its time it must spend inside the worker's grid, 0..1
 * @param maxSpeedKmh above this speed from the last plausible position, a position is GPS noise
 * @param maxGap a silence (no plausible position) longer than this ends a patrol
 * @param maxPause a pause longer than this (waiting at the post, a meeting) ends a patrol and is
 *     part of none; shorter ones (a word with a resident) stay part of it
 * @param pauseRadiusMetres a pause is a stretch in which the worker stays within this distance of
 *     where it began
 * @param maxOutsideStay a stay outside the grid longer than this ends a patrol; shorter ones
 *     (crossing a street on the boundary) stay part of it and lower its inside share
 * @param jitterMetres moves shorter than this from the last counted position are not added to a
 *     patrol's length, so a worker standing still does not gather length from GPS jitter
 */
public record PatrolRequirement(
    RoleId role, int patrolsPerDay, Duration minDuration, double minLengthMetres, double minInsideShare,
    double maxSpeedKmh, Duration maxGap, Duration maxPause, double pauseRadiusMetres, Duration maxOutsideStay,
    double jitterMetres) {

  /** The role id seed 003's rule applies to, as the staffing presets name it. */
  public static final RoleId FULL_TIME_WORKER = RoleId.of("full-time-worker");

  public PatrolRequirement {
    checkNotNull(role, "role");
    checkArgument(patrolsPerDay >= 1, "role %s: patrols per day %s must be at least 1", role, patrolsPerDay);
    checkPositive(role, "minimum duration", minDuration);
    checkArgument(minLengthMetres >= 0 && Double.isFinite(minLengthMetres),
        "role %s: minimum length %s m must be a number ≥ 0", role, minLengthMetres);
    checkArgument(minInsideShare >= 0 && minInsideShare <= 1,
        "role %s: minimum inside share %s must lie in 0..1", role, minInsideShare);
    checkArgument(maxSpeedKmh > 0 && Double.isFinite(maxSpeedKmh),
        "role %s: maximum speed %s km/h must be a number > 0", role, maxSpeedKmh);
    checkPositive(role, "maximum gap", maxGap);
    checkPositive(role, "maximum pause", maxPause);
    checkArgument(pauseRadiusMetres > 0 && Double.isFinite(pauseRadiusMetres),
        "role %s: pause radius %s m must be a number > 0", role, pauseRadiusMetres);
    checkPositive(role, "maximum stay outside", maxOutsideStay);
    checkArgument(jitterMetres >= 0 && Double.isFinite(jitterMetres),
        "role %s: jitter %s m must be a number ≥ 0", role, jitterMetres);
  }

  private static void checkPositive(RoleId role, String what, Duration duration) {
    checkNotNull(duration, what);
    checkArgument(!duration.isNegative() && !duration.isZero(), "role %s: %s %s must be positive", role, what, duration);
  }

  /**
   * Seed 003 (Beipiao): a full-time grid worker patrols at least 2 times a day, each at least 1 hour
   * and at least 1 km of track, inside the worker's own grid. The seed sets no share, speed, gap or
   * jitter; the defaults of {@link #builder} fill them in.
   */
  public static PatrolRequirement fullTimeWorker() {
    return builder(FULL_TIME_WORKER).patrolsPerDay(2).minDuration(Duration.ofHours(1)).minLengthMetres(1000).build();
  }

  /**
   * A builder for {@code role}'s rule. Its defaults: 2 patrols a day, 1 hour and 1,000 m each, 80 %
   * of the time inside the grid; positions faster than 30 km/h (faster than a cycling patrol) are
   * noise; a silence over 5 minutes, a pause within 25 m over 15 minutes or a stay outside over 15
   * minutes ends a patrol; moves under 10 m (a phone's jitter when standing still) add no length.
   */
  public static Builder builder(RoleId role) {
    return new Builder(checkNotNull(role, "role"));
  }

  /** A builder starting from this rule. */
  public Builder toBuilder() {
    return new Builder(role).patrolsPerDay(patrolsPerDay).minDuration(minDuration).minLengthMetres(minLengthMetres)
        .minInsideShare(minInsideShare).maxSpeedKmh(maxSpeedKmh).maxGap(maxGap).maxPause(maxPause)
        .pauseRadiusMetres(pauseRadiusMetres).maxOutsideStay(maxOutsideStay).jitterMetres(jitterMetres);
  }

  /** Builds a {@link PatrolRequirement}; values are checked in {@link #build}. Not thread-safe. */
  public static final class Builder {
    private final RoleId role;
    private int patrolsPerDay = 2;
    private Duration minDuration = Duration.ofHours(1);
    private double minLengthMetres = 1000;
    private double minInsideShare = 0.8;
    private double maxSpeedKmh = 30;
    private Duration maxGap = Duration.ofMinutes(5);
    private Duration maxPause = Duration.ofMinutes(15);
    private double pauseRadiusMetres = 25;
    private Duration maxOutsideStay = Duration.ofMinutes(15);
    private double jitterMetres = 10;

    private Builder(RoleId role) {
      this.role = role;
    }

    public Builder patrolsPerDay(int count) {
      this.patrolsPerDay = count;
      return this;
    }

    public Builder minDuration(Duration duration) {
      this.minDuration = duration;
      return this;
    }

    public Builder minLengthMetres(double metres) {
      this.minLengthMetres = metres;
      return this;
    }

    public Builder minInsideShare(double share) {
      this.minInsideShare = share;
      return this;
    }

    public Builder maxSpeedKmh(double kmh) {
      this.maxSpeedKmh = kmh;
      return this;
    }

    public Builder maxGap(Duration gap) {
      this.maxGap = gap;
      return this;
    }

    public Builder maxPause(Duration pause) {
      this.maxPause = pause;
      return this;
    }

    public Builder pauseRadiusMetres(double metres) {
      this.pauseRadiusMetres = metres;
      return this;
    }

    public Builder maxOutsideStay(Duration stay) {
      this.maxOutsideStay = stay;
      return this;
    }

    public Builder jitterMetres(double metres) {
      this.jitterMetres = metres;
      return this;
    }

    /**
     * The rule.
     *
     * @throws IllegalArgumentException naming the role and the first value out of range
     */
    public PatrolRequirement build() {
      return new PatrolRequirement(role, patrolsPerDay, minDuration, minLengthMetres, minInsideShare, maxSpeedKmh,
          maxGap, maxPause, pauseRadiusMetres, maxOutsideStay, jitterMetres);
    }
  }
}
