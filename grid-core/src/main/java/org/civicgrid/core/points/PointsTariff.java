package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicgrid.core.staff.PersonId;

/**
 * A city's rates, as data: points per task of each kind and points per hour of each activity, and
 * how hours are rounded. Points for tasks are {@code rate × count}; points for hours are {@code rate
 * × hours}, computed exactly from the duration and then rounded to whole points with {@link
 * #rounding()} — {@link RoundingMode#DOWN} counts only what was fully earned, {@link
 * RoundingMode#HALF_UP} (the default) rounds half a point up. Immutable and thread-safe.
 *
 * <pre>{@code
 * PointsTariff beipiao = PointsTariff.builder()
 *     .perTask("hazard-report", 2)
 *     .perHour("volunteer-service", 1)
 *     .rounding(RoundingMode.DOWN)
 *     .build();
 * ledger.append(beipiao.award(person, Contribution.hours("volunteer-service", Duration.ofMinutes(150)),
 *     event, at, "flood watch"));   // 2 points
 * }</pre>
 *
 * @param perTask points for one task of each kind; every rate positive
 * @param perHour points for one hour of each activity; every rate positive
 * @param rounding how fractions of a point from hours are rounded; not {@link RoundingMode#UNNECESSARY}
 */
public record PointsTariff(
    Map<ActivityKind, Integer> perTask, Map<ActivityKind, Integer> perHour,
    RoundingMode rounding) {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  public PointsTariff {
    perTask = ImmutableMap.copyOf(perTask);
    perHour = ImmutableMap.copyOf(perHour);
    checkNotNull(rounding, "rounding");
    checkArgument(rounding != RoundingMode.UNNECESSARY, "a tariff must say how to round hours, not %s", rounding);
    perTask.forEach((kind, rate) -> checkArgument(rate > 0, "rate %s per task of %s must be positive", rate, kind));
    perHour.forEach((kind, rate) -> checkArgument(rate > 0, "rate %s per hour of %s must be positive", rate, kind));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The points {@code contribution} earns.
   *
   * @throws LedgerException {@link LedgerRule#UNPRICED_ACTIVITY} when the tariff has no rate for its
   *     kind, {@link LedgerRule#NON_POSITIVE_POINTS} when hours round to no points at all
   * @throws ArithmeticException when the points exceed what an entry can hold
   */
  public int points(Contribution contribution) {
    checkNotNull(contribution, "contribution");
    if (contribution instanceof Contribution.Tasks tasks) {
      return Math.multiplyExact(rate(perTask, tasks.kind(), "task"), tasks.count());
    }
    Contribution.Hours hours = (Contribution.Hours) contribution;
    int rate = rate(perHour, hours.kind(), "hour");
    BigDecimal seconds = BigDecimal.valueOf(hours.duration().getSeconds())
        .add(BigDecimal.valueOf(hours.duration().getNano(), 9));
    int points = seconds.multiply(BigDecimal.valueOf(rate))
        .divide(SECONDS_PER_HOUR, 0, rounding)
        .intValueExact();
    if (points <= 0) {
      throw new LedgerException(LedgerRule.NON_POSITIVE_POINTS, hours.kind(), hours + " earns no points at "
          + rate + " points an hour rounded " + rounding);
    }
    return points;
  }

  /**
   * The award of {@link #points(Contribution)} to {@code person}, ready to append.
   *
   * @throws LedgerException as {@link #points(Contribution)} does
   */
  public Posting.Award award(PersonId person, Contribution contribution, SourceEventId event, Instant occurredAt,
      String note) {
    return new Posting.Award(person, points(contribution), contribution, event, occurredAt, note);
  }

  private static int rate(Map<ActivityKind, Integer> rates, ActivityKind kind, String unit) {
    Integer rate = rates.get(kind);
    if (rate == null) {
      throw new LedgerException(LedgerRule.UNPRICED_ACTIVITY, kind,
          "the tariff has no rate per " + unit + " of " + kind + "; it prices " + rates.keySet());
    }
    return rate;
  }

  /** Collects rates; a kind priced twice per task, or twice per hour, is a mistake. Not thread-safe. */
  public static final class Builder {
    private final Map<ActivityKind, Integer> perTask = new LinkedHashMap<>();
    private final Map<ActivityKind, Integer> perHour = new LinkedHashMap<>();
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder() {}

    public Builder perTask(String kind, int points) {
      put(perTask, ActivityKind.of(kind), points, "task");
      return this;
    }

    public Builder perHour(String activity, int points) {
      put(perHour, ActivityKind.of(activity), points, "hour");
      return this;
    }

    public Builder rounding(RoundingMode rounding) {
      this.rounding = checkNotNull(rounding, "rounding");
      return this;
    }

    public PointsTariff build() {
      return new PointsTariff(ImmutableMap.copyOf(perTask), ImmutableMap.copyOf(perHour), rounding);
    }

    private static void put(Map<ActivityKind, Integer> rates, ActivityKind kind, int points, String unit) {
      checkArgument(!rates.containsKey(kind), "%s is priced twice per %s: %s and %s", kind, unit, rates.get(kind),
          points);
      rates.put(kind, points);
    }
  }
}
