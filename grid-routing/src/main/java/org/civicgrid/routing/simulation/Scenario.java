package org.civicgrid.routing.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicgrid.routing.category.CategoryCodes;

/**
 * One simulation run's assumptions: how many cases of each subcategory arrive per 1,000 households a
 * day and how they spread over the hours of a day, the simulated period and seed, what a grid worker
 * can take on (cases in hand at once, minutes of work per case), and the few behaviour knobs that close
 * cases (the share solved on the spot, the share the platform sends to departments, how long units above
 * the grid take). Working hours are not here: they come from the escalation policy's calendar.
 * Researchers vary one value and compare runs. The JSON form ({@code civicgrid-scenario/1}) is in
 * {@code docs/formats.md}, section 8. Immutable and thread-safe; the builder is not.
 *
 * <pre>{@code
 * Scenario week = Scenario.builder(LocalDateTime.parse("2025-03-17T00:00"), 7)
 *     .arrivals("0201", 1.5).arrivals("0303", 0.8).seed(42).casesInHand(2).build();
 * }</pre>
 */
public final class Scenario {
  /** The hours of a day, each with a weight in the hour-of-day profile. */
  public static final int HOURS = 24;
  /** At most a year is simulated, so a run stays within the calendar's declared years. */
  public static final int MAX_DAYS = 366;

  private final ImmutableSortedMap<String, Double> arrivals;
  private final ImmutableList<Double> hourProfile;
  private final LocalDateTime start;
  private final int days;
  private final long seed;
  private final int casesInHand;
  private final ImmutableSortedMap<String, Integer> minutesPerCase;
  private final int defaultMinutes;
  private final double onSpotShare;
  private final double departmentShare;
  private final int unitMinutes;

  private Scenario(Builder b) {
    this.arrivals = ImmutableSortedMap.copyOf(b.arrivals);
    this.hourProfile = ImmutableList.copyOf(b.hourProfile);
    this.start = b.start;
    this.days = b.days;
    this.seed = b.seed;
    this.casesInHand = b.casesInHand;
    this.minutesPerCase = ImmutableSortedMap.copyOf(b.minutesPerCase);
    this.defaultMinutes = b.defaultMinutes;
    this.onSpotShare = b.onSpotShare;
    this.departmentShare = b.departmentShare;
    this.unitMinutes = b.unitMinutes;
  }

  /**
   * A builder for {@code days} days from {@code start} (local time on the calendar's zone); nothing
   * arrives until {@link Builder#arrivals} is given. Defaults: a flat hour profile, seed 1, one case in
   * hand, 60 minutes a case, 30 % solved on the spot, 10 % sent to departments, 240 minutes above the grid.
   */
  public static Builder builder(LocalDateTime start, int days) {
    return new Builder(start, days);
  }

  /**
   * Reads the JSON form described in {@code docs/formats.md}, section 8.
   *
   * @throws org.civicgrid.core.CivicGridException with {@link org.civicgrid.core.ErrorCode#MALFORMED_INPUT}
   *     naming {@code source}, the line and the offending field or value
   * @throws IOException if {@code in} cannot be read
   */
  public static Scenario read(InputStream in, String source) throws IOException {
    return ScenarioJson.read(checkNotNull(in, "in"), checkNotNull(source, "source"));
  }

  /** This scenario in its JSON form, which {@link #read} reads back to an equal scenario. */
  public String toJson() {
    return ScenarioJson.write(this);
  }

  /** A builder holding this scenario's values, to vary one of them. */
  public Builder toBuilder() {
    Builder b = new Builder(start, days);
    b.arrivals.putAll(arrivals);
    b.hourProfile = hourProfile;
    b.seed = seed;
    b.casesInHand = casesInHand;
    b.minutesPerCase.putAll(minutesPerCase);
    b.defaultMinutes = defaultMinutes;
    b.onSpotShare = onSpotShare;
    b.departmentShare = departmentShare;
    b.unitMinutes = unitMinutes;
    return b;
  }

