package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every {@link Indicator} measured over one group of cases in one period: a row of a statistics
 * table, and what a {@link CompositeScheme} scores. Immutable and thread-safe.
 */
public final class IndicatorSet {
  private final ImmutableMap<Indicator, Measure> measures;

  IndicatorSet(Map<Indicator, Measure> measures) {
    EnumMap<Indicator, Measure> copy = new EnumMap<>(measures);
    for (Indicator indicator : Indicator.values()) {
      checkArgument(copy.containsKey(indicator), "no measure of %s", indicator);
    }
    this.measures = Maps.immutableEnumMap(copy);
  }

  /** The measure of the indicator. */
  public Measure measure(Indicator indicator) {
    return measures.get(checkNotNull(indicator, "indicator"));
  }

  /** The measure of a rate indicator; a caller mistake for a mean-time indicator. */
  public Rate rate(Indicator indicator) {
    Measure measure = measure(indicator);
    checkArgument(measure instanceof Rate, "%s is not a rate", indicator);
    return (Rate) measure;
  }

  /** The measure of a mean-time indicator; a caller mistake for a rate. */
  public MeanDuration mean(Indicator indicator) {
    Measure measure = measure(indicator);
    checkArgument(measure instanceof MeanDuration, "%s is not a mean duration", indicator);
    return (MeanDuration) measure;
  }

  /** Every measure, in the order of {@link Indicator}. */
  public ImmutableMap<Indicator, Measure> measures() {
    return measures;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorSet s && measures.equals(s.measures);
  }

  @Override
  public int hashCode() {
    return measures.hashCode();
  }

  @Override
  public String toString() {
    return measures.values().toString();
  }
}
