package org.civicgrid.geo.layout;

import java.util.Arrays;

/**
 * The length of a closed patrol tour from a start through points in a plane: a nearest-neighbour tour
 * improved by 2-opt moves until none shortens it or the work budget is spent, so a grid of a few hundred
 * sites is exact to 2-opt and a huge one costs bounded time. Above {@link #NEAREST_NEIGHBOUR_LIMIT}
 * points the tour sweeps strips instead (boustrophedon), which is linear after a sort. Stateless.
 */
final class PatrolTour {
  /** Most points for the quadratic nearest-neighbour start and 2-opt, whose distance matrix takes 8·n² bytes. */
  static final int NEAREST_NEIGHBOUR_LIMIT = 2048;
  /** Most 2-opt move evaluations per tour: about 20 passes over 1,000 points. */
  static final long TWO_OPT_BUDGET = 10_000_000L;

  private PatrolTour() {}

  /**
   * The tour length from ({@code x[0]}, {@code y[0]}) through the other points and back, in the units of
   * the coordinates.
   */
  static double length(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    int[] tour;
    if (n <= NEAREST_NEIGHBOUR_LIMIT) {
      tour = nearestNeighbour(x, y);
      twoOpt(tour, x, y);
    } else {
      tour = strips(x, y);
    }
    double length = 0;
    for (int i = 0; i < n; i++) {
      length += distance(tour[i], tour[(i + 1) % n], x, y);
    }
    return length;
  }

  private static int[] nearestNeighbour(double[] x, double[] y) {
    int n = x.length;
    int[] tour = new int[n];
    boolean[] visited = new boolean[n];
    visited[0] = true;
    for (int i = 1; i < n; i++) {
      int from = tour[i - 1];
      int best = -1;
      double bestSquared = Double.POSITIVE_INFINITY;
      for (int j = 1; j < n; j++) {
        if (!visited[j]) {
          double dx = x[j] - x[from];
          double dy = y[j] - y[from];
          double squared = dx * dx + dy * dy;
          if (squared < bestSquared) {
            bestSquared = squared;
            best = j;
          }
        }
      }
      tour[i] = best;
      visited[best] = true;
    }
    return tour;
  }

  /**
   * Reverses tour segments while that shortens the tour, first improvement, within the budget; distances
   * come from a matrix filled once, since each is read many times.
   */
  private static void twoOpt(int[] tour, double[] x, double[] y) {
    int n = tour.length;
    double[] d = new double[n * n];
    for (int p = 0; p < n; p++) {
      for (int q = p + 1; q < n; q++) {
        double dist = distance(p, q, x, y);
        d[p * n + q] = dist;
        d[q * n + p] = dist;
      }
    }
    long work = 0;
    boolean improved = true;
    while (improved && work < TWO_OPT_BUDGET) {
      improved = false;
      for (int i = 0; i < n - 2 && work < TWO_OPT_BUDGET; i++) {
        int a = tour[i];
        int b = tour[i + 1];
        double ab = d[a * n + b];
        for (int j = i + 2; j < n && (i > 0 || j < n - 1); j++) {
          int c = tour[j];
          int e = tour[j + 1 == n ? 0 : j + 1];
          double delta = d[a * n + c] + d[b * n + e] - ab - d[c * n + e];
          if (delta < -1e-9) {
            reverse(tour, i + 1, j);
            b = tour[i + 1];
            ab = d[a * n + b];
            improved = true;
          }
        }
        work += n;
      }
    }
  }

  private static void reverse(int[] tour, int from, int to) {
    for (int i = from, j = to; i < j; i++, j--) {
      int t = tour[i];
      tour[i] = tour[j];
      tour[j] = t;
    }
  }

  /** Vertical strips about √2 mean spacings wide, west to east, swept alternately north and south. */
  private static int[] strips(double[] x, double[] y) {
    int n = x.length;
    double minX = Arrays.stream(x).min().orElse(0);
    double maxX = Arrays.stream(x).max().orElse(0);
    double minY = Arrays.stream(y).min().orElse(0);
    double maxY = Arrays.stream(y).max().orElse(0);
    double width = Math.max(1e-9, Math.sqrt(2 * Math.max(1e-9, (maxX - minX) * (maxY - minY)) / n));
    Integer[] order = new Integer[n - 1];
    for (int i = 1; i < n; i++) {
      order[i - 1] = i;
    }
    Arrays.sort(order, (p, q) -> {
      int sp = (int) ((x[p] - minX) / width);
      int sq = (int) ((x[q] - minX) / width);
      if (sp != sq) {
        return Integer.compare(sp, sq);
      }
      int up = sp % 2 == 0 ? 1 : -1;
      return up * Double.compare(y[p], y[q]);
    });
    int[] tour = new int[n];
    for (int i = 1; i < n; i++) {
      tour[i] = order[i - 1];
    }
    return tour;
  }

  private static double distance(int p, int q, double[] x, double[] y) {
    double dx = x[p] - x[q];
    double dy = y[p] - y[q];
    return Math.sqrt(dx * dx + dy * dy);
  }
}
