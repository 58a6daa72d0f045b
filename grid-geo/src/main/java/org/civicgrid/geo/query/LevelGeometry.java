package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The boundaries of one level, indexed once for the queries of this package: the grids that have a
 * boundary (with an envelope tree over them) and those that have none. Immutable after construction
 * and safe for concurrent readers: the tree is built and every envelope computed before publication.
 */
final class LevelGeometry {
  final GridHierarchy hierarchy;
  final CoordinateSystem system;
  final Level level;
  final ImmutableList<Grid> grids;
  final ImmutableList<Geometry> areas;
  final ImmutableList<Grid> unbounded;
  private final ImmutableMap<GridCode, Integer> indexOf;
  private final STRtree tree = new STRtree();

  private LevelGeometry(GridHierarchy hierarchy, BoundaryLayer layer, Level level) {
    this.hierarchy = hierarchy;
    this.system = layer.system();
    this.level = level;
    ImmutableList.Builder<Grid> bounded = ImmutableList.builder();
    ImmutableList.Builder<Geometry> shapes = ImmutableList.builder();
    ImmutableList.Builder<Grid> without = ImmutableList.builder();
    ImmutableMap.Builder<GridCode, Integer> index = ImmutableMap.builder();
    int k = 0;
    for (Grid grid : hierarchy.grids(level)) {
      Optional<Boundary> boundary = layer.boundary(grid.code());
      if (boundary.isEmpty()) {
        without.add(grid);
        continue;
      }
      Geometry area = boundary.get().area();
      bounded.add(grid);
      shapes.add(area);
      index.put(grid.code(), k);
      tree.insert(area.getEnvelopeInternal(), k++);
    }
    tree.build();
    this.grids = bounded.build();
    this.areas = shapes.build();
    this.unbounded = without.build();
    this.indexOf = index.build();
  }

  /**
   * The grids of {@code level} in {@code hierarchy} with their boundaries in {@code layer}.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no level with this id
   */
  static LevelGeometry of(GridHierarchy hierarchy, BoundaryLayer layer, Level level) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(layer, "layer");
    return new LevelGeometry(hierarchy, layer, hierarchy.scheme().level(checkNotNull(level, "level").id()));
  }

  /** Indexes of the bounded grids whose envelopes meet {@code envelope}, ascending. */
  List<Integer> candidates(Envelope envelope) {
    TreeSet<Integer> found = new TreeSet<>();
    for (Object k : tree.query(envelope)) {
      found.add((Integer) k);
    }
    return new ArrayList<>(found);
  }

  /** The index of a bounded grid, or -1 when it has no boundary. */
  int indexOf(GridCode code) {
    return indexOf.getOrDefault(code, -1);
  }

  /** A caller mistake unless {@code what}, in {@code other}, is in the boundaries' system. */
  void requireSystem(CoordinateSystem other, Object what) {
    checkArgument(other == system, "%s is in %s but the %s boundaries are in %s; convert it first",
        what, other, level.id(), system);
  }
}
