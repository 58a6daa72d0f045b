package org.civicgrid.geo.edit;

import org.locationtech.jts.geom.Coordinate;

/**
 * A vertex compared by exact value, the way a valid coverage matches its shared edges. Unlike
 * {@link Coordinate}, whose hash tells 0.0 from -0.0 although equals does not, it is a safe key.
 */
record Vertex(double x, double y) implements Comparable<Vertex> {
  Vertex {
    x += 0.0; // turns -0.0 into 0.0
    y += 0.0;
  }

  static Vertex of(Coordinate c) {
    return new Vertex(c.x, c.y);
  }

  Coordinate coordinate() {
    return new Coordinate(x, y);
  }

  @Override
  public int compareTo(Vertex o) {
    int cx = Double.compare(x, o.x);
    return cx != 0 ? cx : Double.compare(y, o.y);
  }
}
