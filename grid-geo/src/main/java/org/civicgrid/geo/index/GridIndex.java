package org.civicgrid.geo.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds the flat point-to-grid index of a hierarchy's boundaries: {@link #build} for the
 * defaults, {@link #builder} to tune the cell size. The boundaries searched are the layer's lowest
 * ones: a grid whose descendants have boundaries in the layer is found through them (its own
 * boundary is not searched), and every located leaf's ancestors come from the hierarchy. The
 * build buckets edges into cells and classifies interior cells by scan lines, so no per-cell
 * polygon test is run: 12,000 Voronoi-like grids take about 0.3 s in a warm JVM (see
 * docs/benchmarks-geo-index.md). Stateless and thread-safe; a {@link Builder} is not.
 */
public final class GridIndex {
  /**
   * Cells per indexed grid when not set: for Voronoi-like grids about 70 % of the cells then lie
   * inside one grid and most of the rest are crossed by a single edge, both answered with at most
   * one side test (see docs/benchmarks-geo-index.md for the trade-off against memory).
   */
  public static final int DEFAULT_CELLS_PER_GRID = 64;
  /** The most cells per grid {@link Builder#cellsPerGrid} accepts. */
  public static final int MAX_CELLS_PER_GRID = 1024;

  private GridIndex() {}

  /**
   * The locator of {@code layer}'s lowest boundaries, with the default cell size.
   *
   * @throws IllegalArgumentException if a boundary's grid is not in {@code hierarchy}, or the layer
   *     has no boundary (the message names the grid or the layer)
   */
  public static FlatGridLocator build(GridHierarchy hierarchy, BoundaryLayer layer) {
    return builder(hierarchy, layer).build();
  }

  /** A builder for the locator of {@code layer}'s lowest boundaries. */
  public static Builder builder(GridHierarchy hierarchy, BoundaryLayer layer) {
    return new Builder(checkNotNull(hierarchy, "hierarchy"), checkNotNull(layer, "layer"));
  }

  /** Options of one index build. Not thread-safe. */
  public static final class Builder {
    private final GridHierarchy hierarchy;
    private final BoundaryLayer layer;
    private int cellsPerGrid = DEFAULT_CELLS_PER_GRID;

    private Builder(GridHierarchy hierarchy, BoundaryLayer layer) {
      this.hierarchy = hierarchy;
      this.layer = layer;
    }

    /**
     * About how many cells of the uniform grid each indexed grid gets (default
     * {@value #DEFAULT_CELLS_PER_GRID}; grids with very many vertices get more, one cell per four
     * vertices): more cells answer more points without geometry and give dense boundaries fewer
     * edges per cell, at the cost of memory.
     *
     * @throws IllegalArgumentException unless 1 ≤ {@code cells} ≤ {@value #MAX_CELLS_PER_GRID}
     */
    public Builder cellsPerGrid(int cells) {
      checkArgument(cells >= 1 && cells <= MAX_CELLS_PER_GRID,
          "cells per grid %s outside 1..%s", cells, MAX_CELLS_PER_GRID);
      this.cellsPerGrid = cells;
      return this;
    }

    /**
     * The locator, fully built.
     *
     * @throws IllegalArgumentException if a boundary's grid is not in the hierarchy, or the layer
     *     has no boundary (the message names the grid or the layer)
     */
    public FlatGridLocator build() {
      ImmutableList<GridCode> leaves = lowestBoundedGrids();
      List<Geometry> areas = new ArrayList<>(leaves.size());
      List<ImmutableList<GridCode>> paths = new ArrayList<>(leaves.size());
      for (GridCode leaf : leaves) {
        areas.add(layer.boundary(leaf).orElseThrow().area());
        paths.add(hierarchy.pathToTop(leaf).stream().map(Grid::code).collect(ImmutableList.toImmutableList()));
      }
      CellTable table = CellTableBuilder.build(PackedRings.of(areas), cellsPerGrid);
      return new FlatGridLocator(layer.system(), table, leaves, paths);
    }

    private ImmutableList<GridCode> lowestBoundedGrids() {
      checkArgument(layer.size() > 0, "%s has no boundary to locate points in", layer);
      Set<GridCode> aboveOthers = new HashSet<>();
      for (Boundary boundary : layer.boundaries()) {
        checkArgument(hierarchy.contains(boundary.grid()),
            "grid %s has a boundary but is not in %s", boundary.grid(), hierarchy);
        ImmutableList<Grid> path = hierarchy.pathToTop(boundary.grid());
        for (Grid ancestor : path.subList(1, path.size())) {
          aboveOthers.add(ancestor.code());
        }
      }
      return layer.boundaries().stream()
          .map(Boundary::grid)
          .filter(code -> !aboveOthers.contains(code))
          .sorted()
          .collect(ImmutableList.toImmutableList());
    }
  }
}
