package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;

/**
 * The units of one parent and their rook adjacency: each unit (a distinct site, its households
 * summed) owns its Voronoi cell clipped to the parent, and two units are neighbours when their cells
 * share a border of positive length, weighted by that length in metres. Cells tile the parent and
 * meet vertex-for-vertex (every vertex on a millimetre grid), so unions of cells form an edge-matched
 * coverage of it.
 *
 * <p>Building costs a Delaunay triangulation and one clip per cell that crosses the parent's
 * boundary (layout anchors §5.5). Immutable and thread-safe once built.
 */
public final class UnitGraph {
  static final PrecisionModel MILLIMETRES = new PrecisionModel(1000);
  private static final GeometryFactory FACTORY = new GeometryFactory(MILLIMETRES);

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
    return new Builder(parent.id(), area, index).build(east, north, households);
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

  private static Geometry reduced(Geometry geometry) {
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

  /** One build: triangulate, clip the cells, measure the dual edges. */
  private static final class Builder {
    private final String parent;
    private final Geometry area;
    private final PreparedGeometry prepared;
    private final Map<Coordinate, Integer> index;

    Builder(String parent, Geometry area, Map<Coordinate, Integer> index) {
      this.parent = parent;
      this.area = reduced(area);
      this.prepared = PreparedGeometryFactory.prepare(this.area);
      this.index = index;
    }

    UnitGraph build(double[] east, double[] north, int[] households) {
      int n = east.length;
      VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
      voronoi.setSites(new ArrayList<>(index.keySet()));
      QuadEdgeSubdivision subdivision = voronoi.getSubdivision();
      Geometry[] cells = new Geometry[n];
      @SuppressWarnings("unchecked")
      List<Geometry> polygons = subdivision.getVoronoiCellPolygons(FACTORY);
      for (Geometry polygon : polygons) {
        cells[index.get((Coordinate) polygon.getUserData())] = clipped(reduced(polygon));
      }
      int[] degree = new int[n];
      List<int[]> pairs = new ArrayList<>();
      List<Double> lengths = new ArrayList<>();
      @SuppressWarnings("unchecked")
      List<QuadEdge> edges = subdivision.getPrimaryEdges(false);
      for (QuadEdge edge : edges) {
        Integer a = index.get(edge.orig().getCoordinate());
        Integer b = index.get(edge.dest().getCoordinate());
        if (a == null || b == null) {
          continue;
        }
        double length = sharedBorder(edge.rot().orig().getCoordinate(), edge.sym().rot().orig().getCoordinate());
        if (length > 0) {
          pairs.add(new int[] {a, b});
          lengths.add(length);
          degree[a]++;
          degree[b]++;
        }
      }
      int[] offsets = new int[n + 1];
      for (int u = 0; u < n; u++) {
        offsets[u + 1] = offsets[u] + degree[u];
      }
      int[] fill = Arrays.copyOf(offsets, n);
      int[] targets = new int[offsets[n]];
      double[] borders = new double[offsets[n]];
      for (int e = 0; e < pairs.size(); e++) {
        int a = pairs.get(e)[0];
        int b = pairs.get(e)[1];
        targets[fill[a]] = b;
        borders[fill[a]++] = lengths.get(e);
        targets[fill[b]] = a;
        borders[fill[b]++] = lengths.get(e);
      }
      sortNeighbours(offsets, targets, borders);
      return new UnitGraph(parent, east, north, households, offsets, targets, borders, cells);
    }

    /** The cell inside the parent; strict mode so that a collapsed sliver is empty, never a line. */
    private Geometry clipped(Geometry cell) {
      if (prepared.containsProperly(cell)) {
        return cell;
      }
      OverlayNG overlay = new OverlayNG(cell, area, MILLIMETRES, OverlayNG.INTERSECTION);
      overlay.setStrictMode(true);
      return overlay.getResult();
    }

    private double sharedBorder(Coordinate p, Coordinate q) {
      Coordinate a = new Coordinate(MILLIMETRES.makePrecise(p.x), MILLIMETRES.makePrecise(p.y));
      Coordinate b = new Coordinate(MILLIMETRES.makePrecise(q.x), MILLIMETRES.makePrecise(q.y));
      if (a.equals2D(b)) {
        return 0;
      }
      Geometry segment = FACTORY.createLineString(new Coordinate[] {a, b});
      return prepared.containsProperly(segment) ? a.distance(b) : area.intersection(segment).getLength();
    }

    /** Neighbours in ascending order, so that every traversal is deterministic. */
    private static void sortNeighbours(int[] offsets, int[] targets, double[] borders) {
      Map<Integer, Double> row = new HashMap<>();
      for (int u = 0; u + 1 < offsets.length; u++) {
        row.clear();
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
          row.put(targets[e], borders[e]);
        }
        int[] sorted = Arrays.copyOfRange(targets, offsets[u], offsets[u + 1]);
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
          targets[offsets[u] + k] = sorted[k];
          borders[offsets[u] + k] = row.get(sorted[k]);
        }
      }
    }
  }
}
