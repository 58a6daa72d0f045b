package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A rate indicator's value: how many cases of a population meet its condition. Immutable and
 * thread-safe.
 *
 * @param indicator the indicator, of kind {@link Indicator.Kind#RATE}
 * @param numerator the cases meeting the condition, at most the denominator
 * @param denominator the cases in the population; zero makes the rate not applicable
 */
public record Rate(Indicator indicator, long numerator, long denominator) implements Measure {
  public Rate {
    checkNotNull(indicator, "indicator");
    checkArgument(indicator.kind() == Indicator.Kind.RATE, "%s is not a rate", indicator);
    checkArgument(numerator >= 0 && numerator <= denominator && denominator >= 0,
        "%s numerator %s and denominator %s must satisfy 0 <= numerator <= denominator", indicator, numerator,
        denominator);
  }

  /** The share as a fraction from 0 to 1, empty when not applicable. */
  public OptionalDouble fraction() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }

  /** The share in percent, empty when not applicable. */
  public OptionalDouble percent() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * numerator / denominator);
  }

  /** {@code 37 / 40 (92.5 %)}, or {@code 0 / 0 (n/a)}. */
  @Override
  public String display() {
    return numerator + " / " + denominator + " ("
        + (denominator == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", percent().getAsDouble())) + ")";
  }

  @Override
  public String toString() {
    return indicator.nameEn() + " " + display();
  }
}
