package org.civicgrid.geo.coverage;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;

/**
 * Derives a parent's boundary from its children's (JTS {@code CoverageUnion}), so a parent is
 * exactly the area its children tile and shares their edges vertex-for-vertex. The children must
 * form a valid coverage: overlapping children or shared edges that do not match are refused, never
 * unioned into a plausible-looking but wrong parent. Stateless and thread-safe.
 */
public final class ParentBoundaries {
  private ParentBoundaries() {}

  /**
   * The boundary of {@code parent} as the union of its children's boundaries in {@code layer}.
   *
   * @throws CivicGridException {@link ErrorCode#NOT_FOUND} if the hierarchy has no such grid, it has
   *     no children, or a child has no boundary; {@link ErrorCode#INVALID_COVERAGE} if the children
   *     overlap or do not match along shared edges (naming the parent and those children)
   */
  public static Boundary derive(GridHierarchy hierarchy, BoundaryLayer layer, GridCode parent) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(layer, "layer");
    Grid grid = hierarchy.get(checkNotNull(parent, "parent"));
    List<Grid> children = grid.children();
    if (children.isEmpty()) {
      throw new CivicGridException(ErrorCode.NOT_FOUND,
          "grid " + parent + " has no children to derive its boundary from");
    }
    Geometry[] areas = new Geometry[children.size()];
    for (int k = 0; k < areas.length; k++) {
      Grid child = children.get(k);
      areas[k] = layer.boundary(child.code()).map(Boundary::area).orElseThrow(() -> new CivicGridException(
          ErrorCode.NOT_FOUND, "grid " + parent + ": its child " + child.code() + " has no boundary"));
    }
    return Boundary.of(parent, union(parent, children, areas));
  }

  /**
   * {@code layer} with a derived boundary for every grid that has none but has children, deepest
   * first, so a county without boundaries gets them from its building grids up. Grids that already
   * have a boundary keep it. All or nothing: on failure the caller's layer is unchanged.
   *
   * @throws CivicGridException as {@link #derive} does, for the first grid that cannot be derived
   */
  public static BoundaryLayer deriveMissing(GridHierarchy hierarchy, BoundaryLayer layer) {
    checkNotNull(hierarchy, "hierarchy");
    BoundaryLayer result = checkNotNull(layer, "layer");
    Map<Integer, List<Grid>> byDepth = new LinkedHashMap<>();
    int deepest = 0;
    for (Grid grid : hierarchy.grids()) {
      if (!grid.isLeaf() && layer.boundary(grid.code()).isEmpty()) {
        byDepth.computeIfAbsent(grid.depth(), d -> new ArrayList<>()).add(grid);
        deepest = Math.max(deepest, grid.depth());
      }
    }
    for (int depth = deepest; depth >= 0; depth--) {
      List<Boundary> derived = new ArrayList<>();
      for (Grid grid : byDepth.getOrDefault(depth, List.of())) {
        derived.add(derive(hierarchy, result, grid.code()));
      }
      derived.addAll(0, result.boundaries());
      result = BoundaryLayer.of(layer.system(), derived);
    }
    return result;
  }

  private static Geometry union(GridCode parent, List<Grid> children, Geometry[] areas) {
    Geometry[] invalid = CoverageValidator.validate(areas, LevelOverlaps.EDGE_TOLERANCE);
    List<GridCode> offenders = new ArrayList<>();
    for (int k = 0; k < invalid.length; k++) {
      if (invalid[k] != null) {
        offenders.add(children.get(k).code());
      }
    }
    if (!offenders.isEmpty()) {
      throw new CivicGridException(ErrorCode.INVALID_COVERAGE, "cannot derive the boundary of grid " + parent
          + ": its children " + offenders + " overlap or do not match along shared edges");
    }
    Geometry union;
    try {
      union = CoverageUnion.union(areas);
    } catch (TopologyException e) {
      throw new CivicGridException(ErrorCode.INVALID_COVERAGE, "cannot derive the boundary of grid " + parent
          + ": its children's boundaries do not node into one area (" + e.getMessage() + ")", e);
    }
    if (union.isEmpty() || !(union instanceof Polygon || union instanceof MultiPolygon) || !union.isValid()) {
      throw new CivicGridException(ErrorCode.INVALID_COVERAGE, "cannot derive the boundary of grid " + parent
          + ": the union of its children is not a valid area but " + union);
    }
    return union;
  }
}
