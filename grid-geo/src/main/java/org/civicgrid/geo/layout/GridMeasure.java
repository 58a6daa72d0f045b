package org.civicgrid.geo.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The measures of a grid's sites around its service point: the household-weighted medoid, distances and
 * their weighted quantiles. Sites are given as parallel arrays of east, north and households. Stateless.
 */
final class GridMeasure {
  /**
   * Most sites tried as the medoid: a grid with more tries the ones nearest its household-weighted
   * centroid, which keeps a huge grid's cost linear in its sites.
   */
  static final int MEDOID_CANDIDATES = 2_000;

  private GridMeasure() {}

  /**
   * The index of the site from which the households' summed distance is least; ties go to the first.
   * Sites must not be empty.
   */
  static int medoid(double[] x, double[] y, int[] w) {
    int n = x.length;
    int[] candidates = IntStream.range(0, n).toArray();
    if (n > MEDOID_CANDIDATES) {
      double cx = 0;
      double cy = 0;
      double total = 0;
      for (int i = 0; i < n; i++) {
        cx += w[i] * x[i];
        cy += w[i] * y[i];
        total += w[i];
      }
      double ex = cx / total;
      double ey = cy / total;
      candidates = IntStream.range(0, n).boxed()
          .sorted(Comparator.comparingDouble((Integer i) -> Math.hypot(x[i] - ex, y[i] - ey))
              .thenComparingInt(i -> i))
          .limit(MEDOID_CANDIDATES).mapToInt(Integer::intValue).sorted().toArray();
    }
    int best = candidates[0];
    double bestCost = Double.POSITIVE_INFINITY;
    for (int c : candidates) {
      double cost = 0;
      for (int i = 0; i < n && cost < bestCost; i++) {
        double dx = x[i] - x[c];
        double dy = y[i] - y[c];
        cost += w[i] * Math.sqrt(dx * dx + dy * dy);
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /** Distances from each site to (px, py). */
  static double[] distances(double[] x, double[] y, double px, double py) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = Math.hypot(x[i] - px, y[i] - py);
    }
    return d;
  }

  /** The household-weighted mean of {@code d}; 0 for no households. */
  static double weightedMean(double[] d, int[] w) {
    double sum = 0;
    long total = 0;
    for (int i = 0; i < d.length; i++) {
      sum += w[i] * d[i];
      total += w[i];
    }
    return total == 0 ? 0 : sum / total;
  }

  /**
   * The household-weighted {@code q} quantile of {@code d} by nearest rank: the least distance within
   * which at least {@code q} of the households live; 0 for no households.
   */
  static double weightedQuantile(double[] d, int[] w, double q) {
    long total = 0;
    for (int weight : w) {
      total += weight;
    }
    if (total == 0) {
      return 0;
    }
    Integer[] order = IntStream.range(0, d.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> d[i]));
    long needed = (long) Math.ceil(q * total);
    long seen = 0;
    for (int i : order) {
      seen += w[i];
      if (seen >= needed) {
        return d[i];
      }
    }
    return d[order[order.length - 1]];
  }
}
