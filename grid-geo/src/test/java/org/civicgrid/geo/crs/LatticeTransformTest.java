package org.civicgrid.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.locate.CoordinateSystem.BD09;
import static org.civicgrid.core.locate.CoordinateSystem.CGCS2000;
import static org.civicgrid.core.locate.CoordinateSystem.GCJ02;
import static org.civicgrid.core.locate.CoordinateSystem.WGS84;

import java.util.Random;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * Converting whole tracks by interpolating on a lattice of exact conversions, and why tracks must be
 * converted at all: lengths measured in GCJ-02 or BD-09 degrees are off by more than the project's
 * 0.5 % for measures.
 */
class LatticeTransformTest {
  /** Fuxin, Beipiao, Wuhua, Tongnan, Beijing, Shanghai, Shenzhen. */
  private static final double[][] CITIES = {{121.67, 42.02}, {120.77, 41.80}, {115.78, 23.93}, {105.83, 30.19},
      {116.40, 39.90}, {121.47, 31.23}, {114.06, 22.54}};

  /** 4,000 positions scattered over 10 km around each city, in {@code system}. */
  private static double[][] positionsAround(CoordinateSystem system) {
    Random random = new Random(5);
    int n = 4000 * CITIES.length;
    double[] lons = new double[n];
    double[] lats = new double[n];
    for (int k = 0; k < n; k++) {
      double[] city = CITIES[k / 4000];
      GeoPoint p = CoordinateTransforms.transform(GeoPoint.wgs84(city[0] + (random.nextDouble() - 0.5) * 0.12,
          city[1] + (random.nextDouble() - 0.5) * 0.09), system);
      lons[k] = p.longitude();
      lats[k] = p.latitude();
    }
    return new double[][] {lons, lats};
  }

  private static double worstErrorMetres(CoordinateSystem source) {
    double[][] positions = positionsAround(source);
    int n = positions[0].length;
    double[] lons = new double[n];
    double[] lats = new double[n];
    LatticeTransform.between(source, WGS84).transform(positions[0], positions[1], lons, lats);
    double worst = 0;
    for (int k = 0; k < n; k++) {
      GeoPoint exact = CoordinateTransforms.transform(new GeoPoint(positions[0][k], positions[1][k], source), WGS84);
      worst = Math.max(worst, Geodesy.distanceMetres(lons[k], lats[k], exact.longitude(), exact.latitude()));
    }
    return worst;
  }

  @Test
  void gcj02PositionsLandWithinTwoCentimetresOfTheExactConversion() {
    assertThat(worstErrorMetres(GCJ02)).isLessThan(0.02);
  }

  @Test
  void bd09PositionsLandWithinTwentyFiveCentimetresOfTheExactConversion() {
    assertThat(worstErrorMetres(BD09)).isLessThan(0.25);
  }

  @Test
  void wgs84ToGcj02IsInterpolatedAsWell() {
    double[] lon = {121.5272106};
    double[] lat = {31.1774276};
    LatticeTransform.between(WGS84, GCJ02).transform(lon, lat, lon, lat);
    GeoPoint exact = CoordinateTransforms.transform(GeoPoint.wgs84(121.5272106, 31.1774276), GCJ02);
    assertThat(Geodesy.distanceMetres(lon[0], lat[0], exact.longitude(), exact.latitude())).isLessThan(0.02);
  }

  /**
   * The reason tracks are converted rather than measured where they are: 100 m steps measured in
   * GCJ-02 degrees are off by up to about 0.4 % in these cities and 0.6 % elsewhere in China, and in
   * BD-09 by up to 1.8 %.
   */
  @Test
  void lengthsMeasuredInOffsetSystemsAreOffByMoreThanTheHalfPercentBudget() {
    assertThat(worstStretch(GCJ02, CITIES)).isBetween(0.002, 0.005);
    assertThat(worstStretch(GCJ02, chinaWide())).isGreaterThan(0.005);
    assertThat(worstStretch(BD09, CITIES)).isGreaterThan(0.01);
  }

