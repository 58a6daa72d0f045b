package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.locate.Location.Status;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Issue 3 acceptance: the flat index answers as the JTS baseline (STRtree + IndexedPointInAreaLocator)
 * on a million random points over 10,000 Voronoi grids, and on every shared vertex and edge
 * midpoint — where the baseline says BOUNDARY for several grids — it picks exactly one of them, by
 * the documented rule: the grid holding the point shifted right (and up, on a horizontal edge),
 * else the lowest-coded grid whose boundary holds it.
 */
class FlatGridLocatorAgreementTest {
  private static final VoronoiGrids SPARSE = VoronoiGrids.generate(10_000, 7, 3);
  /** How far right the probe that checks "the grid on the right" looks, in degrees (about 0.1 mm). */
  private static final double PROBE = 1e-9;

  @Test
  void agreesWithJtsOnAMillionRandomPointsOverTenThousandVoronoiGrids() {
    Checker checker = new Checker(SPARSE);
    Random random = new Random(20261122);
    double margin = 0.01;
    for (int n = 0; n < 1_000_000; n++) {
      checker.check(VoronoiGrids.FUXIN.getMinX() - margin + random.nextDouble() * (VoronoiGrids.FUXIN.getWidth() + 2 * margin),
          VoronoiGrids.FUXIN.getMinY() - margin + random.nextDouble() * (VoronoiGrids.FUXIN.getHeight() + 2 * margin));
    }
    assertThat(checker.mismatches).isEmpty();
    assertThat(checker.checked).isEqualTo(1_000_000);
    assertThat(checker.uncovered).isGreaterThan(10_000);
  }

  @Test
  void picksExactlyOneGridOnEverySharedVertexAndEdgeByTheRule() {
    Checker checker = new Checker(SPARSE);
    for (Coordinate point : verticesAndMidpoints(SPARSE.polygons(), 1)) {
      checker.check(point.x, point.y);
    }
    assertThat(checker.mismatches).isEmpty();
    assertThat(checker.onBoundary).isGreaterThan(40_000).isEqualTo(checker.checked);
    // The probe is skipped on horizontal edges and on the territory's right and top sides.
    assertThat(checker.probed).isGreaterThan(checker.onBoundary * 97 / 100);
  }

  @Test
  void agreesWithJtsOnDenseEdgeMatchedGrids() {
    VoronoiGrids dense = VoronoiGrids.generate(2_000, 200, 5);
    assertThat(dense.meanVertices()).isBetween(150.0, 250.0);
    Checker checker = new Checker(dense);
    Random random = new Random(5);
    for (int n = 0; n < 100_000; n++) {
      checker.check(VoronoiGrids.FUXIN.getMinX() + random.nextDouble() * VoronoiGrids.FUXIN.getWidth(),
          VoronoiGrids.FUXIN.getMinY() + random.nextDouble() * VoronoiGrids.FUXIN.getHeight());
    }
    for (Coordinate point : verticesAndMidpoints(dense.polygons(), 7)) {
      checker.check(point.x, point.y);
    }
    assertThat(checker.mismatches).isEmpty();
    assertThat(checker.onBoundary).isGreaterThan(50_000);
  }

  /** Each distinct vertex and edge midpoint of every {@code step}-th polygon. */
  private static Set<Coordinate> verticesAndMidpoints(List<Polygon> polygons, int step) {
    Set<Coordinate> points = new HashSet<>();
    for (int k = 0; k < polygons.size(); k += step) {
      Coordinate[] ring = polygons.get(k).getExteriorRing().getCoordinates();
      for (int v = 0; v + 1 < ring.length; v++) {
        points.add(new Coordinate(ring[v].x, ring[v].y));
        points.add(new Coordinate((ring[v].x + ring[v + 1].x) / 2, (ring[v].y + ring[v + 1].y) / 2));
      }
    }
    return points;
  }

  /** Compares the flat index with the baseline and with the rule, point by point. */
  private static final class Checker {
    private final VoronoiGrids grids;
    private final FlatGridLocator locator;
    private final JtsBaselineLocator baseline;
    final List<String> mismatches = new ArrayList<>();
    int checked;
    int onBoundary;
    int probed;
    int uncovered;

    Checker(VoronoiGrids grids) {
      this.grids = grids;
      this.locator = GridIndex.build(grids.hierarchy(), grids.layer());
      this.baseline = new JtsBaselineLocator(grids.polygons());
    }

    void check(double x, double y) {
      checked++;
      Location location = locator.locate(GeoPoint.wgs84(x, y));
      List<int[]> covering = baseline.covering(x, y);
      if (covering.isEmpty()) {
        uncovered++;
        expect(location.status() == Status.UNCOVERED && location.nearest().isPresent(), x, y, location, "uncovered");
        return;
      }
      boolean boundary = covering.stream().anyMatch(c -> c[1] == org.locationtech.jts.geom.Location.BOUNDARY);
      if (!boundary) {
        expect(covering.size() == 1 && location.status() == Status.INSIDE
            && location.leaf().orElseThrow().equals(code(covering.get(0)[0])), x, y, location, "interior");
        return;
      }
      onBoundary++;
      GridCode expected = byTheRule(covering, x, y);
      expect(location.status() == Status.INSIDE && location.leaf().orElseThrow().equals(expected), x, y, location,
          "boundary, by the rule " + expected);
      int right = probeRight(x, y);
      if (right >= 0) {
        probed++;
        expect(code(right).equals(expected), x, y, location, "boundary, grid on the right " + code(right));
      }
    }

    /**
     * The documented rule, evaluated directly over the covering polygons: the one holding the point
     * shifted by (ε, ε²), else the lowest-coded one with the point on its boundary.
     */
    private GridCode byTheRule(List<int[]> covering, double x, double y) {
      int owner = -1;
      int lowest = Integer.MAX_VALUE;
      for (int[] c : covering) {
        if (holdsShifted(grids.polygons().get(c[0]), x, y)) {
          owner = owner < 0 ? c[0] : Math.min(owner, c[0]);
        }
        lowest = Math.min(lowest, c[0]);
      }
      return code(owner >= 0 ? owner : lowest);
    }

    /** The one grid the baseline puts strictly inside at a point a hair to the right, or -1. */
    private int probeRight(double x, double y) {
      List<int[]> right = baseline.covering(x + PROBE, y);
      return right.size() == 1 && right.get(0)[1] == org.locationtech.jts.geom.Location.INTERIOR ? right.get(0)[0] : -1;
    }

    private GridCode code(int k) {
      return grids.codes().get(k);
    }

    private void expect(boolean ok, double x, double y, Location location, String what) {
      if (!ok && mismatches.size() < 20) {
        mismatches.add(what + " at (" + x + ", " + y + "): " + location);
      }
    }
  }

  /** Whether (x, y) + (ε, ε²) lies inside {@code polygon}, by the half-open crossing rule. */
  static boolean holdsShifted(Polygon polygon, double x, double y) {
    boolean inside = false;
    for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
      LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
      Coordinate[] c = ring.getCoordinates();
      for (int v = 0; v + 1 < c.length; v++) {
        inside ^= Crossings.counted(c[v].x, c[v].y, c[v + 1].x, c[v + 1].y, x, y);
      }
    }
    return inside;
  }
}
