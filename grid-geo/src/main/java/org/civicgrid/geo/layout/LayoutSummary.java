package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link LayoutReport} summarised over the whole layout. Balance, contiguity and compactness are the
 * layout's {@link LayoutMetrics}, computed from the households the report counted in each grid, so the
 * two never disagree; the rest spreads the per-grid {@link GridFigures} and weighs distances by
 * households over the whole territory (layout anchors §7: mean and p95 distance to the service point).
 * Immutable.
 *
 * @param sites the sites given
 * @param households households of the sites inside some grid
 * @param residents residents of those sites, where known
 * @param outsideSites sites inside no grid, counted here rather than dropped
 * @param outsideHouseholds households of those sites
 * @param layout grid count, band share, contiguity and compactness
 * @param maxDeviation the largest |households − target| / target of any grid
 * @param householdsPerGrid households per grid
 * @param area grid areas, m²
 * @param neighbours neighbours per grid
 * @param patrol patrol tours, metres
 * @param bhh Beardwood–Halton–Hammersley tour estimates, metres
 * @param meanDistance household-weighted mean distance to the grid's service point over every household
 *     in a grid, metres
 * @param p95Distance household-weighted 95th percentile of that distance, metres
 * @param fullTimeWorkers full-time workers over all grids, when a staffing was given
 * @param householdsPerFullTimeWorker households per full-time worker over the grids that have any, when
 *     a staffing was given
 */
public record LayoutSummary(int sites, long households, long residents, int outsideSites, long outsideHouseholds,
    LayoutMetrics layout, double maxDeviation, Spread householdsPerGrid, Spread area, Spread neighbours,
    Spread patrol, Spread bhh, double meanDistance, double p95Distance, OptionalLong fullTimeWorkers,
    Optional<Spread> householdsPerFullTimeWorker) {

  public LayoutSummary {
    checkNotNull(layout, "layout");
    checkNotNull(fullTimeWorkers, "fullTimeWorkers");
    checkNotNull(householdsPerFullTimeWorker, "householdsPerFullTimeWorker");
  }

  /**
   * The headline figures by name, in reading order, as the report's and the comparison's tables show
   * them; staffing figures only when a staffing was given.
   */
  public ImmutableMap<String, Double> figures() {
    ImmutableMap.Builder<String, Double> f = ImmutableMap.builder();
    f.put("grids", (double) layout.grids());
    f.put("households in grids", (double) households);
    f.put("residents in grids (where known)", (double) residents);
    f.put("sites outside every grid", (double) outsideSites);
    f.put("households outside every grid", (double) outsideHouseholds);
    f.put("grids within band (%)", 100 * layout.withinBand());
    f.put("grids not contiguous", (double) layout.notContiguous());
    f.put("largest deviation from target (%)", 100 * maxDeviation);
    f.put("households per grid: min", householdsPerGrid.min());
    f.put("households per grid: max", householdsPerGrid.max());
    f.put("Polsby-Popper: mean", layout.meanPolsbyPopper());
    f.put("Polsby-Popper: p10", layout.p10PolsbyPopper());
    f.put("hull ratio: mean", layout.meanHullRatio());
    f.put("area m²: median", area.median());
    f.put("area m²: max", area.max());
    f.put("neighbours: mean", neighbours.mean());
    f.put("patrol m: median", patrol.median());
    f.put("patrol m: p90", patrol.p90());
    f.put("patrol m: max", patrol.max());
    f.put("BHH estimate m: median", bhh.median());
    f.put("distance to service point m: mean", meanDistance);
    f.put("distance to service point m: p95", p95Distance);
    fullTimeWorkers.ifPresent(w -> f.put("full-time workers", (double) w));
    householdsPerFullTimeWorker.ifPresent(s -> {
      f.put("households per full-time worker: mean", s.mean());
      f.put("households per full-time worker: max", s.max());
    });
    return f.build();
  }
}
