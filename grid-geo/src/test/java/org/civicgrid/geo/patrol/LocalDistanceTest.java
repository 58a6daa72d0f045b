package org.civicgrid.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.civicgrid.geo.Karney;
import org.civicgrid.geo.crs.Geodesy;
import org.junit.jupiter.api.Test;

/** The fast distance between track positions, against Geodesy's formula and Karney's geodesics. */
class LocalDistanceTest {
  /** Segments of 1 m to 2 km at latitudes from Hainan to Heilongjiang, in every direction. */
  private static double[][] segments() {
    Random random = new Random(11);
    double[][] segments = new double[20_000][];
    for (int k = 0; k < segments.length; k++) {
      double lon = 73 + random.nextDouble() * 62;
      double lat = 18 + random.nextDouble() * 35;
      double metres = Math.pow(10, random.nextDouble() * 3.3);
      double bearing = random.nextDouble() * 2 * Math.PI;
      segments[k] = new double[] {lon, lat, lon + metres * Math.sin(bearing) / Geodesy.metresPerDegreeLongitude(lat),
          lat + metres * Math.cos(bearing) / Geodesy.metresPerDegreeLatitude(lat)};
    }
    return segments;
  }

  @Test
  void agreesWithGeodesysFormulaToOnePartInTenMillion() {
    LocalDistance distance = new LocalDistance();
    double worst = 0;
    for (double[] s : segments()) {
      double expected = Geodesy.distanceMetres(s[0], s[1], s[2], s[3]);
      worst = Math.max(worst, Math.abs(distance.metres(s[0], s[1], s[2], s[3]) / expected - 1));
    }
    assertThat(worst).isLessThan(1e-7);
  }

  @Test
  void agreesWithKarneysGeodesicsFarInsideTheProjectsHalfPercent() {
    LocalDistance distance = new LocalDistance();
    double worst = 0;
    for (double[] s : segments()) {
      double expected = Karney.metres(s[0], s[1], s[2], s[3]);
      worst = Math.max(worst, Math.abs(distance.metres(s[0], s[1], s[2], s[3]) / expected - 1));
    }
    assertThat(worst).isLessThan(1e-5);
  }

  @Test
  void aTrackMovingNorthAcrossManyBandsKeepsItsAccuracy() {
    LocalDistance distance = new LocalDistance();
    double lat = 41.7;
    double total = 0;
    double reference = 0;
    for (int k = 0; k < 2000; k++) {
      double next = lat + 0.0001;
      total += distance.metres(120.77 + k * 1e-5, lat, 120.77 + (k + 1) * 1e-5, next);
      reference += Karney.metres(120.77 + k * 1e-5, lat, 120.77 + (k + 1) * 1e-5, next);
      lat = next;
    }
    assertThat(Math.abs(total / reference - 1)).isLessThan(1e-5);
  }
}
