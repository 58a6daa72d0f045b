package org.civicgrid.geo.index;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * The exact predicates of the half-open crossing rule. A point p belongs to a ring's inside when the
 * shifted point p + (ε, ε²), for an infinitesimal ε, does: on a non-horizontal edge that is the side
 * to the right, on a horizontal edge the side above. Every predicate is decided exactly (a floating
 * point filter, then JTS's double-double orientation), so a shared edge is judged identically from
 * both polygons and each point of a seamless coverage has exactly one owner. Stateless.
 */
final class Crossings {
  /**
   * Bound on the relative error of the two-product determinant, with margin over Shewchuk's
   * (3 + 16ε)ε: beyond it the floating-point sign is certain.
   */
  private static final double FILTER = 1e-15;

  private Crossings() {}

  /** Sign of the turn a → b → p: 1 left (counter-clockwise), -1 right, 0 collinear; exact. */
  static int orientation(double ax, double ay, double bx, double by, double px, double py) {
    double left = (bx - ax) * (py - ay);
    double right = (by - ay) * (px - ax);
    double det = left - right;
    double bound = FILTER * (Math.abs(left) + Math.abs(right));
    if (det > bound) {
      return 1;
    }
    if (-det > bound) {
      return -1;
    }
    return CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, px, py);
  }

  /**
   * Whether edge a–b crosses the ray from (px, py) to +x under the half-open rule: the edge spans
   * the ray's height (lower end included, upper excluded, horizontal edges never) and the point lies
   * strictly left of the edge taken upwards.
   */
  static boolean counted(double ax, double ay, double bx, double by, double px, double py) {
    if ((ay <= py) == (by <= py)) {
      return false;
    }
    if (ax < px && bx < px) {
      return false;
    }
    if (ax > px && bx > px) {
      return true;
    }
    int side = orientation(ax, ay, bx, by, px, py);
    return by > ay ? side > 0 : side < 0;
  }

  /**
   * Whether edge a–b crosses the horizontal path from (px, y) to (qx, y), both ends shifted by
   * (ε, ε²): the ray parities of the two ends differ for this edge.
   */
  static boolean crossesHorizontal(double ax, double ay, double bx, double by, double px, double qx,
      double y) {
    if ((ay <= y) == (by <= y)) {
      return false;
    }
    return counted(ax, ay, bx, by, px, y) != counted(ax, ay, bx, by, qx, y);
  }

  /**
   * Whether edge a–b crosses the vertical path from (x, y0) to (x, y1), both ends shifted by
   * (ε, ε²): the edge spans x + ε and the two ends lie on different sides of it.
   */
  static boolean crossesVertical(double ax, double ay, double bx, double by, double x, double y0,
      double y1) {
    if (ax <= x == bx <= x) {
      return false;
    }
    return ax < bx
        ? below(ax, ay, bx, by, x, y0) != below(ax, ay, bx, by, x, y1)
        : below(bx, by, ax, ay, x, y0) != below(bx, by, ax, ay, x, y1);
  }

  /** Whether (x, y) + (ε, ε²) lies below the line through left end l and right end r. */
  private static boolean below(double lx, double ly, double rx, double ry, double x, double y) {
    int side = orientation(lx, ly, rx, ry, x, y);
    return side < 0 || side == 0 && ry > ly;
  }

  /**
   * The side of line a → b that (px, py) + (ε, ε²) lies on: 1 left, -1 right; 0 only when a and b
   * coincide.
   */
  static int side(double ax, double ay, double bx, double by, double px, double py) {
    int side = orientation(ax, ay, bx, by, px, py);
    if (side != 0) {
      return side;
    }
    return by != ay ? (by > ay ? -1 : 1) : Double.compare(bx, ax);
  }

  /** Whether (px, py) lies exactly on the closed segment a–b. */
  static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
    return px >= Math.min(ax, bx) && px <= Math.max(ax, bx)
        && py >= Math.min(ay, by) && py <= Math.max(ay, by)
        && orientation(ax, ay, bx, by, px, py) == 0;
  }
}
