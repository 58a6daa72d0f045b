package org.civicgrid.geo.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The rings of a Polygon or MultiPolygon as closed coordinate arrays, one list per polygon (shell
 * first, then holes), and the vertex-level edits the coverage operations make on them. Every method
 * returns new geometry and never modifies its argument.
 */
final class Rings {
  private Rings() {}

  /** Per polygon, its shell then its holes, each a closed copy of the ring's coordinates. */
  static List<List<Coordinate[]>> of(Geometry area) {
    List<List<Coordinate[]>> polygons = new ArrayList<>();
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Polygon p = (Polygon) area.getGeometryN(i);
      List<Coordinate[]> rings = new ArrayList<>();
      rings.add(p.getExteriorRing().getCoordinates());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        rings.add(p.getInteriorRingN(h).getCoordinates());
      }
      polygons.add(rings);
    }
    return polygons;
  }

  /** A Polygon, or a MultiPolygon when there are several; rings must be closed. */
  static Geometry build(GeometryFactory factory, List<List<Coordinate[]>> polygons) {
    Polygon[] built = new Polygon[polygons.size()];
    for (int i = 0; i < built.length; i++) {
      List<Coordinate[]> rings = polygons.get(i);
      LinearRing shell = factory.createLinearRing(rings.get(0));
      LinearRing[] holes = new LinearRing[rings.size() - 1];
      for (int h = 0; h < holes.length; h++) {
        holes[h] = factory.createLinearRing(rings.get(h + 1));
      }
      built[i] = factory.createPolygon(shell, holes);
    }
    return built.length == 1 ? built[0] : factory.createMultiPolygon(built);
  }

  /** Every boundary segment of {@code area}. */
  static Set<Segment> segments(Geometry area) {
    Set<Segment> segments = new HashSet<>();
    for (List<Coordinate[]> polygon : of(area)) {
      for (Coordinate[] ring : polygon) {
        for (int i = 0; i + 1 < ring.length; i++) {
          segments.add(Segment.of(ring[i], ring[i + 1]));
        }
      }
    }
    return segments;
  }

  /** Every vertex of {@code area}. */
  static Set<Vertex> vertices(Geometry area) {
    Set<Vertex> vertices = new HashSet<>();
    for (Coordinate c : area.getCoordinates()) {
      vertices.add(Vertex.of(c));
    }
    return vertices;
  }

  /**
   * {@code area} with {@code nodes} inserted into the segments they lie on, in order along each
   * segment; {@code area} itself when none of its segments has nodes.
   */
  static Geometry insertNodes(Geometry area, Map<Segment, List<Coordinate>> nodes) {
    List<List<Coordinate[]>> polygons = of(area);
    boolean changed = false;
    for (List<Coordinate[]> polygon : polygons) {
      for (int r = 0; r < polygon.size(); r++) {
        Coordinate[] ring = polygon.get(r);
        List<Coordinate> out = new ArrayList<>(ring.length);
        for (int i = 0; i + 1 < ring.length; i++) {
          Coordinate from = ring[i];
          out.add(from);
          List<Coordinate> inside = nodes.get(Segment.of(from, ring[i + 1]));
          if (inside != null) {
            changed = true;
            inside.stream().sorted(Comparator.comparingDouble(from::distance)).forEach(out::add);
          }
        }
        out.add(ring[ring.length - 1]);
        polygon.set(r, out.toArray(Coordinate[]::new));
      }
    }
    return changed ? build(area.getFactory(), polygons) : area;
  }

  /** {@code area} without the given vertices; {@code area} itself when it has none of them. */
  static Geometry removeVertices(Geometry area, Set<Vertex> remove) {
    List<List<Coordinate[]>> polygons = of(area);
    boolean changed = false;
    for (List<Coordinate[]> polygon : polygons) {
      for (int r = 0; r < polygon.size(); r++) {
        Coordinate[] ring = polygon.get(r);
        List<Coordinate> kept = new ArrayList<>(ring.length);
        for (int i = 0; i + 1 < ring.length; i++) {
          if (remove.contains(Vertex.of(ring[i]))) {
            changed = true;
          } else {
            kept.add(ring[i]);
          }
        }
        kept.add(kept.get(0).copy());
        polygon.set(r, kept.toArray(Coordinate[]::new));
      }
    }
    return changed ? build(area.getFactory(), polygons) : area;
  }
}
