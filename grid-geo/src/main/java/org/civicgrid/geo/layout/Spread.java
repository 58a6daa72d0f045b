package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * How one figure spreads over the grids of a layout: count, mean, smallest, 10th percentile, median,
 * 90th percentile and largest, percentiles by nearest rank. All zero when there are no values.
 * Immutable.
 *
 * @param count how many values
 */
public record Spread(int count, double mean, double min, double p10, double median, double p90, double max) {
  private static final Spread NONE = new Spread(0, 0, 0, 0, 0, 0, 0);

  /** The spread of {@code values}, which it does not change. */
  public static Spread of(double[] values) {
    checkNotNull(values, "values");
    int n = values.length;
    if (n == 0) {
      return NONE;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return new Spread(n, sum / n, sorted[0], rank(sorted, 0.10), rank(sorted, 0.50), rank(sorted, 0.90),
        sorted[n - 1]);
  }

  /** The nearest-rank {@code q} quantile of ascending {@code sorted}, which is not empty. */
  static double rank(double[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
