package org.civicgrid.geo.map;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Geometry;

/**
 * A grid map, rendered as SVG: the grids of one level, or the lowest grids of one grid's subtree,
 * outlined and labelled with name, code and households; the grids above them (their parents, or
 * the subtree's inner grids) outlined in bold; optional points such as buildings; optionally each
 * grid filled by a numeric metric on a {@link ColourRamp}, with a legend; a scale bar in metres, a
 * north arrow and a title.
 *
 * <pre>{@code
 * String svg = GridMap.ofSubtree(layer, hierarchy, changyuan)
 *     .title("长源社区网格图")
 *     .metric("户数", Grid::households)
 *     .points(buildings)
 *     .build()
 *     .toSvg();
 * }</pre>
 *
 * <p>Grids without a boundary in the layer are left out. Everything is evaluated when the map is
 * built, so the map is an immutable snapshot: thread-safe, and the same map (or the same input)
 * always renders to the same bytes — grids in code order, numbers in one fixed format.
 */
public final class GridMap {
  private final String title;
  private final ImmutableList<MapGrid> grids;
  private final ImmutableList<MapGrid> outlines;
  private final Optional<String> metricName;
  private final ColourRamp ramp;
  private final ImmutableList<MapPoint> points;
  private final boolean northArrow;
  private final int width;

  private GridMap(Builder b, ImmutableList<MapGrid> grids) {
    this.title = b.title;
    this.grids = grids;
    this.outlines = b.outlines;
    this.metricName = Optional.ofNullable(b.metricName);
    this.ramp = b.ramp;
    this.points = b.points;
    this.northArrow = b.northArrow;
    this.width = b.width;
  }

  /**
   * A map of the grids of {@code level}, with their parents' boundaries in bold.
   *
   * @throws IllegalArgumentException if no grid of the level has a boundary in {@code layer}
   */
  public static Builder ofLevel(BoundaryLayer layer, GridHierarchy hierarchy, Level level) {
    checkNotNull(level, "level");
    List<Grid> drawn = hierarchy.grids(level);
    List<Grid> parents = drawn.stream().flatMap(g -> g.parent().stream()).distinct().toList();
    return new Builder(layer, drawn, parents, level.nameZh() + "网格图", "level " + level.id());
  }

  /**
   * A map of the subtree of {@code root}: its lowest grids with a boundary are filled and labelled;
   * {@code root} and the grids between are outlined in bold.
   *
   * @throws IllegalArgumentException if no grid of the subtree has a boundary in {@code layer}
   */
  public static Builder ofSubtree(BoundaryLayer layer, GridHierarchy hierarchy, GridCode root) {
    Grid top = hierarchy.get(checkNotNull(root, "root"));
    List<Grid> subtree = Stream.concat(Stream.of(top), top.descendants().stream())
        .filter(g -> layer.boundary(g.code()).isPresent()).toList();
    List<Grid> lowest = subtree.stream()
        .filter(g -> g.children().stream().noneMatch(c -> layer.boundary(c.code()).isPresent()))
        .toList();
    List<Grid> inner = subtree.stream().filter(g -> !lowest.contains(g)).toList();
    return new Builder(layer, lowest, inner, top.name() + "网格图", "subtree of " + root);
  }

  public String title() {
    return title;
  }

  /** The filled grids' codes, in drawing order. */
  public ImmutableList<GridCode> grids() {
    return grids.stream().map(g -> g.grid().code()).collect(ImmutableList.toImmutableList());
  }

  /** The map as an SVG document. */
  public String toSvg() {
    return new GridMapSvg(this).render();
  }

  /** Writes {@link #toSvg()} to {@code out}, which should encode UTF-8 as the document declares. */
  public void writeSvg(Writer out) throws IOException {
    out.write(toSvg());
    out.flush();
  }

  ImmutableList<MapGrid> filled() {
    return grids;
  }

  ImmutableList<MapGrid> outlines() {
    return outlines;
  }

  Optional<String> metricName() {
    return metricName;
  }

  ColourRamp ramp() {
    return ramp;
  }

  ImmutableList<MapPoint> points() {
    return points;
  }

  boolean northArrow() {
    return northArrow;
  }

  int width() {
    return width;
  }

  /** A grid as drawn: the grid, its area, and its metric value (NaN when it has none). */
  record MapGrid(Grid grid, Geometry area, double value) {}

  /** Chooses what a {@link GridMap} shows. Not thread-safe; {@link #build()} makes the immutable map. */
  public static final class Builder {
    private final List<Grid> drawn;
    private final BoundaryLayer layer;
    private final ImmutableList<MapGrid> outlines;
    private String title;
    private String metricName;
    private ToDoubleFunction<Grid> metric = g -> Double.NaN;
    private ColourRamp ramp = ColourRamp.YELLOW_TO_RED;
    private ImmutableList<MapPoint> points = ImmutableList.of();
    private boolean northArrow = true;
    private int width = 1000;

    private Builder(BoundaryLayer layer, List<Grid> drawn, List<Grid> outlined, String title, String what) {
      this.layer = checkNotNull(layer, "layer");
      this.drawn = drawn.stream().filter(g -> layer.boundary(g.code()).isPresent())
          .sorted(Comparator.comparing(Grid::code)).toList();
      checkArgument(!this.drawn.isEmpty(), "nothing to draw: no grid of the %s has a boundary", what);
      this.outlines = outlined.stream().sorted(Comparator.comparing(Grid::code))
          .flatMap(g -> layer.boundary(g.code()).map(b -> new MapGrid(g, b.area(), Double.NaN)).stream())
          .collect(ImmutableList.toImmutableList());
      this.title = title;
    }

    /** The title shown above the map. */
    public Builder title(String title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    /** Fills each grid by {@code metric}; NaN or infinite values are shown as "no data". */
    public Builder metric(String name, ToDoubleFunction<Grid> metric) {
      this.metricName = checkNotNull(name, "name");
      this.metric = checkNotNull(metric, "metric");
      return this;
    }

    /** Fills each grid by its value in {@code values}; grids missing from it are shown as "no data". */
    public Builder metric(String name, Map<GridCode, Double> values) {
      ImmutableSortedMap<GridCode, Double> copy = ImmutableSortedMap.copyOf(values);
      return metric(name, g -> copy.getOrDefault(g.code(), Double.NaN));
    }

    /** The ramp the metric is coloured with; {@link ColourRamp#YELLOW_TO_RED} by default. */
    public Builder ramp(ColourRamp ramp) {
      this.ramp = checkNotNull(ramp, "ramp");
      return this;
    }

    /** Points to draw, such as buildings, in the layer's coordinate system. */
    public Builder points(Collection<MapPoint> points) {
      this.points = ImmutableList.copyOf(points);
      return this;
    }

    /** Whether to draw a north arrow; true by default. */
    public Builder northArrow(boolean draw) {
      this.northArrow = draw;
      return this;
    }

    /** The page width in pixels, 480 to 10,000; 1,000 by default. The height follows the map's shape. */
    public Builder width(int pixels) {
      checkArgument(pixels >= 480 && pixels <= 10_000, "map width %s is not 480 to 10000 pixels", pixels);
      this.width = pixels;
      return this;
    }

    public GridMap build() {
      ImmutableList<MapGrid> grids = drawn.stream()
          .map(g -> {
            Boundary b = layer.boundary(g.code()).orElseThrow();
            double v = metric.applyAsDouble(g);
            return new MapGrid(g, b.area(), Double.isFinite(v) ? v : Double.NaN);
          })
          .collect(ImmutableList.toImmutableList());
      return new GridMap(this, grids);
    }
  }
}
