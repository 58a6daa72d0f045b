package org.civicgrid.examples.cli;

import java.util.Locale;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutMetrics;
import org.civicgrid.geo.layout.LayoutSettings;

/**
 * Two layouts' metrics side by side from the grids' own household counts, as {@code civicgrid compare} prints
 * them when no households are given (with them, grid-geo's {@code LayoutComparison} says more). Immutable.
 */
final class LayoutSideBySide {
  private final LayoutMetrics a;
  private final LayoutMetrics b;

  private LayoutSideBySide(LayoutMetrics a, LayoutMetrics b) {
    this.a = a;
    this.b = b;
  }

  static LayoutSideBySide of(Layout a, Layout b, LayoutSettings settings) {
    return new LayoutSideBySide(LayoutMetrics.of(a, settings), LayoutMetrics.of(b, settings));
  }

  /** A Markdown table: metric | A | B | B − A. */
  String toMarkdown() {
    StringBuilder text = new StringBuilder("| metric | A | B | B − A |\n|---|---:|---:|---:|\n");
    row(text, "grids", a.grids(), b.grids());
    row(text, "within band, %", 100 * a.withinBand(), 100 * b.withinBand());
    row(text, "not contiguous", a.notContiguous(), b.notContiguous());
    row(text, "Polsby-Popper, mean", a.meanPolsbyPopper(), b.meanPolsbyPopper());
    row(text, "Polsby-Popper, 10th percentile", a.p10PolsbyPopper(), b.p10PolsbyPopper());
    row(text, "hull ratio, mean", a.meanHullRatio(), b.meanHullRatio());
    row(text, "households, smallest grid", a.smallest(), b.smallest());
    row(text, "households, largest grid", a.largest(), b.largest());
    return text.toString();
  }

  private static void row(StringBuilder text, String metric, double a, double b) {
    text.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %+.3f |%n", metric, a, b, b - a));
  }
}
