package org.civicgrid.geo.edit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Splits, merges and reshapes the grids of a {@link BoundaryLayer} so that each level stays a
 * valid coverage: no overlaps, and neighbours sharing each common edge vertex for vertex.
 *
 * <p>Each operation returns a new layer, or throws an {@link IllegalEditException} naming the grids
 * and changes nothing. Before returning, it checks every grid it changed with JTS's {@code
 * CoveragePolygonValidator} against the grids of the same level around it. Where a split adds a
 * vertex on an edge the grid shares with others (where its cut line meets the boundary), that vertex
 * is added to every other boundary in the layer with that edge, of any level, so edges keep
 * matching; neighbours are otherwise untouched.
 *
 * <p>Levels: made {@linkplain #of(BoundaryLayer) from a layer alone}, the editor treats the whole
 * layer as one coverage; made {@linkplain #of(BoundaryLayer, GridHierarchy) with a hierarchy}, the
 * coverage of a grid is the grids at its depth in the hierarchy (Fuxin's level-3 grids are compounds
 * and hamlets alike). Only geometry changes here: the hierarchy side of a split or merge (codes,
 * places) is {@code GridHistory}'s, and {@link MappedTerritory} applies both together.
 *
 * <p>Immutable and thread-safe.
 */
public final class CoverageEditor {
  private final BoundaryLayer layer;
  private final Optional<GridHierarchy> hierarchy;

  private CoverageEditor(BoundaryLayer layer, Optional<GridHierarchy> hierarchy) {
    this.layer = layer;
    this.hierarchy = hierarchy;
  }

  /** An editor for {@code layer}, whose grids all form one coverage (one level). */
  public static CoverageEditor of(BoundaryLayer layer) {
    return new CoverageEditor(checkNotNull(layer, "layer"), Optional.empty());
  }

  /** An editor for {@code layer}, whose coverages are the grids of each depth of {@code hierarchy}. */
  public static CoverageEditor of(BoundaryLayer layer, GridHierarchy hierarchy) {
    return new CoverageEditor(checkNotNull(layer, "layer"), Optional.of(checkNotNull(hierarchy, "hierarchy")));
  }

  /** The layer this editor edits; never changed by it. */
  public BoundaryLayer layer() {
    return layer;
  }

  /**
   * Splits {@code grid} in two along {@code line}, which must run across the grid from boundary to
   * boundary (its ends outside the grid or on its boundary) without crossing itself, and cut it into
   * exactly two pieces. The part left of the line, as drawn from its first point to its last, becomes
   * {@code left}, the other {@code right}; both codes must be new to the layer.
   *
   * @throws IllegalEditException with {@link EditRule#UNKNOWN_GRID}, {@link EditRule#GRID_EXISTS},
   *     {@link EditRule#LINE_DOES_NOT_CROSS}, {@link EditRule#INVALID_RESULT} or {@link
   *     EditRule#COVERAGE_BROKEN}
   */
  public BoundaryLayer splitByLine(GridCode grid, LineString line, GridCode left, GridCode right) {
    checkNotNull(line, "line");
    checkArgument(!line.isEmpty(), "the line to split grid %s by is empty", grid);
    checkArgument(!checkNotNull(left, "left").equals(checkNotNull(right, "right")),
        "split of %s names part %s twice", grid, left);
    Boundary source = existing(grid);
    requireNew(grid, List.of(left, right));
    GridCut.Parts parts = LineSplit.split(grid, source.area(), line, left, right);
    return replace(source, List.of(grid), parts.areas(), parts.nodes());
  }

  /**
   * Splits {@code grid} among new grids by its buildings: each building names the part it goes to,
   * and every point of the grid goes to the part of its nearest building (Voronoi cells of the
   * buildings clipped to the grid, merged per part), so every building lies in its part. A part can
   * come out in several pieces where the grid is concave. The parts are the distinct codes the
   * buildings name, at least two, all new to the layer.
   *
   * @throws IllegalEditException with {@link EditRule#UNKNOWN_GRID}, {@link EditRule#GRID_EXISTS},
   *     {@link EditRule#BUILDING_OUTSIDE}, {@link EditRule#BUILDINGS_CONFLICT}, {@link
   *     EditRule#INVALID_RESULT} or {@link EditRule#COVERAGE_BROKEN}
   */
  public BoundaryLayer splitByBuildings(GridCode grid, Collection<BuildingSite> buildings) {
    List<BuildingSite> sites = ImmutableList.copyOf(buildings);
    Set<GridCode> parts = sites.stream().map(BuildingSite::part).collect(ImmutableSet.toImmutableSet());
    checkArgument(parts.size() >= 2, "split of %s by buildings needs at least two parts, got %s",
        grid, parts);
    Boundary source = existing(grid);
    requireNew(grid, List.copyOf(parts));
    GridCut.Parts cut = BuildingSplit.split(grid, source.area(), sites);
    return replace(source, List.of(grid), cut.areas(), cut.nodes());
  }

  /**
   * Merges {@code grids} into one grid {@code into}, whose area is their union. The grids must be
   * connected through shared edges of positive length (touching at a corner is not adjacent) and
   * match each other along them. {@code into} may be one of {@code grids} or a code new to the layer.
   *
   * @throws IllegalEditException with {@link EditRule#UNKNOWN_GRID}, {@link EditRule#GRID_EXISTS},
   *     {@link EditRule#DIFFERENT_LEVELS}, {@link EditRule#NOT_ADJACENT}, {@link
   *     EditRule#INVALID_RESULT} or {@link EditRule#COVERAGE_BROKEN}
   */
  public BoundaryLayer merge(List<GridCode> grids, GridCode into) {
    List<GridCode> sources = ImmutableList.copyOf(grids);
    checkNotNull(into, "into");
    checkArgument(sources.size() >= 2, "a merge needs at least two grids, got %s", sources);
    checkArgument(ImmutableSet.copyOf(sources).size() == sources.size(), "merge names a grid twice: %s",
        sources);
    List<Boundary> merged = sources.stream().map(this::existing).toList();
    sameLevel(sources);
    if (!sources.contains(into)) {
      requireNew(sources.get(0), List.of(into));
    }
    // CoverageUnion needs the grids to match each other, or it may fail or leave slivers.
    CoverageCheck.fits(merged, merged);
    Adjacency.requireConnected(merged);
    Geometry union = CoverageUnion.union(merged.stream().map(Boundary::area).toArray(Geometry[]::new));
    return replace(merged.get(0), sources, ImmutableMap.of(into, union), ImmutableMap.of());
  }

  /**
   * Moves the edge {@code first} and {@code second} share: the stretch of their common boundary
   * from {@code edge}'s first point to its last (both must be vertices where that stretch ends) is
   * replaced by {@code edge} in both grids. The new edge must not cross itself, must stay within the
   * two grids, and must leave both valid polygons.
   *
   * @throws IllegalEditException with {@link EditRule#UNKNOWN_GRID}, {@link
   *     EditRule#DIFFERENT_LEVELS}, {@link EditRule#NO_SHARED_EDGE}, {@link
   *     EditRule#CROSSES_NEIGHBOUR}, {@link EditRule#INVALID_RESULT} or {@link
   *     EditRule#COVERAGE_BROKEN}
   */
  public BoundaryLayer moveSharedEdge(GridCode first, GridCode second, LineString edge) {
    checkNotNull(edge, "edge");
    checkArgument(edge.getNumPoints() >= 2, "the new edge between %s and %s has fewer than two points",
        first, second);
    checkArgument(!checkNotNull(first, "first").equals(checkNotNull(second, "second")),
        "an edge between grid %s and itself", first);
    Boundary a = existing(first);
    Boundary b = existing(second);
    sameLevel(List.of(first, second));
    Predicate<GridCode> peer = levelOf(first);
    List<Boundary> others = layer.boundaries().stream()
        .filter(x -> !x.grid().equals(first) && !x.grid().equals(second) && peer.test(x.grid()))
        .toList();
    CoverageCheck.fits(List.of(a, b), List.of(a, b));
    Map<GridCode, Geometry> moved = EdgeMove.move(a, b, edge, others);
    return replace(a, List.of(), moved, ImmutableMap.of());
  }

  /**
   * The layer with {@code removed} taken out and {@code areas} put in (grids the layer has in their
   * place, new ones where {@code anchor} was), {@code nodes} inserted into every other boundary with
   * those segments, checked.
   */
  private BoundaryLayer replace(Boundary anchor, List<GridCode> removed, Map<GridCode, Geometry> areas,
      Map<Segment, List<Coordinate>> nodes) {
    List<GridCode> involved = ImmutableList.<GridCode>builder().addAll(removed)
        .addAll(areas.keySet().stream().filter(c -> !removed.contains(c)).toList()).build();
    Map<GridCode, Boundary> edited = new LinkedHashMap<>();
    areas.forEach((code, area) -> edited.put(code, CoverageCheck.boundary(code, area, involved)));
    Predicate<GridCode> peer = levelOf(anchor.grid());
    List<Boundary> out = new ArrayList<>(layer.size() + areas.size());
    List<Boundary> touched = new ArrayList<>(edited.values());
    for (Boundary b : layer.boundaries()) {
      GridCode code = b.grid();
      if (edited.containsKey(code)) {
        out.add(edited.get(code));
      }
      if (code.equals(anchor.grid())) {
        edited.values().stream().filter(e -> layer.boundary(e.grid()).isEmpty()).forEach(out::add);
      } else if (!edited.containsKey(code) && !removed.contains(code)) {
        Boundary kept = withNodes(b, nodes, anchor, involved);
        if (kept != b && peer.test(code)) {
          touched.add(kept);
        }
        out.add(kept);
      }
    }
    List<Boundary> level = out.stream()
        .filter(b -> edited.containsKey(b.grid()) || peer.test(b.grid())).toList();
    CoverageCheck.fits(touched, level);
    return BoundaryLayer.of(layer.system(), out);
  }

  /** {@code b} with the nodes a split added on its edges, or {@code b} itself if it has none. */
  private static Boundary withNodes(Boundary b, Map<Segment, List<Coordinate>> nodes, Boundary split,
      List<GridCode> involved) {
    if (nodes.isEmpty() || !b.area().getEnvelopeInternal().intersects(split.area().getEnvelopeInternal())) {
      return b;
    }
    Geometry area = Rings.insertNodes(b.area(), nodes);
    return area == b.area() ? b : CoverageCheck.boundary(b.grid(), area, involved);
  }

  private Boundary existing(GridCode grid) {
    checkNotNull(grid, "grid");
    Optional<Boundary> boundary = layer.boundary(grid);
    if (boundary.isEmpty()) {
      throw IllegalEditException.of(EditRule.UNKNOWN_GRID, List.of(grid),
          "grid " + grid + " has no boundary in this layer");
    }
    if (hierarchy.isPresent() && !hierarchy.get().contains(grid)) {
      throw IllegalEditException.of(EditRule.UNKNOWN_GRID, List.of(grid),
          "grid " + grid + " is not in the hierarchy");
    }
    return boundary.get();
  }

  private void requireNew(GridCode source, List<GridCode> codes) {
    for (GridCode code : codes) {
      if (layer.boundary(code).isPresent()) {
        throw IllegalEditException.of(EditRule.GRID_EXISTS, List.of(code, source),
            "grid " + code + " already has a boundary; the new grids from " + source + " need new codes");
      }
    }
  }

  private void sameLevel(List<GridCode> grids) {
    if (hierarchy.isEmpty()) {
      return;
    }
    Grid first = hierarchy.get().get(grids.get(0));
    for (GridCode code : grids) {
      Grid other = hierarchy.get().get(code);
      if (other.depth() != first.depth()) {
        throw IllegalEditException.of(EditRule.DIFFERENT_LEVELS, List.of(first.code(), code),
            "grid " + first.code() + " (" + first.level().id() + ") and grid " + code + " ("
                + other.level().id() + ") are not of one level");
      }
    }
  }

  /** Which grids form one coverage with {@code grid}. */
  private Predicate<GridCode> levelOf(GridCode grid) {
    if (hierarchy.isEmpty()) {
      return code -> true;
    }
    GridHierarchy h = hierarchy.get();
    int depth = h.get(grid).depth();
    return code -> h.find(code).map(g -> g.depth() == depth).orElse(false);
  }
}
