package org.civicgrid.routing.stats;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Indicator sets written out by hand: the rates given, every other indicator not applicable. */
final class Measures {
  private Measures() {}

  static IndicatorSet of(Rate... rates) {
    Map<Indicator, Measure> measures = new EnumMap<>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      measures.put(indicator, indicator.kind() == Indicator.Kind.RATE ? new Rate(indicator, 0, 0)
          : new MeanDuration(indicator, Duration.ZERO, 0));
    }
    for (Rate rate : rates) {
      measures.put(rate.indicator(), rate);
    }
    return new IndicatorSet(measures);
  }
}
