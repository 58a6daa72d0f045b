package org.civicgrid.geo.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.VerifyException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes a {@link LayoutReport} as Markdown, CSV and JSON. Numbers are written with a decimal point
 * whatever the default locale, rounded as a reader needs them (millimetres for positions, 0.1 m for
 * distances, four places for ratios), so the same report always gives the same bytes. Stateless.
 */
final class LayoutReportText {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSV_HEADER = "code,parent,households,residents,sites,deviation,area_m2,"
      + "polsby_popper,hull_ratio,neighbours,full_time_workers,households_per_full_time_worker,patrol_m,bhh_m,"
      + "service_east,service_north,mean_distance_m,p95_distance_m\n";

  private LayoutReportText() {}

  static String markdown(LayoutReport report, int worst) {
    LayoutSummary s = report.summary();
    LayoutSettings settings = report.settings();
    StringBuilder md = new StringBuilder("# Layout report\n\n");
    md.append(String.format(Locale.ROOT, "Target %d households ±%s %%; %d grids; %d households in %d sites.%n",
        settings.target(), number(100 * settings.band()), s.layout().grids(), s.households() + s.outsideHouseholds(),
        s.sites()));
    report.firstOutside().ifPresent(site -> md.append(String.format(Locale.ROOT,
        "%n**%d sites (%d households) lie in no grid**; the first at (%s, %s).%n", s.outsideSites(),
        s.outsideHouseholds(), number(site.east()), number(site.north()))));
    md.append("\n| figure | value |\n|---|---:|\n");
    s.figures().forEach((name, value) -> md.append("| ").append(name).append(" | ").append(number(value))
        .append(" |\n"));
    if (worst > 0 && !report.grids().isEmpty()) {
      worstTable(md, "Furthest from target", report.grids(),
          Comparator.comparingDouble((GridFigures g) -> -Math.abs(g.deviation())), worst);
      worstTable(md, "Least compact", report.grids(), Comparator.comparingDouble(GridFigures::polsbyPopper), worst);
    }
    return md.toString();
  }

