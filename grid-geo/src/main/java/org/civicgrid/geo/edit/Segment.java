package org.civicgrid.geo.edit;

import org.locationtech.jts.geom.Coordinate;

/** An undirected boundary segment, compared by exact vertex values: its ends in ascending order. */
record Segment(Vertex low, Vertex high) implements Comparable<Segment> {
  static Segment of(Coordinate a, Coordinate b) {
    Vertex va = Vertex.of(a);
    Vertex vb = Vertex.of(b);
    return va.compareTo(vb) <= 0 ? new Segment(va, vb) : new Segment(vb, va);
  }

  @Override
  public int compareTo(Segment o) {
    int c = low.compareTo(o.low);
    return c != 0 ? c : high.compareTo(o.high);
  }
}