  @Test
  void lengthsOfConvertedTracksAgreeWithWgs84LengthsToOnePartInTenThousand() {
    for (CoordinateSystem system : new CoordinateSystem[] {GCJ02, BD09}) {
      for (double[] city : CITIES) {
        double[] wgsLon = new double[1000];
        double[] wgsLat = new double[1000];
        double[] lon = new double[1000];
        double[] lat = new double[1000];
        double wgsLength = 0;
        for (int k = 0; k < 1000; k++) {
          wgsLon[k] = city[0] + 0.00013 * k;
          wgsLat[k] = city[1] + 0.00007 * k + 0.0003 * Math.sin(k / 20.0);
          GeoPoint p = CoordinateTransforms.transform(GeoPoint.wgs84(wgsLon[k], wgsLat[k]), system);
          lon[k] = p.longitude();
          lat[k] = p.latitude();
          wgsLength += k == 0 ? 0 : Geodesy.distanceMetres(wgsLon[k - 1], wgsLat[k - 1], wgsLon[k], wgsLat[k]);
        }
        LatticeTransform.between(system, WGS84).transform(lon, lat, lon, lat);
        double length = 0;
        for (int k = 1; k < 1000; k++) {
          length += Geodesy.distanceMetres(lon[k - 1], lat[k - 1], lon[k], lat[k]);
        }
        assertThat(Math.abs(length / wgsLength - 1)).as("%s at %s, %s", system, city[0], city[1]).isLessThan(1e-4);
      }
    }
  }

  @Test
  void positionsNearChinasEdgeAreConvertedExactly() {
    double[] lon = {ChinaOffsets.MAX_LON - 0.001, ChinaOffsets.MAX_LON + 0.001};
    double[] lat = {45.0, 45.0};
    double[] outLon = new double[2];
    double[] outLat = new double[2];
    LatticeTransform.between(GCJ02, WGS84).transform(lon, lat, outLon, outLat);
    for (int k = 0; k < 2; k++) {
      GeoPoint exact = CoordinateTransforms.transform(GeoPoint.gcj02(lon[k], lat[k]), WGS84);
      assertThat(outLon[k]).isEqualTo(exact.longitude());
      assertThat(outLat[k]).isEqualTo(exact.latitude());
    }
  }

  @Test
  void withinOneFrameNothingChanges() {
    double[] lon = {121.67, Double.NaN};
    double[] lat = {42.02, 42.0};
    double[] outLon = new double[2];
    double[] outLat = new double[2];
    LatticeTransform.between(CGCS2000, WGS84).transform(lon, lat, outLon, outLat);
    assertThat(outLon).containsExactly(lon);
    assertThat(outLat).containsExactly(lat);
  }

  @Test
  void aNonFiniteCoordinateGivesANonFiniteResult() {
    double[] lon = {Double.NaN, 121.67};
    double[] lat = {42.0, 42.02};
    LatticeTransform.between(GCJ02, WGS84).transform(lon, lat, lon, lat);
    assertThat(lon[0]).isNaN();
    assertThat(lon[1]).isBetween(121.66, 121.67);
  }

  @Test
  void arraysOfDifferentLengthsAreRefused() {
    LatticeTransform transform = LatticeTransform.between(GCJ02, WGS84);
    assertThatThrownBy(() -> transform.transform(new double[2], new double[2], new double[1], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arrays of 2, 2, 1 and 2 points; all must be the same length");
    assertThat(transform.source()).isEqualTo(GCJ02);
    assertThat(transform.target()).isEqualTo(WGS84);
    assertThat(transform).hasToString("LatticeTransform[GCJ02 → WGS84, 0 nodes]");
  }

  private static double[][] chinaWide() {
    Random random = new Random(3);
    double[][] places = new double[2000][];
    for (int k = 0; k < places.length; k++) {
      places[k] = new double[] {100 + random.nextDouble() * 25, 20 + random.nextDouble() * 25};
    }
    return places;
  }

  /** The largest relative error of 100 m steps, in 72 directions, measured in {@code system}'s degrees. */
  private static double worstStretch(CoordinateSystem system, double[][] places) {
    double worst = 0;
    for (double[] place : places) {
      for (int degrees = 0; degrees < 360; degrees += 5) {
        double bearing = Math.toRadians(degrees);
        double lon2 = place[0] + 100 * Math.sin(bearing) / Geodesy.metresPerDegreeLongitude(place[1]);
        double lat2 = place[1] + 100 * Math.cos(bearing) / Geodesy.metresPerDegreeLatitude(place[1]);
        GeoPoint a = CoordinateTransforms.transform(GeoPoint.wgs84(place[0], place[1]), system);
        GeoPoint b = CoordinateTransforms.transform(GeoPoint.wgs84(lon2, lat2), system);
        double measured = Geodesy.distanceMetres(a.longitude(), a.latitude(), b.longitude(), b.latitude());
        worst = Math.max(worst, Math.abs(measured / Geodesy.distanceMetres(place[0], place[1], lon2, lat2) - 1));
      }
    }
    return worst;
  }
}
