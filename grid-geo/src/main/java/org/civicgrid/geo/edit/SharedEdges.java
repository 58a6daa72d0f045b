package org.civicgrid.geo.edit;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The edges two areas of a coverage share. In a valid coverage neighbours share their common
 * boundary segment for segment, so sharing is decided on exact segments: two areas are adjacent
 * when they have a segment in common (an edge of positive length), not when they only touch at a
 * vertex. Stateless.
 */
final class SharedEdges {
  private SharedEdges() {}

  /** Whether {@code a} and {@code b} share at least one boundary segment. */
  static boolean adjacent(Geometry a, Geometry b) {
    if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
      return false;
    }
    Set<Segment> ofB = Rings.segments(b);
    return !Collections.disjoint(Rings.segments(a), ofB);
  }

  /**
   * The stretches of {@code a}'s boundary that {@code b} shares, each a maximal run of consecutive
   * shared segments of one ring of {@code a}, in {@code a}'s ring order. A ring shared whole (an
   * island grid) has no ends and is left out.
   */
  static ImmutableList<Chain> chains(Geometry a, Geometry b) {
    Set<Segment> ofB = Rings.segments(b);
    ImmutableList.Builder<Chain> chains = ImmutableList.builder();
    List<List<Coordinate[]>> polygons = Rings.of(a);
    for (int p = 0; p < polygons.size(); p++) {
      for (int r = 0; r < polygons.get(p).size(); r++) {
        Coordinate[] ring = polygons.get(p).get(r);
        int m = ring.length - 1;
        boolean[] shared = new boolean[m];
        int notShared = -1;
        for (int i = 0; i < m; i++) {
          shared[i] = ofB.contains(Segment.of(ring[i], ring[i + 1]));
          if (!shared[i]) {
            notShared = i;
          }
        }
        if (notShared < 0) {
          continue;
        }
        int length = 0;
        for (int k = 1; k <= m; k++) {
          int i = (notShared + k) % m;
          if (shared[i]) {
            length++;
          } else if (length > 0) {
            chains.add(new Chain(p, r, (i - length + m) % m, length, ring));
            length = 0;
          }
        }
      }
    }
    return chains.build();
  }

  /**
   * A run of shared segments: {@code length} segments of ring {@code ring} of polygon {@code
   * polygon}, starting at vertex {@code start} of the ring's coordinates {@code vertices} (closed).
   */
  record Chain(int polygon, int ring, int start, int length, Coordinate[] vertices) {
    Coordinate first() {
      return vertices[start];
    }

    Coordinate last() {
      return vertices[(start + length) % (vertices.length - 1)];
    }

    /**
     * The ring with this chain replaced by {@code edge}, which runs from {@link #first()} to
     * {@link #last()}; closed, starting at the edge's first point.
     */
    Coordinate[] replacedBy(Coordinate[] edge) {
      int m = vertices.length - 1;
      Coordinate[] ring = new Coordinate[edge.length + (m - length - 1) + 1];
      int k = 0;
      for (Coordinate c : edge) {
        ring[k++] = c.copy();
      }
      for (int i = 1; i < m - length; i++) {
        ring[k++] = vertices[(start + length + i) % m].copy();
      }
      ring[k] = edge[0].copy();
      return ring;
    }
  }
}
