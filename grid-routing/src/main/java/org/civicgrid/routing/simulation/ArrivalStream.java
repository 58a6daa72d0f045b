package org.civicgrid.routing.simulation;

import java.util.SplittableRandom;
import org.civicgrid.core.code.GridCode;

/**
 * One leaf grid's arrivals: the superposition of its subcategories' Poisson processes, whose rate is
 * piecewise constant by hour of day, drawn as exponential inter-arrival times on the integrated rate and
 * each arrival given a subcategory in proportion to its rate. Times are seconds from the run's start.
 * Not thread-safe: one run owns it.
 */
final class ArrivalStream {
  private static final double HOUR = 3600;

  final GridCode grid;
  private final SplittableRandom random;
  private final double[] perSecond;
  private final String[] subcategories;
  private final double[] cumulativeShare;
  private final int firstHour;
  private final double firstBoundary;
  private final double end;

  /**
   * @param perSecond cases per second in each hour of the day, 0–23
   * @param firstHour the hour of day at the start
   * @param firstBoundary seconds from the start to the first full hour
   * @param end seconds from the start to the end of the run
   */
  ArrivalStream(GridCode grid, SplittableRandom random, double[] perSecond, String[] subcategories,
      double[] cumulativeShare, int firstHour, double firstBoundary, double end) {
    this.grid = grid;
    this.random = random;
    this.perSecond = perSecond;
    this.subcategories = subcategories;
    this.cumulativeShare = cumulativeShare;
    this.firstHour = firstHour;
    this.firstBoundary = firstBoundary;
    this.end = end;
  }

  /** Seconds from the start to the next arrival after {@code from}, or a negative number when none comes before the end. */
  double next(double from) {
    double need = -Math.log(1 - random.nextDouble());
    double t = from;
    while (t < end) {
      int segment = t < firstBoundary ? 0 : 1 + (int) ((t - firstBoundary) / HOUR);
      double boundary = segment == 0 ? firstBoundary : firstBoundary + segment * HOUR;
      double rate = perSecond[(firstHour + segment) % Scenario.HOURS];
      double room = rate * (boundary - t);
      if (rate > 0 && need <= room) {
        double at = t + need / rate;
        return at < end ? at : -1;
      }
      need -= room;
      t = boundary;
    }
    return -1;
  }

  /** The subcategory of the next arrival. */
  String subcategory() {
    double u = random.nextDouble();
    for (int i = 0; i < cumulativeShare.length - 1; i++) {
      if (u < cumulativeShare[i]) {
        return subcategories[i];
      }
    }
    return subcategories[subcategories.length - 1];
  }
}
