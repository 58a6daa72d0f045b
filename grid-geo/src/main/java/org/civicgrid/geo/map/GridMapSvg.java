package org.civicgrid.geo.map;

import static org.civicgrid.geo.map.SvgDocument.num;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.civicgrid.core.hierarchy.Grid;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Renders one {@link GridMap} to SVG, layer by layer: background and title, filled grids, bold
 * outlines of the grids above them, points, labels, legend, scale bar, north arrow. Labels sit at
 * the centre of each grid's largest inscribed circle (computed on the projected shape, so it is the
 * visual centre even of an L-shaped grid), in a size that fits the circle; where three lines do not
 * fit, only the name is shown. Not thread-safe; one per rendering.
 */
final class GridMapSvg {
  private static final String NO_DATA_FILL = "#d9d9d9";
  private static final String PLAIN_FILL = "#f4f1ea";
  private static final double SCALE_BAR_PIXELS = 140;

  private final GridMap map;
  private final MapFrame frame;
  private final SvgDocument svg;
  private final double min;
  private final double max;

  GridMapSvg(GridMap map) {
    this.map = map;
    Envelope extent = new Envelope();
    map.filled().forEach(g -> extent.expandToInclude(g.area().getEnvelopeInternal()));
    map.outlines().forEach(g -> extent.expandToInclude(g.area().getEnvelopeInternal()));
    this.frame = new MapFrame(extent, map.width());
    this.svg = new SvgDocument(frame.width(), frame.height());
    this.min = map.filled().stream().mapToDouble(GridMap.MapGrid::value).filter(Double::isFinite).min().orElse(0);
    this.max = map.filled().stream().mapToDouble(GridMap.MapGrid::value).filter(Double::isFinite).max().orElse(0);
  }

  String render() {
    svg.element("title", map.title());
    svg.start("rect").attr("width", "100%").attr("height", "100%").attr("fill", "#ffffff").end();
    svg.start("text").attr("id", "title").attr("x", MapFrame.MARGIN).attr("y", 36)
        .attr("font-size", 22).attr("font-weight", "bold").attr("fill", "#222222").text(map.title()).end();
    grids();
    outlines();
    points();
    labels();
    if (map.metricName().isPresent()) {
      legend(map.metricName().get());
    }
    scaleBar();
    if (map.northArrow()) {
      northArrow();
    }
    return svg.finish();
  }

  private void grids() {
    svg.start("g").attr("id", "grids").attr("stroke", "#555555").attr("stroke-width", 0.8)
        .attr("stroke-linejoin", "round").attr("fill-rule", "evenodd");
    for (GridMap.MapGrid g : map.filled()) {
      Grid grid = g.grid();
      svg.start("path").attr("class", "grid").attr("id", "grid-" + grid.code())
          .attr("d", path(frame.project(g.area()))).attr("fill", fill(g.value()));
      svg.element("title", grid.name() + " " + grid.code()
          + (map.metricName().isPresent() ? ": " + map.metricName().get() + " " + value(g.value()) : ""));
      svg.end();
    }
    svg.end();
  }

  private void outlines() {
    svg.start("g").attr("id", "parents").attr("fill", "none").attr("stroke", "#222222")
        .attr("stroke-width", 2.5).attr("stroke-linejoin", "round");
    for (GridMap.MapGrid g : map.outlines()) {
      svg.start("path").attr("class", "parent").attr("id", "parent-" + g.grid().code())
          .attr("d", path(frame.project(g.area())));
      svg.element("title", g.grid().name() + " " + g.grid().code());
      svg.end();
    }
    svg.end();
  }

  private void points() {
    if (map.points().isEmpty()) {
      return;
    }
    GeometryFactory factory = new GeometryFactory();
    svg.start("g").attr("id", "points").attr("fill", "#333333").attr("stroke", "#ffffff").attr("stroke-width", 0.6);
    for (MapPoint p : map.points()) {
      Coordinate at = frame.project(factory.createPoint(new Coordinate(p.lon(), p.lat()))).getCoordinate();
      svg.start("circle").attr("class", "point").attr("cx", at.x).attr("cy", at.y).attr("r", 2.8);
      svg.element("title", p.label()).end();
    }
    svg.end();
  }

  private void labels() {
    svg.start("g").attr("id", "labels").attr("text-anchor", "middle").attr("fill", "#1a1a1a")
        .attr("stroke", "#ffffff").attr("stroke-width", 2).attr("paint-order", "stroke");
    for (GridMap.MapGrid g : map.filled()) {
      Geometry page = frame.project(g.area());
      MaximumInscribedCircle circle = new MaximumInscribedCircle(page, 0.5);
      Coordinate centre = circle.getCenter().getCoordinate();
      double radius = circle.getRadiusLine().getLength();
      double size = Math.round(Math.max(6, Math.min(14, radius * 0.42)) * 2) / 2.0;
      boolean full = radius >= 2.2 * size;
      Grid grid = g.grid();
      svg.start("text").attr("class", "label").attr("x", centre.x)
          .attr("y", centre.y + (full ? -0.75 * size : 0.35 * size)).attr("font-size", size);
      svg.start("tspan").attr("x", centre.x).attr("font-weight", "bold").text(grid.name()).end();
      if (full) {
        svg.start("tspan").attr("x", centre.x).attr("dy", 1.15 * size).attr("font-size", size * 0.8)
            .text(grid.code().value()).end();
        svg.start("tspan").attr("x", centre.x).attr("dy", 1.15 * size).attr("font-size", size * 0.8)
            .text(grid.households() + " 户").end();
      }
      svg.end();
    }
    svg.end();
  }

