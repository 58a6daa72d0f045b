package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.map.ColourRamp;
import org.civicgrid.geo.map.GridMap;

/**
 * A layout drawn as an SVG grid map through the geo module's {@link GridMap}: each grid filled by a
 * per-grid metric (layout metrics, simulation results, anything keyed by grid code) with a legend of
 * the metric's name and class breaks, the parents' boundaries in bold, a title, scale bar and north
 * arrow. Grids are labelled with their number within the parent, code and households.
 *
 * <pre>{@code
 * String svg = LayoutMap.of(layout, parents, frame)
 *     .title("海州区 网格方案")
 *     .metric("每名专职网格员户数", workload)
 *     .toSvg();
 * }</pre>
 *
 * <p>The map is drawn from a two-level hierarchy made for it (parents, then grids), so parent ids
 * must share one length and grid codes another, as coded layouts do. Immutable and thread-safe; the
 * same input always renders to the same bytes.
 */
public final class LayoutMap {
  private final Layout layout;
  private final ImmutableList<LayoutParent> parents;
  private final LocalFrame frame;
  private final String title;
  private final Optional<String> metricName;
  private final ImmutableMap<String, Double> metric;
  private final ColourRamp ramp;

  private LayoutMap(Layout layout, ImmutableList<LayoutParent> parents, LocalFrame frame, String title,
      Optional<String> metricName, ImmutableMap<String, Double> metric, ColourRamp ramp) {
    this.layout = layout;
    this.parents = parents;
    this.frame = frame;
    this.title = title;
    this.metricName = metricName;
    this.metric = metric;
    this.ramp = ramp;
  }

  /**
   * A map of {@code layout} inside {@code parents}, both in {@code frame}, titled "网格方案" and
   * without a metric until one is chosen.
   *
   * @throws IllegalArgumentException if the layout has no grids, a grid's parent is not among the
   *     parents, or ids and codes differ in length
   */
  public static LayoutMap of(Layout layout, List<LayoutParent> parents, LocalFrame frame) {
    checkNotNull(layout, "layout");
    checkNotNull(frame, "frame");
    checkArgument(!layout.grids().isEmpty(), "the layout has no grids to draw");
    ImmutableList<LayoutParent> copy = ImmutableList.copyOf(parents);
    for (LayoutGrid g : layout.grids()) {
      checkArgument(copy.stream().anyMatch(p -> p.id().equals(g.parent())), "grid %s: parent %s is not among the parents",
          g.code(), g.parent());
    }
    return new LayoutMap(layout, copy, frame, "网格方案", Optional.empty(), ImmutableMap.of(),
        ColourRamp.YELLOW_TO_RED);
  }

  /** This map with another title. */
  public LayoutMap title(String title) {
    return new LayoutMap(layout, parents, frame, checkNotNull(title, "title"), metricName, metric, ramp);
  }

  /**
   * This map filling each grid by {@code values} (grid code → value) under the legend {@code name};
   * grids without a finite value are shown as "no data".
   */
  public LayoutMap metric(String name, Map<String, Double> values) {
    checkNotNull(name, "name");
    return new LayoutMap(layout, parents, frame, title, Optional.of(name), ImmutableMap.copyOf(values), ramp);
  }

  /**
   * This map with the metric's classes in {@code ramp}'s colours, lowest first; yellow to red by
   * default, which reads as "more is worse" — {@link ColourRamp#BLUES} suits a figure where more is
   * better, such as the share closed on time.
   */
  public LayoutMap ramp(ColourRamp ramp) {
    return new LayoutMap(layout, parents, frame, title, metricName, metric, checkNotNull(ramp, "ramp"));
  }

  /** The map as an SVG document. */
  public String toSvg() {
    int parentLength = parents.get(0).id().length();
    int gridLength = layout.grids().get(0).code().length();
    for (LayoutParent p : parents) {
      checkArgument(p.id().length() == parentLength, "parent %s is not %s characters long like %s", p.id(),
          parentLength, parents.get(0).id());
    }
    List<GridNode> nodes = new ArrayList<>();
    List<Boundary> boundaries = new ArrayList<>();
    for (LayoutParent p : parents) {
      nodes.add(GridNode.of(p.id(), p.id(), "parent", null));
      boundaries.add(Boundary.of(GridCode.of(p.id()), frame.toLonLat().transform(p.area())));
    }
    for (LayoutGrid g : layout.grids()) {
      checkArgument(g.code().length() == gridLength && g.code().length() > parentLength,
          "grid %s is not %s characters long like %s", g.code(), gridLength, layout.grids().get(0).code());
      nodes.add(GridNode.of(g.code(), g.code().substring(parentLength), "grid", g.parent())
          .withCounts(g.households(), 0));
      boundaries.add(Boundary.of(GridCode.of(g.code()), frame.toLonLat().transform(g.area())));
    }
    LevelScheme scheme = scheme(parentLength, gridLength);
    GridHierarchy hierarchy = GridHierarchy.of(scheme, nodes, List.of());
    GridMap.Builder map = GridMap.ofLevel(BoundaryLayer.of(CoordinateSystem.WGS84, boundaries), hierarchy,
        scheme.level("grid")).title(title).ramp(ramp);
    metricName.ifPresent(name -> map.metric(name, g -> metric.getOrDefault(g.code().value(), Double.NaN)));
    return map.build().toSvg();
  }

  private static LevelScheme scheme(int parentLength, int gridLength) {
    Level parent = Level.builder("parent").names("上级", "parent")
        .code(parentLength, CodeSegment.alphanumeric("parent", parentLength)).build();
    Level grid = Level.builder("grid").names("网格", "grid")
        .code(gridLength, CodeSegment.alphanumeric("grid number", gridLength - parentLength)).under("parent").build();
    return LevelScheme.of("layout", "Layout map", List.of(parent, grid));
  }
}
