package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A composite score (综合指标, "下评上": the evaluation of grid workers, centres and departments): a
 * weighted sum of rate indicators, the weights given as data and summing to 1, as the 联通 platform's
 * inspector score (有效上报率分值×40 % + 漏报率分值×20 % + …, domain-anchors §5.2). Each rate is
 * scored from 0 to 100: its percentage when higher is better, 100 minus it when lower is better
 * (rework, extension, send-back). An indicator that is not applicable to a group is left out and the
 * other weights are scaled up to sum to 1 again, so a department without rated cases is neither
 * rewarded nor punished for it; the score says so. Immutable and thread-safe.
 */
public final class CompositeScheme {
  /** How far the weights may sum from 1, for weights written as decimals such as 0.1. */
  static final double TOLERANCE = 1e-9;

  private final String id;
  private final ImmutableMap<Indicator, Double> weights;

  private CompositeScheme(String id, ImmutableMap<Indicator, Double> weights) {
    this.id = id;
    this.weights = weights;
  }

  /**
   * A scheme with the weights in the order given.
   *
   * @param id a lower-kebab id such as {@code grid-worker}
   * @throws CivicGridException with {@link ErrorCode#INVALID_SCORE_SCHEME} naming the scheme and the
   *     offending indicator or sum, when there are no weights, a weight is not a positive finite
   *     number, an indicator is a mean time (it has no 0–100 score), or the weights do not sum to 1
   */
  public static CompositeScheme of(String id, Map<Indicator, Double> weights) {
    checkArgument(id != null && id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), "scheme id %s is not lower-kebab", id);
    checkNotNull(weights, "scheme %s weights", id);
    if (weights.isEmpty()) {
      throw invalid(id, "has no weights");
    }
    double sum = 0;
    for (Map.Entry<Indicator, Double> weight : weights.entrySet()) {
      Indicator indicator = checkNotNull(weight.getKey(), "scheme %s weighs a null indicator", id);
      Double value = weight.getValue();
      if (value == null || !Double.isFinite(value) || value <= 0) {
        throw invalid(id, "weighs " + indicator + " by " + value + ", not a positive number");
      }
      if (indicator.kind() != Indicator.Kind.RATE) {
        throw invalid(id, "weighs " + indicator + ", a mean time with no 0–100 score");
      }
      sum += value;
    }
    if (Math.abs(sum - 1) > TOLERANCE) {
      throw invalid(id, "has weights summing to " + sum + ", not 1: " + weights);
    }
    return new CompositeScheme(id, ImmutableMap.copyOf(weights));
  }

  /** Starts a scheme; weights are added in the order they are shown. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  /** The weight of each indicator, in the order given. */
  public ImmutableMap<Indicator, Double> weights() {
    return weights;
  }

  /** The score of one group's indicators, with its parts. */
  public CompositeScore score(IndicatorSet indicators) {
    checkNotNull(indicators, "indicators");
    double applicableWeight = 0;
    for (Map.Entry<Indicator, Double> weight : weights.entrySet()) {
      if (indicators.rate(weight.getKey()).isApplicable()) {
        applicableWeight += weight.getValue();
      }
    }
    ImmutableList.Builder<ScorePart> parts = ImmutableList.builder();
    for (Map.Entry<Indicator, Double> weight : weights.entrySet()) {
      Rate rate = indicators.rate(weight.getKey());
      if (rate.isApplicable()) {
        double percent = rate.percent().getAsDouble();
        double points = rate.indicator().higherIsBetter() ? percent : 100 - percent;
        parts.add(new ScorePart(rate, weight.getValue(), weight.getValue() / applicableWeight, points));
      } else {
        parts.add(new ScorePart(rate, weight.getValue(), 0, 0));
      }
    }
    return new CompositeScore(this, parts.build());
  }

  private static CivicGridException invalid(String id, String problem) {
    return new CivicGridException(ErrorCode.INVALID_SCORE_SCHEME, "composite score " + id + " " + problem);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompositeScheme s && id.equals(s.id) && weights.equals(s.weights);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + weights.hashCode();
  }

  /** {@code grid-worker: on-time handling 40 %, …}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(id).append(':');
    weights.forEach((indicator, weight) -> text.append(text.charAt(text.length() - 1) == ':' ? " " : ", ")
        .append(indicator.nameEn()).append(' ').append(String.format(Locale.ROOT, "%.4g %%", weight * 100)));
    return text.toString();
  }

  /** Collects weights; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Map<Indicator, Double> weights = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Weighs the indicator.
     *
     * @throws CivicGridException with {@link ErrorCode#INVALID_SCORE_SCHEME} when the indicator is weighed twice
     */
    public Builder weight(Indicator indicator, double weight) {
      checkNotNull(indicator, "indicator");
      if (weights.putIfAbsent(indicator, weight) != null) {
        throw invalid(id, "weighs " + indicator + " twice");
      }
      return this;
    }

    /** The scheme, checked as by {@link CompositeScheme#of}. */
    public CompositeScheme build() {
      return of(id, weights);
    }
  }
}
