package org.civicgrid.geo.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;

/**
 * How many neighbours each area of a list has: areas whose boundaries share an edge of positive length,
 * the relation {@link org.civicgrid.geo.query.AdjacencyGraph} uses for a hierarchy's grids, here without
 * a hierarchy so a layout can be measured before it becomes one. Areas meeting at a point are not
 * neighbours. A generated layout is edge-matched, so most neighbours share a whole segment and are found
 * by hashing segments; only pairs with overlapping envelopes and no common segment are related by
 * geometry (JTS {@code RelateNG}). Stateless.
 */
final class GridNeighbours {
  /** The intersection matrix of two areas whose boundaries meet along a line. */
  private static final String SHARED_EDGE = "****1****";

  private GridNeighbours() {}

  /** Per area, how many of the others share an edge with it. */
  static int[] count(List<Geometry> areas) {
    Set<Long> pairs = sharedSegments(areas);
    STRtree tree = new STRtree();
    for (int i = 0; i < areas.size(); i++) {
      tree.insert(areas.get(i).getEnvelopeInternal(), i);
    }
    tree.build();
    int[] neighbours = new int[areas.size()];
    for (int i = 0; i < areas.size(); i++) {
      Geometry area = areas.get(i);
      RelateNG prepared = null;
      for (Object candidate : tree.query(area.getEnvelopeInternal())) {
        int j = (Integer) candidate;
        if (j <= i) {
          continue;
        }
        boolean shared = pairs.contains(pair(i, j));
        if (!shared) {
          prepared = prepared == null ? RelateNG.prepare(area) : prepared;
          shared = prepared.evaluate(areas.get(j), SHARED_EDGE);
        }
        if (shared) {
          neighbours[i]++;
          neighbours[j]++;
        }
      }
    }
    return neighbours;
  }

  /** The pairs (lower index first) of areas whose boundaries have a segment in common, endpoint for endpoint. */
  private static Set<Long> sharedSegments(List<Geometry> areas) {
    Map<Segment, Integer> owner = new HashMap<>();
    Set<Long> pairs = new HashSet<>();
    for (int i = 0; i < areas.size(); i++) {
      int area = i;
      areas.get(i).apply((GeometryComponentFilter) component -> {
        if (component instanceof LineString ring) {
          Coordinate[] points = ring.getCoordinates();
          for (int k = 0; k + 1 < points.length; k++) {
            if (!points[k].equals2D(points[k + 1])) {
              Integer other = owner.putIfAbsent(Segment.of(points[k], points[k + 1]), area);
              if (other != null && other != area) {
                pairs.add(pair(Math.min(other, area), Math.max(other, area)));
              }
            }
          }
        }
      });
    }
    return pairs;
  }

  private static long pair(int i, int j) {
    return (long) i << 32 | j;
  }

  /** A segment with its endpoints in a fixed order, so both directions are equal. */
  private record Segment(double x0, double y0, double x1, double y1) {
    static Segment of(Coordinate p, Coordinate q) {
      return p.compareTo(q) <= 0 ? new Segment(p.x, p.y, q.x, q.y) : new Segment(q.x, q.y, p.x, p.y);
    }
  }
}
