package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.sf.geographiclib.Geodesic;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.Location;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.Geodesy;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.DistanceOp;

class NearestAreaTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Test
  void findsTheNearestGridOnTheGroundAsABruteForceSearchDoes() {
    VoronoiGrids grids = VoronoiGrids.generate(500, 7, 13);
    BoundaryLayer layer = grids.layer();
    for (int k = 0; k < grids.codes().size(); k += 5) {
      layer = layer.without(grids.codes().get(k));
    }
    FlatGridLocator locator = GridIndex.build(grids.hierarchy(), layer);
    Random random = new Random(13);
    int uncovered = 0;
    for (int n = 0; n < 3_000; n++) {
      double x = 121.45 + random.nextDouble() * 0.5;
      double y = 41.85 + random.nextDouble() * 0.4;
      Location location = locator.locate(GeoPoint.wgs84(x, y));
      if (location.isCovered()) {
        continue;
      }
      uncovered++;
      Reference reference = bruteForce(layer, x, y);
      double metres = location.distanceMetres().getAsDouble();
      assertThat(metres).as("(%s, %s)", x, y).isCloseTo(reference.metres, within(1e-3 * reference.metres + 1e-3));
      if (!location.nearest().orElseThrow().equals(reference.grid)) {
        double runnerUp = bruteForceTo(layer.boundary(location.nearest().orElseThrow()).orElseThrow().area(), x, y);
        assertThat(runnerUp).as("a tie at (%s, %s)", x, y).isCloseTo(reference.local, within(1e-6));
      }
    }
    assertThat(uncovered).isGreaterThan(500);
  }

  private record Reference(GridCode grid, double local, double metres) {}

  /** The nearest boundary in a local metric frame at the point, measured then with Karney's geodesics. */
  private static Reference bruteForce(BoundaryLayer layer, double x, double y) {
    GridCode best = null;
    double bestLocal = Double.POSITIVE_INFINITY;
    Coordinate bestPoint = null;
    for (var boundary : layer.boundaries()) {
      Geometry local = toLocal(x, y).transform(boundary.area());
      DistanceOp op = new DistanceOp(local, origin());
      if (op.distance() < bestLocal) {
        bestLocal = op.distance();
        best = boundary.grid();
        bestPoint = op.nearestPoints()[0];
      }
    }
    double lon = x + bestPoint.x / Geodesy.metresPerDegreeLongitude(y);
    double lat = y + bestPoint.y / Geodesy.metresPerDegreeLatitude(y);
    return new Reference(best, bestLocal, Geodesic.WGS84.Inverse(y, x, lat, lon).s12);
  }

  private static double bruteForceTo(Geometry area, double x, double y) {
    return new DistanceOp(toLocal(x, y).transform(area), origin()).distance();
  }

  private static AffineTransformation toLocal(double x, double y) {
    return AffineTransformation.translationInstance(-x, -y)
        .scale(Geodesy.metresPerDegreeLongitude(y), Geodesy.metresPerDegreeLatitude(y));
  }

  private static Point origin() {
    return FACTORY.createPoint(new Coordinate(0, 0));
  }
}
