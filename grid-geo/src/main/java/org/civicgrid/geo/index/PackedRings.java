package org.civicgrid.geo.index;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Every ring of every indexed area in one {@code double[]} (x0, y0, x1, y1, …), so a
 * point-in-polygon test walks contiguous memory instead of JTS's object per coordinate. Rings are
 * stored closed: edge {@code v} runs from vertex {@code v} to {@code v + 1}, and the last vertex of
 * a ring starts no edge. Immutable once built; the arrays are never handed out.
 */
final class PackedRings {
  final double[] xy;
  /** Ring r holds vertices {@code [ringStart[r], ringStart[r + 1])}. */
  final int[] ringStart;
  /** Area k holds rings {@code [areaRing[k], areaRing[k + 1])}. */
  final int[] areaRing;
  /** Area k's envelope: minX, minY, maxX, maxY at {@code 4k}. */
  final double[] envelope;
  /** Per ring, whether its area lies to the left of its edges (a counter-clockwise shell, a clockwise hole). */
  private final boolean[] interiorLeft;

  private PackedRings(double[] xy, int[] ringStart, int[] areaRing, double[] envelope, boolean[] interiorLeft) {
    this.xy = xy;
    this.ringStart = ringStart;
    this.areaRing = areaRing;
    this.envelope = envelope;
    this.interiorLeft = interiorLeft;
  }

  /** Packs the rings (shells and holes of every part) of {@code areas}, area k at index k. */
  static PackedRings of(List<Geometry> areas) {
    int vertices = 0;
    int rings = 0;
    for (Geometry area : areas) {
      vertices += area.getNumPoints();
      for (int p = 0; p < area.getNumGeometries(); p++) {
        rings += 1 + ((Polygon) area.getGeometryN(p)).getNumInteriorRing();
      }
    }
    double[] xy = new double[2 * vertices];
    int[] ringStart = new int[rings + 1];
    int[] areaRing = new int[areas.size() + 1];
    double[] envelope = new double[4 * areas.size()];
    boolean[] interiorLeft = new boolean[rings];
    int v = 0;
    int r = 0;
    for (int k = 0; k < areas.size(); k++) {
      Geometry area = areas.get(k);
      areaRing[k] = r;
      for (int p = 0; p < area.getNumGeometries(); p++) {
        Polygon part = (Polygon) area.getGeometryN(p);
        for (int h = -1; h < part.getNumInteriorRing(); h++) {
          LinearRing ring = h < 0 ? part.getExteriorRing() : part.getInteriorRingN(h);
          interiorLeft[r] = Orientation.isCCW(ring.getCoordinateSequence()) == h < 0;
          ringStart[r++] = v;
          for (Coordinate c : ring.getCoordinates()) {
            xy[2 * v] = c.x;
            xy[2 * v + 1] = c.y;
            v++;
          }
        }
      }
      Envelope env = area.getEnvelopeInternal();
      envelope[4 * k] = env.getMinX();
      envelope[4 * k + 1] = env.getMinY();
      envelope[4 * k + 2] = env.getMaxX();
      envelope[4 * k + 3] = env.getMaxY();
    }
    ringStart[r] = v;
    areaRing[areas.size()] = r;
    return new PackedRings(xy, ringStart, areaRing, envelope, interiorLeft);
  }

  int areas() {
    return areaRing.length - 1;
  }

  int vertices() {
    return xy.length / 2;
  }

  /** Whether edge v's area lies to its left. */
  boolean interiorLeftOf(int v) {
    int r = Arrays.binarySearch(ringStart, v);
    return interiorLeft[r >= 0 ? r : -r - 2];
  }
}
