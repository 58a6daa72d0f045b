package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.civicgrid.geo.layout.GridFigures;
import org.civicgrid.geo.layout.LayoutReport;

/**
 * The figures {@code civicgrid layout} reports on a layout, from grid-geo's {@link LayoutReport}: the summary
 * line, the metrics files, and per grid the numbers a map can be coloured by and the grids file carries.
 * Immutable.
 */
final class LayoutFigures {
  static final String HOUSEHOLDS = "households";
  static final String METRICS_MD = "metrics.md";
  static final String METRICS_CSV = "metrics.csv";
  static final String METRICS_JSON = "metrics.json";
  /** The per-grid figures by the names {@code --metric} takes, each from the grid's {@link GridFigures}. */
  private static final ImmutableMap<String, ToDoubleFunction<GridFigures>> MEASURES = measures();
  /** The names {@code --metric} takes, households first. */
  static final ImmutableList<String> NAMES = MEASURES.keySet().asList();

  private final LayoutReport report;

  private LayoutFigures(LayoutReport report) {
    this.report = report;
  }

  static LayoutFigures of(LayoutReport report) {
    return new LayoutFigures(report);
  }

  private static ImmutableMap<String, ToDoubleFunction<GridFigures>> measures() {
    Map<String, ToDoubleFunction<GridFigures>> m = new LinkedHashMap<>();
    m.put(HOUSEHOLDS, GridFigures::households);
    m.put("residents", GridFigures::residents);
    m.put("deviation", g -> 100 * g.deviation());
    m.put("area-ha", g -> g.areaSquareMetres() / 10_000);
    m.put("polsby-popper", GridFigures::polsbyPopper);
    m.put("hull-ratio", GridFigures::hullRatio);
    m.put("neighbours", GridFigures::neighbours);
    m.put("households-per-worker", g -> g.householdsPerFullTimeWorker().orElse(Double.NaN));
    m.put("patrol-km", g -> g.patrolMetres() / 1000);
    m.put("mean-distance", GridFigures::meanDistance);
    m.put("p95-distance", GridFigures::p95Distance);
    return ImmutableMap.copyOf(m);
  }

  /** The figure {@code name} by grid code, for the grids where it is a number. */
  ImmutableMap<String, Double> values(String name) {
    ToDoubleFunction<GridFigures> measure = MEASURES.get(name);
    ImmutableMap.Builder<String, Double> values = ImmutableMap.builder();
    for (GridFigures grid : report.grids()) {
      double value = measure.applyAsDouble(grid);
      if (Double.isFinite(value)) {
        values.put(grid.code(), value);
      }
    }
    return values.buildOrThrow();
  }

  /** The per-grid figures other than households, name → (grid code → value), for the grids file. */
  ImmutableMap<String, ImmutableMap<String, Double>> extraProperties() {
    ImmutableMap.Builder<String, ImmutableMap<String, Double>> extra = ImmutableMap.builder();
    NAMES.stream().filter(name -> !name.equals(HOUSEHOLDS)).forEach(name -> extra.put(name, values(name)));
    return extra.buildOrThrow();
  }

  /** One line: the layout's headline figures. */
  String summary() {
    return report.summary().layout().toString();
  }

  /** Writes the report as Markdown, CSV and JSON into {@code output}. */
  void write(OutputFolder output) {
    output.write(METRICS_MD, report.toMarkdown());
    output.write(METRICS_CSV, report.toCsv());
    output.write(METRICS_JSON, report.toJson());
  }
}
