package org.civicgrid.geo.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Long runs of random splits, merges and edge moves on a jittered lattice of grids near Fuxin: each
 * edit either is refused with an {@link IllegalEditException} or leaves the whole layer a valid
 * coverage of the same total area, whatever floating-point intersections the cuts produce.
 */
class RandomEditsTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final int N = 6;
  private static final double X0 = 121.65;
  private static final double Y0 = 42.01;
  private static final double STEP = 0.0013;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void everyAcceptedEditKeepsTheCoverageValid(long seed) {
    Random random = new Random(seed);
    BoundaryLayer layer = lattice(random);
    double area = total(layer);
    int nextCode = 100;
    int accepted = 0;
    for (int step = 0; step < 50; step++) {
      List<Boundary> grids = new ArrayList<>(layer.boundaries());
      Boundary target = grids.get(random.nextInt(grids.size()));
      CoverageEditor editor = CoverageEditor.of(layer);
      try {
        switch (random.nextInt(4)) {
          case 0 -> layer = editor.splitByLine(target.grid(), lineAcross(target, random),
              code(nextCode++), code(nextCode++));
          case 1 -> layer = editor.splitByBuildings(target.grid(), buildings(target, random, nextCode));
          case 2 -> layer = editor.merge(List.of(target.grid(), neighbour(target, grids, random)), code(nextCode));
          default -> {
            GridCode other = neighbour(target, grids, random);
            layer = editor.moveSharedEdge(target.grid(), other, bentEdge(target, other, grids, random));
          }
        }
        nextCode += 3;
        accepted++;
        Geometry[] areas = layer.boundaries().stream().map(Boundary::area).toArray(Geometry[]::new);
        assertThat(CoverageValidator.isValid(areas)).as("seed %s step %s", seed, step).isTrue();
        assertThat(total(layer)).isCloseTo(area, offset(area * 1e-9));
      } catch (IllegalEditException refused) {
        nextCode += 3;
      }
    }
    assertThat(accepted).as("edits accepted").isGreaterThanOrEqualTo(25);
  }

  private static BoundaryLayer lattice(Random random) {
    Coordinate[][] p = new Coordinate[N + 1][N + 1];
    for (int i = 0; i <= N; i++) {
      for (int j = 0; j <= N; j++) {
        boolean inner = i > 0 && i < N && j > 0 && j < N;
        double jx = inner ? (random.nextDouble() - 0.5) * STEP * 0.4 : 0;
        double jy = inner ? (random.nextDouble() - 0.5) * STEP * 0.4 : 0;
        p[i][j] = new Coordinate(X0 + i * STEP + jx, Y0 + j * STEP + jy);
      }
    }
    List<Boundary> cells = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        Coordinate[] ring = {p[i][j], p[i + 1][j], p[i + 1][j + 1], p[i][j + 1], p[i][j]};
        cells.add(Boundary.of(code(i * N + j), FACTORY.createPolygon(ring)));
      }
    }
    return BoundaryLayer.of(CoordinateSystem.GCJ02, cells);
  }

  private static GridCode code(int n) {
    return GridCode.of(String.format("210902001001%03d", n));
  }

  private static double total(BoundaryLayer layer) {
    return layer.boundaries().stream().mapToDouble(b -> b.area().getArea()).sum();
  }

  /** A line through the grid at a random angle, or through one of its corners half the time. */
  private static LineString lineAcross(Boundary grid, Random random) {
    Coordinate c = grid.area().getInteriorPoint().getCoordinate();
    double angle = random.nextDouble() * Math.PI;
    if (random.nextBoolean()) {
      Coordinate[] corners = grid.area().getCoordinates();
      Coordinate corner = corners[random.nextInt(corners.length - 1)];
      return FACTORY.createLineString(new Coordinate[] {corner, new Coordinate(
          2 * c.x - corner.x + (c.x - corner.x) * 2, 2 * c.y - corner.y + (c.y - corner.y) * 2)});
    }
    double reach = 3 * STEP;
    return FACTORY.createLineString(new Coordinate[] {
        new Coordinate(c.x - reach * Math.cos(angle), c.y - reach * Math.sin(angle)),
        new Coordinate(c.x + reach * Math.cos(angle), c.y + reach * Math.sin(angle))});
  }

  private static List<BuildingSite> buildings(Boundary grid, Random random, int firstCode) {
    int parts = 2 + random.nextInt(2);
    List<BuildingSite> sites = new ArrayList<>();
    var env = grid.area().getEnvelopeInternal();
    while (sites.size() < 8) {
      double x = env.getMinX() + random.nextDouble() * env.getWidth();
      double y = env.getMinY() + random.nextDouble() * env.getHeight();
      Point at = FACTORY.createPoint(new Coordinate(x, y));
      if (grid.area().contains(at)) {
        sites.add(BuildingSite.of("B" + sites.size(), x, y, code(firstCode + sites.size() % parts)));
      }
    }
    return sites;
  }

  private static GridCode neighbour(Boundary grid, List<Boundary> grids, Random random) {
    List<GridCode> adjacent = grids.stream()
        .filter(g -> !g.grid().equals(grid.grid()) && SharedEdges.adjacent(grid.area(), g.area()))
        .map(Boundary::grid).toList();
    return adjacent.isEmpty() ? grid.grid() : adjacent.get(random.nextInt(adjacent.size()));
  }

  /** The first stretch the two grids share, bent at its middle by up to a fifth of a cell. */
  private static LineString bentEdge(Boundary a, GridCode b, List<Boundary> grids, Random random) {
    Geometry other = grids.stream().filter(g -> g.grid().equals(b)).findFirst().orElseThrow().area();
    List<SharedEdges.Chain> chains = SharedEdges.chains(a.area(), other);
    if (chains.isEmpty()) {
      return FACTORY.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1)});
    }
    Coordinate first = chains.get(0).first();
    Coordinate last = chains.get(0).last();
    Coordinate middle = new Coordinate((first.x + last.x) / 2 + (random.nextDouble() - 0.5) * STEP * 0.4,
        (first.y + last.y) / 2 + (random.nextDouble() - 0.5) * STEP * 0.4);
    return FACTORY.createLineString(new Coordinate[] {first, middle, last});
  }
}
