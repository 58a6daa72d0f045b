package org.civicgrid.geo.index;

import java.util.Arrays;

/**
 * Pairs each edge with its twin: the edge of another area with the same two end points, as
 * neighbouring grids of a seamless coverage share every edge. A boundary cell stores a shared edge
 * once, flipping both areas' parities. Immutable once built.
 */
final class EdgeTwins {
  private final int[] twin;
  private final int[] areaOfVertex;

  private EdgeTwins(int[] twin, int[] areaOfVertex) {
    this.twin = twin;
    this.areaOfVertex = areaOfVertex;
  }

  /** Finds the twins among all edges of {@code rings} by hashing their end points. */
  static EdgeTwins of(PackedRings rings) {
    int vertices = rings.vertices();
    int[] areaOfVertex = new int[vertices];
    for (int k = 0; k < rings.areas(); k++) {
      Arrays.fill(areaOfVertex, rings.ringStart[rings.areaRing[k]], rings.ringStart[rings.areaRing[k + 1]], k);
    }
    int[] twin = new int[vertices];
    Arrays.fill(twin, -1);
    int capacity = Integer.highestOneBit(Math.max(4, vertices)) << 2;
    int[] slots = new int[capacity];
    Arrays.fill(slots, -1);
    double[] xy = rings.xy;
    for (int r = 0; r + 1 < rings.ringStart.length; r++) {
      for (int v = rings.ringStart[r], last = rings.ringStart[r + 1] - 1; v < last; v++) {
        int h = hash(xy, v) & (capacity - 1);
        while (true) {
          int other = slots[h];
          if (other < 0) {
            slots[h] = v;
            break;
          }
          if (twin[other] < 0 && areaOfVertex[other] != areaOfVertex[v] && sameEnds(xy, other, v)) {
            twin[other] = v;
            twin[v] = other;
            break;
          }
          h = (h + 1) & (capacity - 1);
        }
      }
    }
    return new EdgeTwins(twin, areaOfVertex);
  }

  /** The twin of edge v, or -1. */
  int of(int v) {
    return twin[v];
  }

  /** The area edge (or vertex) v belongs to. */
  int area(int v) {
    return areaOfVertex[v];
  }

  /** A hash of edge v that ignores its direction. */
  private static int hash(double[] xy, int v) {
    long a = mix(xy[2 * v], xy[2 * v + 1]);
    long b = mix(xy[2 * v + 2], xy[2 * v + 3]);
    long h = (a ^ b) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static long mix(double x, double y) {
    long h = Double.doubleToLongBits(x + 0.0) * 0xC2B2AE3D27D4EB4FL + Double.doubleToLongBits(y + 0.0);
    return h ^ (h >>> 29);
  }

  private static boolean sameEnds(double[] xy, int e, int f) {
    double ax = xy[2 * e];
    double ay = xy[2 * e + 1];
    double bx = xy[2 * e + 2];
    double by = xy[2 * e + 3];
    double cx = xy[2 * f];
    double cy = xy[2 * f + 1];
    double dx = xy[2 * f + 2];
    double dy = xy[2 * f + 3];
    return ax == cx && ay == cy && bx == dx && by == dy || ax == dx && ay == dy && bx == cx && by == cy;
  }
}
