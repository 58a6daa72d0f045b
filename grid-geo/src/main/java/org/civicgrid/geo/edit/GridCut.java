package org.civicgrid.geo.edit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.civicgrid.core.code.GridCode;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * One grid's area cut by lines into faces, and the faces regrouped into the parts of a split.
 *
 * <p>The grid's rings and the cut lines are noded together once and polygonized, so every face,
 * and every part made of faces, takes its vertices from one set of noded edges: parts share their
 * common edges vertex for vertex by construction. Where a cut meets the grid's boundary between two
 * vertices, the new node is kept only when it separates two parts; it is then reported per original
 * segment so the grid's neighbours can take it too. Other nodes on the boundary (a cut that only
 * touches it, an edge between cells of one part) are dropped, leaving that stretch of boundary as it
 * was. Not thread-safe while being built; the result is immutable.
 */
final class GridCut {
  /** Cut vertices this close to a boundary segment, relative to the grid's size, lie on it. */
  private static final double ON_BOUNDARY = 1e-9;

  private final Geometry area;
  private final ImmutableList<Polygon> faces;

  private GridCut(Geometry area, ImmutableList<Polygon> faces) {
    this.area = area;
    this.faces = faces;
  }

  /** The faces {@code cuts} divide {@code area} into. */
  static GridCut of(Geometry area, List<LineString> cuts) {
    List<Geometry> lines = new ArrayList<>(cuts);
    lines.add(area.getBoundary());
    Geometry noded = OverlayNGRobust.union(area.getFactory().buildGeometry(lines));
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(noded);
    IndexedPointInAreaLocator inArea = new IndexedPointInAreaLocator(area);
    ImmutableList.Builder<Polygon> inside = ImmutableList.builder();
    for (Object face : polygonizer.getPolygons()) {
      Polygon polygon = (Polygon) face;
      if (inArea.locate(InteriorPointArea.getInteriorPoint(polygon)) == Location.INTERIOR) {
        inside.add(polygon);
      }
    }
    return new GridCut(area, inside.build());
  }

  ImmutableList<Polygon> faces() {
    return faces;
  }

  /**
   * The faces grouped into parts by {@code partOf}: each part is the union of its faces, and the
   * result lists the parts in the order their first face appears.
   */
  Parts parts(Function<Polygon, GridCode> partOf) {
    Map<GridCode, List<Geometry>> facesOf = new LinkedHashMap<>();
    for (Polygon face : faces) {
      facesOf.computeIfAbsent(partOf.apply(face), p -> new ArrayList<>()).add(face);
    }
    Map<GridCode, Geometry> parts = new LinkedHashMap<>();
    facesOf.forEach((code, group) -> parts.put(code,
        group.size() == 1 ? group.get(0) : CoverageUnion.union(group.toArray(Geometry[]::new))));
    return reconcileBoundaryNodes(parts);
  }

  private Parts reconcileBoundaryNodes(Map<GridCode, Geometry> parts) {
    Set<Vertex> original = Rings.vertices(area);
    List<Coordinate[]> segments = new ArrayList<>();
    for (List<Coordinate[]> polygon : Rings.of(area)) {
      for (Coordinate[] ring : polygon) {
        for (int i = 0; i + 1 < ring.length; i++) {
          segments.add(new Coordinate[] {ring[i], ring[i + 1]});
        }
      }
    }
    double tolerance = tolerance(area.getEnvelopeInternal());
    Map<Vertex, Segment> onBoundary = new HashMap<>();
    Map<Vertex, Integer> partsAt = new HashMap<>();
    for (Geometry part : parts.values()) {
      for (Vertex v : Rings.vertices(part)) {
        if (original.contains(v)) {
          continue;
        }
        partsAt.merge(v, 1, Integer::sum);
        if (!onBoundary.containsKey(v)) {
          Segment host = host(v.coordinate(), segments, tolerance);
          if (host != null) {
            onBoundary.put(v, host);
          }
        }
      }
    }
    Map<Segment, List<Coordinate>> kept = new HashMap<>();
    Set<Vertex> dropped = new HashSet<>();
    onBoundary.forEach((v, segment) -> {
      if (partsAt.get(v) > 1) {
        kept.computeIfAbsent(segment, s -> new ArrayList<>()).add(v.coordinate());
      } else {
        dropped.add(v);
      }
    });
    ImmutableMap.Builder<GridCode, Geometry> result = ImmutableMap.builder();
    parts.forEach((code, part) -> result.put(code, Rings.removeVertices(part, dropped)));
    ImmutableMap.Builder<Segment, List<Coordinate>> nodes = ImmutableMap.builder();
    kept.forEach((segment, list) -> nodes.put(segment, ImmutableList.copyOf(list)));
    return new Parts(result.build(), nodes.build());
  }

  /** The boundary segment {@code p} lies on, or null when it lies on none. */
  private static Segment host(Coordinate p, List<Coordinate[]> segments, double tolerance) {
    Coordinate[] best = null;
    double bestDistance = tolerance;
    for (Coordinate[] s : segments) {
      double d = Distance.pointToSegment(p, s[0], s[1]);
      if (d <= bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    return best == null ? null : Segment.of(best[0], best[1]);
  }

  private static double tolerance(Envelope e) {
    double size = Math.hypot(e.getWidth(), e.getHeight());
    double magnitude = Math.max(Math.max(Math.abs(e.getMinX()), Math.abs(e.getMaxX())),
        Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
    return Math.max(size * ON_BOUNDARY, 64 * Math.ulp(magnitude));
  }

  /**
   * The parts of a split and the nodes its cuts add to the grid's boundary: per original boundary
   * segment, the new vertices every other area sharing that segment must take too.
   */
  record Parts(ImmutableMap<GridCode, Geometry> areas, ImmutableMap<Segment, List<Coordinate>> nodes) {}
}
