package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The units of one parent and their rook adjacency: each unit (a distinct site, its households
 * summed) owns its Voronoi cell clipped to the parent, and two units are neighbours when their cells
 * share a border of positive length, weighted by that length in metres. Cells tile the parent and
 * meet vertex-for-vertex (every vertex on a millimetre grid), so unions of cells form an edge-matched
 * coverage of it.
 *
 * <p>Building costs a Delaunay triangulation and one clip per cell that crosses the parent's
 * boundary (layout anchors §5.5; see {@code VoronoiAdjacency}). Immutable and thread-safe once built.
 */
public final class UnitGraph {
  static final PrecisionModel MILLIMETRES = new PrecisionModel(1000);

  private final String parent;
  private final double[] east;
  private final double[] north;
  private final int[] households;
  private final int[] offsets;
  private final int[] targets;
  private final double[] borders;
  private final Geometry[] cells;
  private final int components;

  private UnitGraph(String parent, double[] east, double[] north, int[] households, int[] offsets, int[] targets,
      double[] borders, Geometry[] cells) {
    this.parent = parent;
    this.east = east;
    this.north = north;
    this.households = households;
    this.offsets = offsets;
    this.targets = targets;
    this.borders = borders;
    this.cells = cells;
    this.components = countComponents();
  }

  /** The graph of {@code sites} (all inside {@code parent}), units numbered in order of first appearance. */
  public static UnitGraph of(LayoutParent parent, Collection<HouseholdSite> sites) {
    checkNotNull(parent, "parent");
    Map<Coordinate, Integer> index = new LinkedHashMap<>();
    List<Integer> weights = new ArrayList<>();
    for (HouseholdSite site : sites) {
      Integer unit = index.putIfAbsent(new Coordinate(site.east(), site.north()), index.size());
      if (unit == null) {
        weights.add(site.households());
      } else {
        weights.set(unit, weights.get(unit) + site.households());
      }
    }
    int n = index.size();
    double[] east = new double[n];
    double[] north = new double[n];
    int i = 0;
    for (Coordinate c : index.keySet()) {
      east[i] = c.x;
      north[i++] = c.y;
    }
    int[] households = weights.stream().mapToInt(Integer::intValue).toArray();
    Geometry area = parent.area();
    if (n <= 1) {
      return new UnitGraph(parent.id(), east, north, households, new int[n + 1], new int[0], new double[0],
          n == 0 ? new Geometry[0] : new Geometry[] {reduced(area)});
    }
    VoronoiAdjacency adjacency = new VoronoiAdjacency(reduced(area), east, north);
    return new UnitGraph(parent.id(), east, north, households, adjacency.offsets(), adjacency.targets(),
        adjacency.borders(), adjacency.cells());
  }

  public String parent() {
    return parent;
  }

  /** The number of units. */
  public int size() {
    return households.length;
  }

  public int households(int unit) {
    return households[checkElementIndex(unit, size(), "unit")];
  }

  /** The households of all units. */
  public int totalHouseholds() {
    return Arrays.stream(households).sum();
  }

  public double east(int unit) {
    return east[checkElementIndex(unit, size(), "unit")];
  }

  public double north(int unit) {
    return north[checkElementIndex(unit, size(), "unit")];
  }

  /** The unit's Voronoi cell clipped to the parent (a copy). */
  public Geometry cell(int unit) {
    return cells[checkElementIndex(unit, size(), "unit")].copy();
  }

  public int degree(int unit) {
    checkElementIndex(unit, size(), "unit");
    return offsets[unit + 1] - offsets[unit];
  }

  /** The {@code k}-th neighbour of {@code unit}, {@code 0 <= k < degree(unit)}. */
  public int neighbour(int unit, int k) {
    checkElementIndex(k, degree(unit), "neighbour");
    return targets[offsets[unit] + k];
  }

  /** The length in metres of the border {@code unit} shares with its {@code k}-th neighbour. */
  public double border(int unit, int k) {
    checkElementIndex(k, degree(unit), "neighbour");
    return borders[offsets[unit] + k];
  }

  /** The number of undirected edges. */
  public int edgeCount() {
    return targets.length / 2;
  }

  /** The number of connected components; more than 1 means the parent has enclaves or islands. */
  public int components() {
    return components;
  }

  boolean isConnected() {
    return components <= 1;
  }

  double[] eastArray() {
    return east;
  }

  double[] northArray() {
    return north;
  }

  int[] householdArray() {
    return households;
  }

  int[] offsetArray() {
    return offsets;
  }

  int[] targetArray() {
    return targets;
  }

  double[] borderArray() {
    return borders;
  }

  /** The households of each of {@code parts} parts of a partition ({@code part[u]} is unit u's part). */
  long[] householdsByPart(int[] part, int parts) {
    long[] sums = new long[parts];
    for (int u = 0; u < part.length; u++) {
      sums[part[u]] += households[u];
    }
    return sums;
  }

  /** The number of units in each of {@code parts} parts of a partition. */
  static int[] unitsByPart(int[] part, int parts) {
    int[] counts = new int[parts];
    for (int p : part) {
      counts[p]++;
    }
    return counts;
  }

  Geometry cellShared(int unit) {
    return cells[unit];
  }

  private int countComponents() {
    int n = size();
    int[] seen = new int[n];
    int[] stack = new int[n];
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (seen[s] != 0) {
        continue;
      }
      count++;
      int top = 0;
      stack[top++] = s;
      seen[s] = count;
      while (top > 0) {
        int u = stack[--top];
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
          if (seen[targets[e]] == 0) {
            seen[targets[e]] = count;
            stack[top++] = targets[e];
          }
        }
      }
    }
    return count;
  }

  /** A copy of {@code geometry} with every coordinate on the millimetre grid. */
  static Geometry reduced(Geometry geometry) {
    Geometry copy = geometry.copy();
    copy.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        seq.setOrdinate(i, 0, MILLIMETRES.makePrecise(seq.getX(i)));
        seq.setOrdinate(i, 1, MILLIMETRES.makePrecise(seq.getY(i)));
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return copy;
  }
}
