package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;

/**
 * A mean-time indicator's value: a total duration summed over a number of cases. Immutable and
 * thread-safe.
 *
 * @param indicator the indicator, of kind {@link Indicator.Kind#MEAN_DURATION}
 * @param total the durations summed, not negative
 * @param denominator the cases summed over; zero makes the mean not applicable
 */
public record MeanDuration(Indicator indicator, Duration total, long denominator) implements Measure {
  public MeanDuration {
    checkNotNull(indicator, "indicator");
    checkArgument(indicator.kind() == Indicator.Kind.MEAN_DURATION, "%s is not a mean duration", indicator);
    checkNotNull(total, "%s total", indicator);
    checkArgument(!total.isNegative() && denominator >= 0, "%s total %s over %s cases must not be negative",
        indicator, total, denominator);
    checkArgument(denominator > 0 || total.isZero(), "%s total %s over no cases", indicator, total);
  }

  /** The mean, truncated to whole seconds; empty when not applicable. */
  public Optional<Duration> mean() {
    return denominator == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(total.getSeconds() / denominator));
  }

  /** {@code 1 h 30 min (n = 4)}, or {@code n/a (n = 0)}. */
  @Override
  public String display() {
    return mean().map(MeanDuration::readable).orElse("n/a") + " (n = " + denominator + ")";
  }

  private static String readable(Duration d) {
    long days = d.toDays();
    int hours = d.toHoursPart();
    int minutes = d.toMinutesPart();
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append(" d ");
    }
    if (days > 0 || hours > 0) {
      text.append(hours).append(" h ");
    }
    return text.append(minutes).append(" min").toString();
  }

  @Override
  public String toString() {
    return indicator.nameEn() + " " + display();
  }
}
