package org.civicgrid.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

class GeodesyTest {
  private static double karney(double lon1, double lat1, double lon2, double lat2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
  }

  @Test
  void cityScaleDistancesAgreeWithKarneysGeodesicsToAMillimetrePerKilometre() {
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      double lon = 73 + random.nextDouble() * 62;
      double lat = 18 + random.nextDouble() * 36;
      double lon2 = lon + (random.nextDouble() - 0.5) * 0.4;
      double lat2 = lat + (random.nextDouble() - 0.5) * 0.4;
      double reference = karney(lon, lat, lon2, lat2);
      assertThat(Geodesy.distanceMetres(lon, lat, lon2, lat2)).isCloseTo(reference, within(1e-6 * reference + 1e-6));
    }
  }

  @Test
  void degreeLengthsAreTheEllipsoidsOwn() {
    assertThat(Geodesy.metresPerDegreeLatitude(42) * 0.001).isCloseTo(karney(121.65, 41.9995, 121.65, 42.0005), within(1e-4));
    assertThat(Geodesy.metresPerDegreeLongitude(42) * 0.001).isCloseTo(karney(121.6495, 42, 121.6505, 42), within(1e-4));
  }

  @Test
  void isSymmetricAndZeroForOnePoint() {
    double d = Geodesy.distanceMetres(121.65, 42.0, 121.66, 42.01);
    assertThat(Geodesy.distanceMetres(121.66, 42.01, 121.65, 42.0)).isEqualTo(d);
    assertThat(Geodesy.distanceMetres(121.65, 42.0, 121.65, 42.0)).isZero();
  }

  @Test
  void longitudeDifferencesWrapAcrossTheAntimeridian() {
    assertThat(Geodesy.distanceMetres(179.999, 0, -179.999, 0)).isCloseTo(karney(179.999, 0, -179.999, 0), within(0.01));
  }
}
