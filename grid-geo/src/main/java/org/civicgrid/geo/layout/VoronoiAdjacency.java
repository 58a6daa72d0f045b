package org.civicgrid.geo.layout;

import java.util.Arrays;
import java.util.Collection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.Triangle;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.triangulate.IncrementalDelaunayTriangulator;
import org.locationtech.jts.triangulate.quadedge.QuadEdge;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;
import org.locationtech.jts.triangulate.quadedge.Vertex;

/**
 * The Voronoi cells of distinct sites clipped to their parent, and the rook adjacency between them,
 * read straight off a Delaunay triangulation: each Delaunay edge is dual to the border of the two
 * sites' cells, running between the circumcentres of the triangles on either side. Each circumcentre
 * is computed from its triangle's corners in one fixed order and rounded to the millimetre, so
 * neighbouring cells share their vertices exactly. Walking the triangulation directly, rather than
 * through JTS's {@code VoronoiDiagramBuilder}, avoids its hash sets and coordinate look-ups, which
 * cost more than the triangulation itself. One instance per build; not thread-safe.
 */
final class VoronoiAdjacency {
  private static final GeometryFactory FACTORY = new GeometryFactory(UnitGraph.MILLIMETRES);
  /**
   * Sites on a circle far around the units. JTS's frame triangles need not be Delaunay, and a cell
   * next to them can come out self-intersecting; with guards around them no unit touches the frame,
   * and a guard three diameters (of the parent and its units) out is farther from every point of the
   * parent than any unit is, so the cells inside the parent are exact.
   */
  private static final int GUARDS = 32;
  private static final double GUARD_DISTANCE = 3;

  private final Geometry area;
  private final PreparedGeometry prepared;
  private final Geometry[] cells;
  /** Whether a unit's cell lies inside the parent unclipped, so its borders need no clipping either. */
  private final boolean[] interior;
  private int[] offsets;
  private int[] targets;
  private double[] borders;

  /** A site of the triangulation that is a unit, not a corner of the enclosing frame. */
  private static final class UnitVertex extends Vertex {
    final int unit;

    UnitVertex(double x, double y, int unit) {
      super(x, y);
      this.unit = unit;
    }
  }