  private void legend(String name) {
    double x = MapFrame.MARGIN;
    double y = frame.mapBottom() + 28;
    svg.start("g").attr("id", "legend").attr("font-size", 11).attr("fill", "#222222");
    svg.start("text").attr("x", x).attr("y", y).attr("font-size", 13).attr("font-weight", "bold").text(name).end();
    ColourRamp ramp = map.ramp();
    double step = (max - min) / ramp.classes();
    for (int k = 0; k < ramp.classes(); k++) {
      double from = min + k * step;
      double to = k == ramp.classes() - 1 ? max : min + (k + 1) * step;
      swatch(x + k * 76, y + 10, ramp.colours().get(k), legendNumber(from, step) + "–" + legendNumber(to, step));
    }
    if (map.filled().stream().anyMatch(g -> Double.isNaN(g.value()))) {
      swatch(x + ramp.classes() * 76, y + 10, NO_DATA_FILL, "无数据");
    }
    svg.end();
  }

  private void swatch(double x, double y, String colour, String label) {
    svg.start("rect").attr("class", "swatch").attr("x", x).attr("y", y).attr("width", 70).attr("height", 14)
        .attr("fill", colour).attr("stroke", "#555555").attr("stroke-width", 0.5).end();
    svg.start("text").attr("x", x + 35).attr("y", y + 28).attr("text-anchor", "middle").text(label).end();
  }

  /** A bar of a round length (1, 2 or 5 times a power of ten metres) near SCALE_BAR_PIXELS long. */
  private void scaleBar() {
    double metres = niceLength(SCALE_BAR_PIXELS / frame.pixelsPerMetre());
    double pixels = metres * frame.pixelsPerMetre();
    double right = frame.mapRight();
    double left = right - pixels;
    double y = frame.mapBottom() + 92;
    svg.start("g").attr("id", "scale-bar").attr("font-size", 11).attr("fill", "#222222");
    svg.start("rect").attr("x", left).attr("y", y).attr("width", pixels / 2).attr("height", 6)
        .attr("fill", "#222222").end();
    svg.start("rect").attr("x", left + pixels / 2).attr("y", y).attr("width", pixels / 2).attr("height", 6)
        .attr("fill", "#ffffff").attr("stroke", "#222222").attr("stroke-width", 0.8).end();
    svg.start("text").attr("x", left).attr("y", y - 5).attr("text-anchor", "middle").text("0").end();
    svg.start("text").attr("x", right).attr("y", y - 5).attr("text-anchor", "middle").text(lengthLabel(metres)).end();
    svg.end();
  }

  private void northArrow() {
    double x = frame.mapRight() - 14;
    double y = frame.mapTop() + 8;
    svg.start("g").attr("id", "north-arrow").attr("fill", "#222222").attr("stroke", "#ffffff")
        .attr("stroke-width", 1).attr("paint-order", "stroke");
    svg.start("path").attr("d", "M " + num(x) + " " + num(y + 6) + " L " + num(x + 8) + " " + num(y + 30)
        + " L " + num(x) + " " + num(y + 24) + " L " + num(x - 8) + " " + num(y + 30) + " Z").end();
    svg.start("text").attr("x", x).attr("y", y + 44).attr("font-size", 13).attr("font-weight", "bold")
        .attr("text-anchor", "middle").text("N").end();
    svg.end();
  }

  private String fill(double value) {
    if (map.metricName().isEmpty()) {
      return PLAIN_FILL;
    }
    return Double.isNaN(value) ? NO_DATA_FILL : map.ramp().colourOf(value, min, max);
  }

  private static String path(Geometry page) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < page.getNumGeometries(); i++) {
      Polygon p = (Polygon) page.getGeometryN(i);
      ring(d, p.getExteriorRing().getCoordinates());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        ring(d, p.getInteriorRingN(h).getCoordinates());
      }
    }
    return d.toString().trim();
  }

  private static void ring(StringBuilder d, Coordinate[] ring) {
    for (int i = 0; i + 1 < ring.length; i++) {
      d.append(i == 0 ? "M " : " L ").append(num(ring[i].x)).append(' ').append(num(ring[i].y));
    }
    d.append(" Z ");
  }

  private static String value(double v) {
    return Double.isNaN(v) ? "无数据" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** Enough decimals to tell classes of width {@code step} apart. */
  static String legendNumber(double v, double step) {
    int decimals = step >= 10 || step == 0 ? 0 : step >= 1 ? 1 : 2;
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
  }

  /** The largest 1, 2 or 5 times a power of ten not above {@code metres}. */
  static double niceLength(double metres) {
    double power = Math.pow(10, Math.floor(Math.log10(metres)));
    for (double m : List.of(5.0, 2.0, 1.0)) {
      if (m * power <= metres) {
        return m * power;
      }
    }
    return power;
  }

  static String lengthLabel(double metres) {
    return metres >= 1000
        ? BigDecimal.valueOf(metres / 1000).stripTrailingZeros().toPlainString() + " km"
        : BigDecimal.valueOf(metres).stripTrailingZeros().toPlainString() + " m";
  }
}
