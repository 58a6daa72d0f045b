package org.civicgrid.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class LocalFrameTest {
  /** Haizhou district, Fuxin: the frame of a 20 km county centred on it. */
  private static final LocalFrame HAIZHOU = new LocalFrame(121.65, 42.0);

  @Test
  void theOriginIsZeroAndDegreesAreTheEllipsoidsOwn() {
    assertThat(HAIZHOU.toMetres(121.65, 42.0)).isEqualTo(new Coordinate(0, 0));
    assertThat(HAIZHOU.toMetres(121.66, 42.0).x).isCloseTo(Geodesy.metresPerDegreeLongitude(42) / 100, within(1e-9));
    assertThat(HAIZHOU.toMetres(121.65, 42.01).y).isCloseTo(Geodesy.metresPerDegreeLatitude(42) / 100, within(1e-9));
  }

  @Test
  void theBoxWithinARadiusHoldsEveryPointThatFarAway() {
    Envelope box = HAIZHOU.lonLatWithin(1_000);
    for (int degrees = 0; degrees < 360; degrees += 5) {
      double angle = Math.toRadians(degrees);
      Coordinate onCircle = HAIZHOU.toLonLat(1_000 * Math.sin(angle), 1_000 * Math.cos(angle));
      assertThat(box.contains(onCircle)).as("%s° at 1 km", degrees).isTrue();
    }
    assertThat(box.getWidth() * Geodesy.metresPerDegreeLongitude(42)).isBetween(2_000.0, 2_100.0);
  }

  @Test
  void distancesAlongTheAxesAgreeWithGeodesyToTheCentimetreAcrossTheCounty() {
    for (int i = -100; i <= 100; i++) {
      Coordinate east = HAIZHOU.toLonLat(i * 100, 0);
      Coordinate north = HAIZHOU.toLonLat(0, i * 100);
      assertThat(Geodesy.distanceMetres(121.65, 42, east.x, east.y)).isCloseTo(Math.abs(i * 100), within(0.1));
      assertThat(Geodesy.distanceMetres(121.65, 42, north.x, north.y)).isCloseTo(Math.abs(i * 100), within(0.1));
    }
  }

  @Test
  void distancesWithinAGridAgreeWithGeodesyToUnderAMetreAnywhereInTheCounty() {
    Random random = new Random(20240601);
    for (int i = 0; i < 20_000; i++) {
      double e = (random.nextDouble() - 0.5) * 20_000;
      double n = (random.nextDouble() - 0.5) * 20_000;
      double e2 = e + (random.nextDouble() - 0.5) * 700;
      double n2 = n + (random.nextDouble() - 0.5) * 700;
      Coordinate a = HAIZHOU.toLonLat(e, n);
      Coordinate b = HAIZHOU.toLonLat(e2, n2);
      assertThat(Math.hypot(e2 - e, n2 - n)).isCloseTo(Geodesy.distanceMetres(a.x, a.y, b.x, b.y), within(1.0));
    }
  }

  @Test
  void longDistancesAcrossTheCountyDriftByAtMostTheDocumentedScaleError() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      double e = (random.nextDouble() - 0.5) * 20_000;
      double n = (random.nextDouble() - 0.5) * 20_000;
      Coordinate far = HAIZHOU.toLonLat(e, n);
      double geodesic = Geodesy.distanceMetres(121.65, 42, far.x, far.y);
      assertThat(Math.hypot(e, n)).isCloseTo(geodesic, within(0.0014 * geodesic + 0.1));
    }
  }

  @Test
  void toLonLatUndoesToMetresForGeometries() throws ParseException {
    Geometry lonLat = new WKTReader().read("POLYGON ((121.6 41.95, 121.7 41.95, 121.7 42.05, 121.6 42.05, 121.6 41.95))");
    Geometry metres = HAIZHOU.toMetres().transform(lonLat);
    assertThat(metres.getCoordinates()[2].x).isCloseTo(HAIZHOU.toMetres(121.7, 42.05).x, within(1e-6));
    assertThat(HAIZHOU.toLonLat().transform(metres).equalsExact(lonLat, 1e-12)).isTrue();
  }

  @Test
  void transformationsAreFreshCopies() {
    HAIZHOU.toMetres().translate(1_000, 0);
    assertThat(HAIZHOU.toMetres().transform(new Coordinate(121.65, 42), new Coordinate())).isEqualTo(new Coordinate(0, 0));
  }

  @Test
  void aroundAnEnvelopeSitsAtItsCentre() {
    assertThat(LocalFrame.around(new Envelope(121.6, 121.7, 41.9, 42.1))).isEqualTo(new LocalFrame(121.65, 42.0));
  }

  @Test
  void anEmptyEnvelopeIsATypedError() {
    assertThatThrownBy(() -> LocalFrame.around(new Envelope()))
        .isInstanceOf(CivicGridException.class)
        .hasMessage("MALFORMED_INPUT: an empty extent has no centre to frame");
  }

  @Test
  void originsThatCannotBeFramedAreTypedErrorsNamingThem() {
    assertThatThrownBy(() -> new LocalFrame(Double.NaN, 42))
        .isInstanceOf(CivicGridException.class)
        .hasMessageContaining("frame origin (NaN, 42.0)")
        .satisfies(e -> assertThat(((CivicGridException) e).code()).isEqualTo(ErrorCode.MALFORMED_INPUT));
    assertThatThrownBy(() -> new LocalFrame(121.65, 85)).hasMessageContaining("frame origin (121.65, 85.0)");
    assertThatThrownBy(() -> new LocalFrame(121.65, -89.5)).hasMessageContaining("(121.65, -89.5)");
    assertThatThrownBy(() -> new LocalFrame(181, 42)).hasMessageContaining("(181.0, 42.0)");
    assertThatThrownBy(() -> LocalFrame.around(new Envelope(0, 10, 80, 90)))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("(5.0, 85.0)");
  }
}
