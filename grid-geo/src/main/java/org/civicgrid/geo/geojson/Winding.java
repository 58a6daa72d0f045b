package org.civicgrid.geo.geojson;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * RFC 7946 ring orientation: exterior rings counter-clockwise, holes clockwise (x = longitude east,
 * y = latitude north). JTS itself ignores orientation, so this matters only at the file boundary.
 */
final class Winding {
  private Winding() {}

  /**
   * True when {@code ring} runs as RFC 7946 wants for an exterior ({@code exterior}) or a hole. A
   * ring too short to have an orientation counts as right.
   */
  static boolean isRfc7946(LinearRing ring, boolean exterior) {
    return ring.getNumPoints() < 4 || Orientation.isCCW(ring.getCoordinateSequence()) == exterior;
  }

  /** How many rings of a Polygon or MultiPolygon run against RFC 7946. */
  static int wrongRings(Geometry polygonal) {
    int wrong = 0;
    for (int i = 0; i < polygonal.getNumGeometries(); i++) {
      Polygon p = (Polygon) polygonal.getGeometryN(i);
      wrong += isRfc7946(p.getExteriorRing(), true) ? 0 : 1;
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        wrong += isRfc7946(p.getInteriorRingN(h), false) ? 0 : 1;
      }
    }
    return wrong;
  }

  /** The Polygon or MultiPolygon with every ring wound as RFC 7946 wants. */
  static Geometry rewound(Geometry polygonal) {
    GeometryFactory factory = polygonal.getFactory();
    if (polygonal instanceof MultiPolygon multi) {
      Polygon[] parts = new Polygon[multi.getNumGeometries()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = rewound((Polygon) multi.getGeometryN(i));
      }
      return factory.createMultiPolygon(parts);
    }
    return rewound((Polygon) polygonal);
  }

  private static Polygon rewound(Polygon p) {
    LinearRing shell = wound(p.getExteriorRing(), true);
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int h = 0; h < holes.length; h++) {
      holes[h] = wound(p.getInteriorRingN(h), false);
    }
    return p.getFactory().createPolygon(shell, holes);
  }

  private static LinearRing wound(LinearRing ring, boolean exterior) {
    return isRfc7946(ring, exterior) ? ring : ring.reverse();
  }
}
