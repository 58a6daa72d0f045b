package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;

/**
 * The figures a layout is judged by (layout anchors §3, §7): how many grids, what share of them hold
 * households inside the band, how many are not contiguous, and Polsby-Popper compactness (mean and
 * 10th percentile, over grids' metric areas and perimeters) and the mean convex-hull ratio. Immutable.
 *
 * @param grids number of grids
 * @param withinBand share of grids whose households are inside the settings' band, 0–1
 * @param notContiguous grids in more than one piece
 * @param meanPolsbyPopper mean Polsby-Popper compactness
 * @param p10PolsbyPopper 10th percentile of Polsby-Popper compactness (nearest rank)
 * @param meanHullRatio mean of area over convex-hull area
 * @param smallest the fewest households in a grid
 * @param largest the most households in a grid
 */
public record LayoutMetrics(int grids, double withinBand, int notContiguous, double meanPolsbyPopper,
    double p10PolsbyPopper, double meanHullRatio, int smallest, int largest) {

  /** The metrics of {@code layout} against the band of {@code settings}. */
  public static LayoutMetrics of(Layout layout, LayoutSettings settings) {
    checkNotNull(layout, "layout");
    checkNotNull(settings, "settings");
    int n = layout.grids().size();
    double[] pp = new double[n];
    double hullRatios = 0;
    int within = 0;
    int notContiguous = 0;
    int smallest = Integer.MAX_VALUE;
    int largest = 0;
    for (int i = 0; i < n; i++) {
      LayoutGrid grid = layout.grids().get(i);
      pp[i] = grid.polsbyPopper();
      hullRatios += grid.hullRatio();
      if (grid.households() >= settings.minimum() && grid.households() <= settings.maximum()) {
        within++;
      }
      if (!grid.isContiguous()) {
        notContiguous++;
      }
      smallest = Math.min(smallest, grid.households());
      largest = Math.max(largest, grid.households());
    }
    if (n == 0) {
      return new LayoutMetrics(0, 0, 0, 0, 0, 0, 0, 0);
    }
    Arrays.sort(pp);
    return new LayoutMetrics(n, (double) within / n, notContiguous, Arrays.stream(pp).average().orElse(0),
        pp[(int) Math.ceil(0.1 * n) - 1], hullRatios / n, smallest, largest);
  }

  /**
   * The figures by name, in reading order, named as {@link LayoutSummary#figures()} names them, for
   * {@link LayoutComparison#sideBySide} when there are no household sites to report on.
   */
  public ImmutableMap<String, Double> figures() {
    return ImmutableMap.<String, Double>builder()
        .put("grids", (double) grids)
        .put("grids within band (%)", 100 * withinBand)
        .put("grids not contiguous", (double) notContiguous)
        .put("households per grid: min", (double) smallest)
        .put("households per grid: max", (double) largest)
        .put("Polsby-Popper: mean", meanPolsbyPopper)
        .put("Polsby-Popper: p10", p10PolsbyPopper)
        .put("hull ratio: mean", meanHullRatio)
        .buildOrThrow();
  }

  @Override
  public String toString() {
    return String.format("%d grids, %.1f%% within band, %d not contiguous, PP mean %.3f p10 %.3f, hull ratio %.3f,"
        + " households %d–%d", grids, withinBand * 100, notContiguous, meanPolsbyPopper, p10PolsbyPopper,
        meanHullRatio, smallest, largest);
  }
}
