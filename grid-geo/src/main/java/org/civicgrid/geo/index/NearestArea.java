package org.civicgrid.geo.index;

import java.util.BitSet;
import org.civicgrid.geo.crs.Geodesy;

/**
 * The area nearest to a point that no area holds, found through a {@link CellTable}: cells are
 * searched in square rings around the point's cell until no unvisited cell can hold anything
 * nearer than the best area so far.
 *
 * <p>Distances are compared in a local frame at the point (degrees of longitude and latitude
 * scaled to metres at the point's latitude), so the nearest grid is the nearest on the ground,
 * not in degrees. The reported distance is then measured on the WGS-84 ellipsoid
 * ({@link Geodesy#distanceMetres}) from the point to the nearest boundary point found; within a few
 * kilometres of the grids it agrees with a geodesic reference to well under 0.1 %. Farther away the
 * frame's scale drifts with latitude (about 0.1 % per 5 km north or south of the point) and so can
 * the choice between two nearly equidistant grids. Immutable and thread-safe.
 *
 * @param area the nearest area's index
 * @param metres its distance from the point
 */
record NearestArea(int area, double metres) {

  /** The area nearest to (x, y) in {@code table}, which must hold at least one area. */
  static NearestArea search(CellTable table, double x, double y) {
    return new Search(table, x, y).run();
  }

  /** One search's state. */
  private static final class Search {
    private final CellTable table;
    private final CellGrid grid;
    private final double x;
    private final double y;
    private final double metresPerX;
    private final double metresPerY;
    private final BitSet visited;
    private double best = Double.POSITIVE_INFINITY;
    private int bestArea = -1;
    private double nearestX;
    private double nearestY;

    Search(CellTable table, double x, double y) {
      this.table = table;
      this.grid = table.grid;
      this.x = x;
      this.y = y;
      this.metresPerX = Geodesy.metresPerDegreeLongitude(y);
      this.metresPerY = Geodesy.metresPerDegreeLatitude(y);
      this.visited = new BitSet(table.rings.areas());
    }

    NearestArea run() {
      int ci = grid.clampColumn(grid.column(x));
      int cj = grid.clampRow(grid.row(y));
      for (int r = 0; ; r++) {
        int iLo = Math.max(0, ci - r);
        int iHi = Math.min(grid.columns - 1, ci + r);
        int jLo = Math.max(0, cj - r);
        int jHi = Math.min(grid.rows - 1, cj + r);
        for (int j = jLo; j <= jHi; j++) {
          boolean edgeRow = j == cj - r || j == cj + r;
          for (int i = iLo; i <= iHi; i++) {
            if (edgeRow || i == ci - r || i == ci + r) {
              table.areasIn(i, j, this::measure);
            }
          }
        }
        if (best <= outsideBound(iLo, iHi, jLo, jHi)) {
          break;
        }
      }
      return new NearestArea(bestArea, Geodesy.distanceMetres(x, y, nearestX, nearestY));
    }

    /**
     * A lower bound, in local metres, on the distance to any cell outside columns [iLo, iHi] ×
     * rows [jLo, jHi]; infinite when those cover the grid.
     */
    private double outsideBound(int iLo, int iHi, int jLo, int jHi) {
      double minX = grid.left(0);
      double maxX = grid.right(grid.columns - 1);
      double minY = grid.bottom(0);
      double maxY = grid.top(grid.rows - 1);
      double bound = Double.POSITIVE_INFINITY;
      if (iLo > 0) {
        bound = Math.min(bound, toRectangle(minX, minY, grid.left(iLo), maxY));
      }
      if (iHi < grid.columns - 1) {
        bound = Math.min(bound, toRectangle(grid.right(iHi), minY, maxX, maxY));
      }
      if (jLo > 0) {
        bound = Math.min(bound, toRectangle(minX, minY, maxX, grid.bottom(jLo)));
      }
      if (jHi < grid.rows - 1) {
        bound = Math.min(bound, toRectangle(minX, grid.top(jHi), maxX, maxY));
      }
      return bound;
    }

    private double toRectangle(double minX, double minY, double maxX, double maxY) {
      double dx = Math.max(0, Math.max(minX - x, x - maxX)) * metresPerX;
      double dy = Math.max(0, Math.max(minY - y, y - maxY)) * metresPerY;
      return Math.hypot(dx, dy);
    }

    /** Measures the local distance to every edge of area k, once per area. */
    private void measure(int k) {
      if (visited.get(k)) {
        return;
      }
      visited.set(k);
      PackedRings rings = table.rings;
      double[] xy = rings.xy;
      for (int r = rings.areaRing[k]; r < rings.areaRing[k + 1]; r++) {
        for (int v = rings.ringStart[r], last = rings.ringStart[r + 1] - 1; v < last; v++) {
          measureEdge(k, xy[2 * v], xy[2 * v + 1], xy[2 * v + 2], xy[2 * v + 3]);
        }
      }
    }

    private void measureEdge(int k, double ax, double ay, double bx, double by) {
      double ex = (bx - ax) * metresPerX;
      double ey = (by - ay) * metresPerY;
      double px = (x - ax) * metresPerX;
      double py = (y - ay) * metresPerY;
      double length2 = ex * ex + ey * ey;
      double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * ex + py * ey) / length2));
      double d = Math.hypot(px - t * ex, py - t * ey);
      if (d < best || d == best && k < bestArea) {
        best = d;
        bestArea = k;
        nearestX = t == 1 ? bx : ax + t * (bx - ax);
        nearestY = t == 1 ? by : ay + t * (by - ay);
      }
    }
  }
}
