package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGrid;
import org.civicgrid.geo.layout.LayoutMetrics;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.LocalFrame;

/**
 * The figures {@code civicgrid layout} reports on a layout: the summary and, per grid, the numbers a map can
 * be coloured by and the grids file carries. Immutable.
 */
final class LayoutFigures {
  static final String HOUSEHOLDS = "households";
  static final String METRICS_MD = "metrics.md";
  /** The per-grid figures, by the names {@code --metric} takes. */
  static final ImmutableList<String> NAMES = ImmutableList.of(HOUSEHOLDS, "deviation", "area-ha", "polsby-popper",
      "hull-ratio");

  private final LayoutMetrics metrics;
  private final ImmutableMap<String, ImmutableMap<String, Double>> perGrid;

  private LayoutFigures(LayoutMetrics metrics, ImmutableMap<String, ImmutableMap<String, Double>> perGrid) {
    this.metrics = metrics;
    this.perGrid = perGrid;
  }

  static LayoutFigures of(Layout layout, List<HouseholdSite> sites, LayoutSettings settings, LocalFrame frame) {
    Map<String, ToDoubleFunction<LayoutGrid>> measures = new LinkedHashMap<>();
    measures.put(HOUSEHOLDS, LayoutGrid::households);
    measures.put("deviation", g -> 100.0 * (g.households() - settings.target()) / settings.target());
    measures.put("area-ha", g -> g.area().getArea() / 10_000);
    measures.put("polsby-popper", LayoutGrid::polsbyPopper);
    measures.put("hull-ratio", LayoutGrid::hullRatio);
    ImmutableMap.Builder<String, ImmutableMap<String, Double>> perGrid = ImmutableMap.builder();
    measures.forEach((name, measure) -> {
      ImmutableMap.Builder<String, Double> values = ImmutableMap.builder();
      layout.grids().forEach(g -> values.put(g.code(), measure.applyAsDouble(g)));
      perGrid.put(name, values.buildOrThrow());
    });
    return new LayoutFigures(LayoutMetrics.of(layout, settings), perGrid.buildOrThrow());
  }

  /** The figure {@code name} by grid code. */
  ImmutableMap<String, Double> values(String name) {
    return perGrid.get(name);
  }

  /** The per-grid figures other than households, name → (grid code → value), for the grids file. */
  ImmutableMap<String, ImmutableMap<String, Double>> extraProperties() {
    return ImmutableMap.copyOf(Maps.filterKeys(perGrid, name -> !name.equals(HOUSEHOLDS)));
  }

  /** One line: the layout's summary figures. */
  String summary() {
    return metrics.toString();
  }

  /** Writes the metrics files into {@code output}. */
  void write(OutputFolder output) {
    StringBuilder text = new StringBuilder("# Layout metrics\n\n").append(metrics).append("\n\n| grid |");
    NAMES.forEach(n -> text.append(' ').append(n).append(" |"));
    text.append("\n|---|").append("---:|".repeat(NAMES.size())).append('\n');
    for (String code : perGrid.get(HOUSEHOLDS).keySet()) {
      text.append("| ").append(code).append(" |");
      NAMES.forEach(n -> text.append(String.format(Locale.ROOT, " %.3f |", perGrid.get(n).get(code))));
      text.append('\n');
    }
    output.write(METRICS_MD, text.toString());
  }
}
