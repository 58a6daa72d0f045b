package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * One indicator's share of a {@link CompositeScore}: the rate, its 0–100 points, the weight the
 * scheme gives it and the weight it got once inapplicable indicators were left out. Immutable and
 * thread-safe.
 *
 * @param rate the measured rate, with its numerator and denominator
 * @param weight the scheme's weight
 * @param appliedWeight the weight used: the scheme's weight scaled so the applicable ones sum to 1;
 *     zero when the rate is not applicable
 * @param points the rate scored 0–100 (its percentage, or 100 minus it when lower is better); zero
 *     when not applicable
 */
public record ScorePart(Rate rate, double weight, double appliedWeight, double points) {
  public ScorePart {
    checkNotNull(rate, "rate");
    checkArgument(weight > 0 && appliedWeight >= 0 && points >= 0 && points <= 100,
        "%s weight %s, applied %s, points %s out of range", rate.indicator(), weight, appliedWeight, points);
  }

  /** What the part adds to the score: its points times its applied weight. */
  public double contribution() {
    return points * appliedWeight;
  }

  /**
   * {@code on-time closing 37 / 40 (92.5 %) → 92.5 points × 0.400 = 37.00}, or {@code satisfaction 0 /
   * 0 (n/a), weight 0.200 left out}.
   */
  public String explain() {
    String head = rate.indicator().nameEn() + " " + rate.display();
    if (!rate.isApplicable()) {
      return head + String.format(Locale.ROOT, ", weight %.3f left out", weight);
    }
    String inverted = rate.indicator().higherIsBetter() ? "" : " (100 − rate)";
    String scaled = appliedWeight == weight ? "" : String.format(Locale.ROOT, " (scaled from %.3f)", weight);
    return head + String.format(Locale.ROOT, " → %.1f points%s × %.3f%s = %.2f", points, inverted, appliedWeight,
        scaled, contribution());
  }

  @Override
  public String toString() {
    return explain();
  }
}
