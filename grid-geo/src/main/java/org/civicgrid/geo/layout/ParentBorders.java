package org.civicgrid.geo.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Makes grids of neighbouring parents meet vertex-for-vertex along the parents' shared borders. Each
 * parent is laid out alone, so where its Voronoi cells were clipped its grids carry vertices on the
 * border that the grids across it lack. Along a parent's border a grid keeps only <em>nodes</em>
 * (the parents' own vertices and the points where two grids of one parent meet the border) and gains
 * every node of the other side that lies on its border edges. Stateless.
 */
final class ParentBorders {
  /** Vertices are on a millimetre grid, so a border vertex lies within 0.71 mm of the exact border. */
  private static final double ON_BORDER = 0.002;
  private static final GeometryFactory FACTORY = new GeometryFactory(UnitGraph.MILLIMETRES);

  private final Map<String, IndexedFacetDistance> borders = new HashMap<>();
  private final Set<Coordinate> nodes = new HashSet<>();
  private final STRtree nodeIndex = new STRtree();

  private ParentBorders() {
  }

  static Layout matched(List<LayoutParent> parents, Layout layout) {
    ParentBorders run = new ParentBorders();
    for (LayoutParent parent : parents) {
      Geometry area = parent.area();
      run.borders.put(parent.id(), new IndexedFacetDistance(area.getBoundary()));
      for (Coordinate c : area.getCoordinates()) {
        run.addNode(c);
      }
    }
    Map<String, Map<Coordinate, Integer>> uses = new HashMap<>();
    for (LayoutGrid grid : layout.grids()) {
      Map<Coordinate, Integer> count = uses.computeIfAbsent(grid.parent(), p -> new HashMap<>());
      for (Coordinate c : new LinkedHashSet<>(List.of(grid.area().getCoordinates()))) {
        count.merge(c, 1, Integer::sum);
      }
    }
    uses.forEach((parent, count) -> count.forEach((c, n) -> {
      if (n >= 2 && run.onBorder(parent, c)) {
        run.addNode(c);
      }
    }));
    ImmutableList.Builder<LayoutGrid> grids = ImmutableList.builder();
    for (LayoutGrid grid : layout.grids()) {
      grids.add(new LayoutGrid(grid.code(), grid.parent(), grid.households(), grid.units(),
          run.matched(grid.parent(), grid.area())));
    }
    return new Layout(grids.build(), layout.findings());
  }

  private void addNode(Coordinate c) {
    if (nodes.add(c)) {
      nodeIndex.insert(new Envelope(c), c);
    }
  }

  private boolean onBorder(String parent, Coordinate c) {
    return borders.get(parent).isWithinDistance(FACTORY.createPoint(c), ON_BORDER);
  }

  private Geometry matched(String parent, Geometry area) {
    Polygon[] polygons = new Polygon[area.getNumGeometries()];
    for (int i = 0; i < polygons.length; i++) {
      Polygon polygon = (Polygon) area.getGeometryN(i);
      LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
      for (int h = 0; h < holes.length; h++) {
        holes[h] = ring(parent, polygon.getInteriorRingN(h).getCoordinates());
      }
      polygons[i] = FACTORY.createPolygon(ring(parent, polygon.getExteriorRing().getCoordinates()), holes);
    }
    return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
  }

  private LinearRing ring(String parent, Coordinate[] closed) {
    int n = closed.length - 1;
    boolean[] vertexOnBorder = new boolean[n];
    for (int i = 0; i < n; i++) {
      vertexOnBorder[i] = onBorder(parent, closed[i]);
    }
    boolean[] edgeOnBorder = new boolean[n];
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      edgeOnBorder[i] = vertexOnBorder[i] && vertexOnBorder[j]
          && onBorder(parent, new LineSegment(closed[i], closed[j]).midPoint());
    }
    int start = 0;
    while (start < n && removable(closed, edgeOnBorder, start, n)) {
      start++;
    }
    if (start == n) {
      return FACTORY.createLinearRing(closed);
    }
    List<Coordinate> out = new ArrayList<>();
    int previous = start;
    for (int step = 1; step <= n; step++) {
      int i = (start + step) % n;
      if (step < n && removable(closed, edgeOnBorder, i, n)) {
        continue;
      }
      out.add(closed[previous]);
      if (edgeOnBorder[previous]) {
        out.addAll(nodesBetween(closed[previous], closed[i]));
      }
      previous = i;
    }
    out.add(closed[start]);
    return FACTORY.createLinearRing(out.toArray(Coordinate[]::new));
  }

  private boolean removable(Coordinate[] closed, boolean[] edgeOnBorder, int i, int n) {
    return !nodes.contains(closed[i]) && edgeOnBorder[i] && edgeOnBorder[(i + n - 1) % n];
  }

  /** The nodes strictly inside segment a–b, from a to b. */
  private List<Coordinate> nodesBetween(Coordinate a, Coordinate b) {
    LineSegment segment = new LineSegment(a, b);
    List<Coordinate> found = new ArrayList<>();
    Envelope box = new Envelope(a, b);
    box.expandBy(ON_BORDER);
    for (Object hit : nodeIndex.query(box)) {
      Coordinate c = (Coordinate) hit;
      double f = segment.projectionFactor(c);
      if (!c.equals2D(a) && !c.equals2D(b) && f > 0 && f < 1 && segment.distance(c) <= ON_BORDER) {
        found.add(c);
      }
    }
    found.sort((p, q) -> Double.compare(segment.projectionFactor(p), segment.projectionFactor(q)));
    return found;
  }
}
