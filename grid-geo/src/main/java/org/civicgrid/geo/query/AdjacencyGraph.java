package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.TreeMultimap;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.relateng.RelateNG;

/**
 * Which grids of one level are neighbours: two grids are adjacent when their boundaries share an
 * edge of positive length. Grids that meet at a single point (the four corners of a crossroads) are
 * not neighbours, because nobody can walk from one to the other without crossing a third; grids
 * that overlap by mistake are, since their boundaries cross along lines too. The relation is taken
 * from the geometry (JTS {@code RelateNG}: the boundaries intersect in dimension 1), so it holds even
 * where shared edges are not matched vertex-for-vertex. Grids without a boundary have no neighbours.
 *
 * <p>Built once; immutable and safe for concurrent use.
 */
public final class AdjacencyGraph {
  /** The intersection matrix of two areas whose boundaries meet along a line. */
  private static final String SHARED_EDGE = "****1****";

  private final GridHierarchy hierarchy;
  private final Level level;
  private final ImmutableSet<GridCode> grids;
  private final ImmutableSetMultimap<GridCode, GridCode> neighbours;

  private AdjacencyGraph(LevelGeometry geometry) {
    this.hierarchy = geometry.hierarchy;
    this.level = geometry.level;
    this.grids = geometry.grids.stream().map(Grid::code).collect(ImmutableSet.toImmutableSet());
    TreeMultimap<GridCode, GridCode> edges = TreeMultimap.create();
    for (int i = 0; i < geometry.areas.size(); i++) {
      Geometry area = geometry.areas.get(i);
      RelateNG prepared = RelateNG.prepare(area);
      for (int j : geometry.candidates(area.getEnvelopeInternal())) {
        if (j > i && prepared.evaluate(geometry.areas.get(j), SHARED_EDGE)) {
          GridCode a = geometry.grids.get(i).code();
          GridCode b = geometry.grids.get(j).code();
          edges.put(a, b);
          edges.put(b, a);
        }
      }
    }
    this.neighbours = ImmutableSetMultimap.copyOf(edges);
  }

  /**
   * The adjacency of the grids of {@code level}, with their boundaries in {@code layer}.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no level with this id
   */
  public static AdjacencyGraph of(GridHierarchy hierarchy, BoundaryLayer layer, Level level) {
    return new AdjacencyGraph(LevelGeometry.of(hierarchy, layer, level));
  }

  public Level level() {
    return level;
  }

  /** The grids of the level that have a boundary, and so may have neighbours. */
  public ImmutableSet<GridCode> grids() {
    return grids;
  }

  /**
   * The neighbours of {@code grid}, ordered by code; empty when it has none or no boundary.
   *
   * @throws org.civicgrid.core.CivicGridException {@code NOT_FOUND} if the hierarchy has no such grid
   * @throws IllegalArgumentException if the grid is not of this graph's level
   */
  public ImmutableSet<GridCode> neighbours(GridCode grid) {
    Grid found = hierarchy.get(checkNotNull(grid, "grid"));
    checkArgument(found.level().id().equals(level.id()), "grid %s is a %s, not a %s", grid, found.level().id(),
        level.id());
    return neighbours.get(grid);
  }

  /** True when the two grids share an edge of positive length. */
  public boolean adjacent(GridCode a, GridCode b) {
    return neighbours.containsEntry(a, b);
  }

  /** The number of neighbouring pairs. */
  public int edgeCount() {
    return neighbours.size() / 2;
  }

  @Override
  public String toString() {
    return "AdjacencyGraph[" + level.id() + ", " + grids.size() + " grids, " + edgeCount() + " edges]";
  }
}