  /** Cases per 1,000 households per day, by subcategory code. */
  public ImmutableSortedMap<String, Double> arrivals() {
    return arrivals;
  }

  /** The 24 relative weights of the hours of a day, from 00:00; only their proportions matter. */
  public ImmutableList<Double> hourProfile() {
    return hourProfile;
  }

  /**
   * The share of a day's cases that arrive in {@code hour}: its weight over the sum of weights.
   *
   * @throws IllegalArgumentException when {@code hour} is not 0–23
   */
  public double hourShare(int hour) {
    checkArgument(hour >= 0 && hour < HOURS, "hour %s is not 0-23", hour);
    double sum = 0;
    for (double w : hourProfile) {
      sum += w;
    }
    return hourProfile.get(hour) / sum;
  }

  /** The first simulated instant, local time on the calendar's zone. */
  public LocalDateTime start() {
    return start;
  }

  /** How many days are simulated. */
  public int days() {
    return days;
  }

  /** The end of the simulated period, local time. */
  public LocalDateTime end() {
    return start.plusDays(days);
  }

  /** The seed of every random draw; the same seed gives the same run. */
  public long seed() {
    return seed;
  }

  /** How many cases a grid worker works on at once (each takes the worker's full attention for its minutes). */
  public int casesInHand() {
    return casesInHand;
  }

  /** Working minutes a grid worker spends on a case, by subcategory, where not the default. */
  public ImmutableSortedMap<String, Integer> minutesPerCase() {
    return minutesPerCase;
  }

  /** Working minutes a grid worker spends on a case of a subcategory not in {@link #minutesPerCase()}. */
  public int defaultMinutes() {
    return defaultMinutes;
  }

  /** Working minutes a grid worker spends on a case of {@code subcategory}. */
  public int minutesFor(String subcategory) {
    return minutesPerCase.getOrDefault(subcategory, defaultMinutes);
  }

  /** The probability that a grid worker, taking a new case, solves it on the spot (就地解决) without filing it. */
  public double onSpotShare() {
    return onSpotShare;
  }

  /** The share of the grid's other cases the platform dispatches to the subcategory's department instead. */
  public double departmentShare() {
    return departmentShare;
  }

  /**
   * Working minutes a unit above the grid (community, subdistrict, centre, department) takes on a case it
   * has: those units are not modelled as queues, since the research question is the grid's staffing.
   */
  public int unitMinutes() {
    return unitMinutes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario s && arrivals.equals(s.arrivals) && hourProfile.equals(s.hourProfile)
        && start.equals(s.start) && days == s.days && seed == s.seed && casesInHand == s.casesInHand
        && minutesPerCase.equals(s.minutesPerCase) && defaultMinutes == s.defaultMinutes
        && onSpotShare == s.onSpotShare && departmentShare == s.departmentShare && unitMinutes == s.unitMinutes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(arrivals, hourProfile, start, days, seed, casesInHand, minutesPerCase, defaultMinutes,
        onSpotShare, departmentShare, unitMinutes);
  }

  @Override
  public String toString() {
    return "scenario of " + days + " days from " + start + ", seed " + seed + ", arrivals " + arrivals;
  }

  /** Collects a scenario's values, each checked as it is given; not thread-safe. */
  public static final class Builder {
    private final Map<String, Double> arrivals = new TreeMap<>();
    private final Map<String, Integer> minutesPerCase = new TreeMap<>();
    private final LocalDateTime start;
    private final int days;
    private List<Double> hourProfile = flat();
    private long seed = 1;
    private int casesInHand = 1;
    private int defaultMinutes = 60;
    private double onSpotShare = 0.3;
    private double departmentShare = 0.1;
    private int unitMinutes = 240;

    private Builder(LocalDateTime start, int days) {
      this.start = checkNotNull(start, "start");
      checkArgument(days >= 1 && days <= MAX_DAYS, "days %s is not 1-%s", days, MAX_DAYS);
      this.days = days;
    }