  VoronoiAdjacency(Geometry area, double[] east, double[] north) {
    this.area = area;
    this.prepared = PreparedGeometryFactory.prepare(area);
    int n = east.length;
    this.cells = new Geometry[n];
    this.interior = new boolean[n];
    UnitVertex[] sites = new UnitVertex[n];
    Envelope extent = new Envelope(area.getEnvelopeInternal());
    for (int u = 0; u < n; u++) {
      sites[u] = new UnitVertex(east[u], north[u], u);
      extent.expandToInclude(east[u], north[u]);
    }
    Vertex[] order = Arrays.copyOf(sites, n + GUARDS, Vertex[].class);
    double radius = GUARD_DISTANCE * Math.max(1, extent.getDiameter());
    Coordinate centre = extent.centre();
    for (int g = 0; g < GUARDS; g++) {
      double angle = 2 * Math.PI * g / GUARDS;
      order[n + g] = new Vertex(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
    }
    // Inserting in x order keeps each point location walk short, as JTS's own builder does.
    Arrays.sort(order, (a, b) -> a.getCoordinate().compareTo(b.getCoordinate()));
    Envelope guarded = new Envelope(centre.x - radius, centre.x + radius, centre.y - radius, centre.y + radius);
    QuadEdgeSubdivision subdivision = new QuadEdgeSubdivision(guarded, 0.0);
    new IncrementalDelaunayTriangulator(subdivision).insertSites(Arrays.asList(order));
    @SuppressWarnings("unchecked")
    Collection<QuadEdge> edges = subdivision.getEdges();
    QuadEdge[] outgoing = new QuadEdge[n];
    for (QuadEdge edge : edges) {
      if (edge.orig() instanceof UnitVertex a && outgoing[a.unit] == null) {
        outgoing[a.unit] = edge;
      }
      if (edge.dest() instanceof UnitVertex b && outgoing[b.unit] == null) {
        outgoing[b.unit] = edge.sym();
      }
    }
    for (int u = 0; u < n; u++) {
      cells[u] = clipped(u, cell(outgoing[u]));
    }
    adjacency(edges, n);
  }

  Geometry[] cells() {
    return cells;
  }

  int[] offsets() {
    return offsets;
  }

  int[] targets() {
    return targets;
  }

  double[] borders() {
    return borders;
  }

  /** The Voronoi cell around {@code first}'s origin: circumcentres of the triangles around it, in turn. */
  private static Geometry cell(QuadEdge first) {
    Coordinate[] ring = new Coordinate[8];
    int size = 0;
    QuadEdge edge = first;
    do {
      Coordinate c = circumcentre(edge);
      if (size == 0 || !c.equals2D(ring[size - 1])) {
        if (size + 1 == ring.length) {
          ring = Arrays.copyOf(ring, ring.length * 2);
        }
        ring[size++] = c;
      }
      edge = edge.oNext();
    } while (edge != first);
    if (size > 1 && ring[size - 1].equals2D(ring[0])) {
      size--;
    }
    if (size < 3) {
      return FACTORY.createPolygon();
    }
    ring[size++] = ring[0].copy();
    LinearRing shell = FACTORY.createLinearRing(Arrays.copyOf(ring, size));
    return FACTORY.createPolygon(shell);
  }

  /** The circumcentre of the triangle left of {@code edge}, the same whichever of its edges asks. */
  private static Coordinate circumcentre(QuadEdge edge) {
    Coordinate[] corners = {edge.orig().getCoordinate(), edge.dest().getCoordinate(),
        edge.lNext().dest().getCoordinate()};
    Arrays.sort(corners);
    Coordinate c = Triangle.circumcentre(corners[0], corners[1], corners[2]);
    return new Coordinate(UnitGraph.MILLIMETRES.makePrecise(c.x), UnitGraph.MILLIMETRES.makePrecise(c.y));
  }

  /** The cell inside the parent; strict mode so that a collapsed sliver is empty, never a line. */
  private Geometry clipped(int unit, Geometry cell) {
    if (!cell.isEmpty() && prepared.containsProperly(cell)) {
      interior[unit] = true;
      return cell;
    }
    OverlayNG overlay = new OverlayNG(cell, area, UnitGraph.MILLIMETRES, OverlayNG.INTERSECTION);
    overlay.setStrictMode(true);
    return overlay.getResult();
  }

  private void adjacency(Collection<QuadEdge> edges, int n) {
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    double[] length = new double[edges.size()];
    int count = 0;
    int[] degree = new int[n];
    for (QuadEdge edge : edges) {
      if (edge.orig() instanceof UnitVertex a && edge.dest() instanceof UnitVertex b) {
        double border = border(a.unit, b.unit, circumcentre(edge), circumcentre(edge.sym()));
        if (border > 0) {
          from[count] = a.unit;
          to[count] = b.unit;
          length[count++] = border;
          degree[a.unit]++;
          degree[b.unit]++;
        }
      }
    }
    offsets = new int[n + 1];
    for (int u = 0; u < n; u++) {
      offsets[u + 1] = offsets[u] + degree[u];
    }
    targets = new int[offsets[n]];
    borders = new double[offsets[n]];
    int[] fill = Arrays.copyOf(offsets, n);
    for (int e = 0; e < count; e++) {
      targets[fill[from[e]]] = to[e];
      borders[fill[from[e]]++] = length[e];
      targets[fill[to[e]]] = from[e];
      borders[fill[to[e]]++] = length[e];
    }
    for (int u = 0; u < n; u++) {
      sortRow(offsets[u], offsets[u + 1]);
    }
  }

  /** The length inside the parent of the border between two cells, from {@code p} to {@code q}. */
  private double border(int a, int b, Coordinate p, Coordinate q) {
    if (p.equals2D(q)) {
      return 0;
    }
    if (interior[a] || interior[b]) {
      return p.distance(q);
    }
    return area.intersection(FACTORY.createLineString(new Coordinate[] {p, q})).getLength();
  }

  /** Sorts one unit's neighbours ascending (insertion sort: rows hold about six), so traversals are deterministic. */
  private void sortRow(int start, int end) {
    for (int i = start + 1; i < end; i++) {
      int t = targets[i];
      double w = borders[i];
      int j = i - 1;
      while (j >= start && targets[j] > t) {
        targets[j + 1] = targets[j];
        borders[j + 1] = borders[j];
        j--;
      }
      targets[j + 1] = t;
      borders[j + 1] = w;
    }
  }
}