  private static void worstTable(StringBuilder md, String title, List<GridFigures> grids,
      Comparator<GridFigures> worstFirst, int count) {
    md.append("\n## ").append(title).append("\n\n")
        .append("| grid | parent | households | deviation % | Polsby-Popper | patrol m | p95 distance m |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    grids.stream().sorted(worstFirst.thenComparing(GridFigures::code)).limit(count).forEach(g -> md.append(
        String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |%n", g.code(), g.parent(), g.households(),
            number(100 * g.deviation()), fixed(g.polsbyPopper(), 3), fixed(g.patrolMetres(), 0),
            fixed(g.p95Distance(), 0))));
  }

  static String csv(LayoutReport report) {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    for (GridFigures g : report.grids()) {
      csv.append(String.join(",", g.code(), g.parent(), Integer.toString(g.households()),
          Long.toString(g.residents()), Integer.toString(g.sites()), fixed(g.deviation(), 4),
          fixed(g.areaSquareMetres(), 1), fixed(g.polsbyPopper(), 4), fixed(g.hullRatio(), 4),
          Integer.toString(g.neighbours()), optional(g.fullTimeWorkers()),
          optional(g.householdsPerFullTimeWorker()), fixed(g.patrolMetres(), 1), fixed(g.bhhMetres(), 1),
          fixed(g.serviceEast(), 3), fixed(g.serviceNorth(), 3), fixed(g.meanDistance(), 1),
          fixed(g.p95Distance(), 1))).append('\n');
    }
    return csv.toString();
  }

  static String json(LayoutReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("settings").put("target", report.settings().target()).put("band", report.settings().band());
    LayoutSummary s = report.summary();
    ObjectNode summary = root.putObject("summary");
    summary.put("sites", s.sites()).put("households", s.households()).put("residents", s.residents())
        .put("outsideSites", s.outsideSites()).put("outsideHouseholds", s.outsideHouseholds());
    report.firstOutside().ifPresent(site -> summary.putObject("firstOutside").put("east", site.east())
        .put("north", site.north()).put("households", site.households()));
    LayoutMetrics m = s.layout();
    summary.put("grids", m.grids()).put("withinBand", round(m.withinBand(), 4))
        .put("notContiguous", m.notContiguous()).put("meanPolsbyPopper", round(m.meanPolsbyPopper(), 4))
        .put("p10PolsbyPopper", round(m.p10PolsbyPopper(), 4)).put("meanHullRatio", round(m.meanHullRatio(), 4))
        .put("maxDeviation", round(s.maxDeviation(), 4));
    spread(summary.putObject("householdsPerGrid"), s.householdsPerGrid());
    spread(summary.putObject("areaSquareMetres"), s.area());
    spread(summary.putObject("neighbours"), s.neighbours());
    spread(summary.putObject("patrolMetres"), s.patrol());
    spread(summary.putObject("bhhMetres"), s.bhh());
    summary.put("meanDistance", round(s.meanDistance(), 1)).put("p95Distance", round(s.p95Distance(), 1));
    s.fullTimeWorkers().ifPresent(w -> summary.put("fullTimeWorkers", w));
    s.householdsPerFullTimeWorker().ifPresent(p -> spread(summary.putObject("householdsPerFullTimeWorker"), p));
    ArrayNode grids = root.putArray("grids");
    for (GridFigures g : report.grids()) {
      ObjectNode grid = grids.addObject().put("code", g.code()).put("parent", g.parent())
          .put("households", g.households()).put("residents", g.residents()).put("sites", g.sites())
          .put("deviation", round(g.deviation(), 4)).put("areaSquareMetres", round(g.areaSquareMetres(), 1))
          .put("polsbyPopper", round(g.polsbyPopper(), 4)).put("hullRatio", round(g.hullRatio(), 4))
          .put("neighbours", g.neighbours());
      g.fullTimeWorkers().ifPresent(w -> grid.put("fullTimeWorkers", w));
      g.householdsPerFullTimeWorker().ifPresent(h -> grid.put("householdsPerFullTimeWorker", round(h, 1)));
      grid.put("patrolMetres", round(g.patrolMetres(), 1)).put("bhhMetres", round(g.bhhMetres(), 1))
          .put("serviceEast", round(g.serviceEast(), 3)).put("serviceNorth", round(g.serviceNorth(), 3))
          .put("meanDistance", round(g.meanDistance(), 1)).put("p95Distance", round(g.p95Distance(), 1));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new VerifyException("a tree of strings and numbers is always JSON", e);
    }
  }

  /** One row of a comparison table: the figure in A and B and their difference, – where one lacks it. */
  static void figureRow(StringBuilder md, String name, Map<String, Double> a, Map<String, Double> b) {
    Double x = a.get(name);
    Double y = b.get(name);
    md.append("| ").append(name).append(" | ").append(x == null ? "–" : number(x)).append(" | ")
        .append(y == null ? "–" : number(y)).append(" | ")
        .append(x == null || y == null ? "–" : signed(y - x)).append(" |\n");
  }

  private static void spread(ObjectNode node, Spread s) {
    node.put("count", s.count()).put("mean", round(s.mean(), 4)).put("min", round(s.min(), 4))
        .put("p10", round(s.p10(), 4)).put("median", round(s.median(), 4)).put("p90", round(s.p90(), 4))
        .put("max", round(s.max(), 4));
  }

  /** Whole numbers as they are; others with three places below 10 and one above. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return fixed(value, Math.abs(value) < 10 ? 3 : 1);
  }

  private static String signed(double value) {
    String text = number(value);
    return value > 0 ? "+" + text : text.equals("-0.000") || text.equals("-0.0") ? text.substring(1) : text;
  }

  private static String fixed(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.rint(value * scale) / scale;
  }

  private static String optional(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  private static String optional(OptionalDouble value) {
    return value.isPresent() ? fixed(value.getAsDouble(), 1) : "";
  }
}