    /**
     * {@code perThousandPerDay} cases of {@code subcategory} per 1,000 households per day; 0 removes it.
     *
     * @throws IllegalArgumentException naming a code that is not four digits or a negative or non-finite rate
     */
    public Builder arrivals(String subcategory, double perThousandPerDay) {
      checkArgument(subcategory != null && CategoryCodes.isSubcategoryCode(subcategory),
          "arrival category '%s' is not a four-digit subcategory code", subcategory);
      checkArgument(Double.isFinite(perThousandPerDay) && perThousandPerDay >= 0,
          "arrival rate %s of %s is not a finite number >= 0", perThousandPerDay, subcategory);
      if (perThousandPerDay == 0) {
        arrivals.remove(subcategory);
      } else {
        arrivals.put(subcategory, perThousandPerDay);
      }
      return this;
    }

    /**
     * The hour-of-day profile: 24 weights from 00:00, each finite and >= 0, not all 0.
     *
     * @throws IllegalArgumentException naming the count or the offending weight and hour
     */
    public Builder hourProfile(List<Double> weights) {
      checkNotNull(weights, "hourProfile");
      checkArgument(weights.size() == HOURS, "hour profile has %s weights, not %s", weights.size(), HOURS);
      double sum = 0;
      for (int h = 0; h < HOURS; h++) {
        Double w = weights.get(h);
        checkArgument(w != null && Double.isFinite(w) && w >= 0, "hour profile weight %s at hour %s is not a"
            + " finite number >= 0", w, h);
        sum += w;
      }
      checkArgument(sum > 0, "hour profile %s has no weight", weights);
      this.hourProfile = List.copyOf(weights);
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** @throws IllegalArgumentException when {@code cases} is not 1–100 */
    public Builder casesInHand(int cases) {
      checkArgument(cases >= 1 && cases <= 100, "cases in hand %s is not 1-100", cases);
      this.casesInHand = cases;
      return this;
    }

    /** @throws IllegalArgumentException naming a bad code or minutes not 1–10,000 */
    public Builder minutesPerCase(String subcategory, int minutes) {
      checkArgument(subcategory != null && CategoryCodes.isSubcategoryCode(subcategory),
          "handling category '%s' is not a four-digit subcategory code", subcategory);
      checkMinutes(minutes, "minutes per case of " + subcategory);
      minutesPerCase.put(subcategory, minutes);
      return this;
    }

    /** @throws IllegalArgumentException when {@code minutes} is not 1–10,000 */
    public Builder defaultMinutes(int minutes) {
      checkMinutes(minutes, "default minutes per case");
      this.defaultMinutes = minutes;
      return this;
    }

    /** @throws IllegalArgumentException when {@code share} is not a probability 0–1 */
    public Builder onSpotShare(double share) {
      this.onSpotShare = checkShare(share, "on-spot share");
      return this;
    }

    /** @throws IllegalArgumentException when {@code share} is not a probability 0–1 */
    public Builder departmentShare(double share) {
      this.departmentShare = checkShare(share, "department share");
      return this;
    }

    /** @throws IllegalArgumentException when {@code minutes} is not 1–10,000 */
    public Builder unitMinutes(int minutes) {
      checkMinutes(minutes, "unit minutes");
      this.unitMinutes = minutes;
      return this;
    }

    public Scenario build() {
      return new Scenario(this);
    }

    private static void checkMinutes(int minutes, String what) {
      checkArgument(minutes >= 1 && minutes <= 10_000, "%s %s is not 1-10000", what, minutes);
    }

    private static double checkShare(double share, String what) {
      checkArgument(share >= 0 && share <= 1, "%s %s is not a probability 0-1", what, share);
      return share;
    }

    private static List<Double> flat() {
      Double[] ones = new Double[HOURS];
      Arrays.fill(ones, 1.0);
      return List.of(ones);
    }
  }
}
