package org.civicgrid.routing.stats;

/**
 * The value of one {@link Indicator} for one population of cases, carrying the figures it is made of
 * so a report can show "37 / 40" and not only 92.5 %. A measure whose denominator is zero is not
 * applicable: it has no value, never 0 % or NaN. Immutable and thread-safe.
 */
public sealed interface Measure permits Rate, MeanDuration {

  /** The indicator measured. */
  Indicator indicator();

  /** The number of cases in the population the value is taken over. */
  long denominator();

  /** False when the population is empty, so there is no value. */
  default boolean isApplicable() {
    return denominator() > 0;
  }

  /** The value as a report cell: {@code 37 / 40 (92.5 %)}, {@code 1 h 30 min (n = 4)} or {@code n/a}. */
  String display();
}
