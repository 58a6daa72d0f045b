package org.civicgrid.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.core.locate.CoordinateSystem.BD09;
import static org.civicgrid.core.locate.CoordinateSystem.CGCS2000;
import static org.civicgrid.core.locate.CoordinateSystem.GCJ02;
import static org.civicgrid.core.locate.CoordinateSystem.WGS84;

import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoordinateTransformsTest {
  private static final GridCode CHANGYUAN = GridCode.of("210902001001");
  private static final GridCode XINHUA = GridCode.of("210902001002");

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static double metresBetween(GeoPoint a, GeoPoint b) {
    return Geodesy.distanceMetres(a.longitude(), a.latitude(), b.longitude(), b.latitude());
  }

  @Test
  void wgs84ToGcj02MatchesThePublishedAlgorithmsOwnTestPoints() {
    assertThat(CoordinateTransforms.transform(GeoPoint.wgs84(121.5272106, 31.1774276), GCJ02))
        .isEqualTo(GeoPoint.gcj02(121.531541859215, 31.17530398364597));
    assertThat(CoordinateTransforms.transform(GeoPoint.wgs84(113.912316, 22.543847), GCJ02))
        .isEqualTo(GeoPoint.gcj02(113.9171764808363, 22.540796131694766));
    assertThat(CoordinateTransforms.transform(GeoPoint.wgs84(116.377817, 39.911954), GCJ02))
        .isEqualTo(GeoPoint.gcj02(116.38404722455657, 39.91334545536069));
  }

  @Test
  void gcj02ToBd09MatchesBaidusPublishedFormula() {
    GeoPoint bd = CoordinateTransforms.transform(GeoPoint.gcj02(121.09626935575027, 30.608604331756705), BD09);
    assertThat(bd.longitude()).isCloseTo(121.10271732371203, within(1e-12));
    assertThat(bd.latitude()).isCloseTo(30.61484572185035, within(1e-12));
    assertThat(bd.system()).isEqualTo(BD09);
  }

  @Test
  void gcj02ToWgs84InvertsTheOffsetToAFractionOfAMillimetre() {
    GeoPoint wgs = GeoPoint.wgs84(121.5272106, 31.1774276);
    GeoPoint back = CoordinateTransforms.transform(GeoPoint.gcj02(121.531541859215, 31.17530398364597), WGS84);
    assertThat(metresBetween(back, wgs)).isLessThan(0.001);
  }

  /** The acceptance test of issue 3: the round trip closes everywhere in China's rectangle. */
  @Test
  void wgs84ToGcj02AndBackIsUnderHalfAMetreOnA005DegreeLatticeOverChina() {
    double worst = 0;
    int points = 0;
    double[] lonLat = new double[2];
    for (int i = 0; ; i++) {
      double lon = Math.min(ChinaOffsets.MIN_LON + i * 0.05, ChinaOffsets.MAX_LON);
      for (int j = 0; ; j++) {
        double lat = Math.min(ChinaOffsets.MIN_LAT + j * 0.05, ChinaOffsets.MAX_LAT);
        lonLat[0] = lon;
        lonLat[1] = lat;
        CoordinateTransforms.convert(lonLat, WGS84, GCJ02);
        CoordinateTransforms.convert(lonLat, GCJ02, WGS84);
        worst = Math.max(worst, Geodesy.distanceMetres(lon, lat, lonLat[0], lonLat[1]));
        points++;
        if (lat == ChinaOffsets.MAX_LAT) {
          break;
        }
      }
      if (lon == ChinaOffsets.MAX_LON) {
        break;
      }
    }
    assertThat(points).isGreaterThan(1_400_000);
    assertThat(worst).isLessThan(0.001);
  }

  @Test
  void wgs84ToBd09AndBackIsUnderAMillimetreAcrossChina() {
    double worst = 0;
    for (double lon = 73; lon < 135; lon += 0.37) {
      for (double lat = 18; lat < 54; lat += 0.29) {
        GeoPoint wgs = GeoPoint.wgs84(lon, lat);
        GeoPoint bd = CoordinateTransforms.transform(wgs, BD09);
        assertThat(metresBetween(bd, wgs)).isGreaterThan(100);
        worst = Math.max(worst, metresBetween(CoordinateTransforms.transform(bd, WGS84), wgs));
      }
    }
    assertThat(worst).isLessThan(0.001);
  }

  @Test
  void bd09ToGcj02ClosesTheRoundTripThatBaidusOneStepInverseLeavesOpen() {
    GeoPoint gcj = GeoPoint.gcj02(121.65, 42.0);
    GeoPoint bd = CoordinateTransforms.transform(gcj, BD09);
    assertThat(metresBetween(CoordinateTransforms.transform(bd, GCJ02), gcj)).isLessThan(0.001);
  }

  @Test
  void pointsOutsideChinaAreLeftUnchangedBetweenWgs84AndGcj02() {
    for (GeoPoint abroad : List.of(GeoPoint.wgs84(139.6917, 35.6895), GeoPoint.wgs84(-0.1276, 51.5072),
        GeoPoint.wgs84(100.5018, -13.7563), GeoPoint.wgs84(37.6173, 55.7558))) {
      GeoPoint gcj = CoordinateTransforms.transform(abroad, GCJ02);
      assertThat(gcj.longitude()).isEqualTo(abroad.longitude());
      assertThat(gcj.latitude()).isEqualTo(abroad.latitude());
      GeoPoint back = CoordinateTransforms.transform(GeoPoint.gcj02(abroad.longitude(), abroad.latitude()), WGS84);
      assertThat(back.longitude()).isEqualTo(abroad.longitude());
      assertThat(back.latitude()).isEqualTo(abroad.latitude());
    }
  }

  @Test
  void cgcs2000IsTreatedAsWgs84() {
    GeoPoint cgcs = new GeoPoint(121.65, 42.0, CGCS2000);
    assertThat(CoordinateTransforms.transform(cgcs, WGS84)).isEqualTo(GeoPoint.wgs84(121.65, 42.0));
    assertThat(CoordinateTransforms.transform(cgcs, GCJ02))
        .isEqualTo(CoordinateTransforms.transform(GeoPoint.wgs84(121.65, 42.0), GCJ02));
  }

  @Test
  void convertsEveryCoordinateOfAGeometryAndLeavesTheInputAlone() {
    Geometry wgs = wkt("POLYGON ((121.65 42.0, 121.66 42.0, 121.66 42.01, 121.65 42.01, 121.65 42.0))");
    Geometry gcj = CoordinateTransforms.transform(wgs, WGS84, GCJ02);
    assertThat(wgs.getCoordinates()[0]).isEqualTo(new Coordinate(121.65, 42.0));
    Coordinate[] converted = gcj.getCoordinates();
    for (int i = 0; i < converted.length; i++) {
      Coordinate expected = CoordinateTransforms.transform(wgs.getCoordinates()[i], WGS84, GCJ02);
      assertThat(converted[i]).isEqualTo(expected);
    }
    assertThat(gcj.getEnvelopeInternal().equals(wgs.getEnvelopeInternal())).isFalse();
    assertThat(CoordinateTransforms.transform(gcj, GCJ02, WGS84).equalsExact(wgs, 1e-9)).isTrue();
  }

  @Test
  void convertsALayerAndKeepsSharedEdgesShared() {
    BoundaryLayer gcj = BoundaryLayer.of(GCJ02, List.of(
        Boundary.of(CHANGYUAN, wkt("POLYGON ((121.65 42.0, 121.66 42.0, 121.66 42.01, 121.65 42.01, 121.65 42.0))")),
        Boundary.of(XINHUA, wkt("POLYGON ((121.66 42.0, 121.67 42.0, 121.67 42.01, 121.66 42.01, 121.66 42.0))"))));
    BoundaryLayer wgs = CoordinateTransforms.transform(gcj, WGS84);
    assertThat(wgs.system()).isEqualTo(WGS84);
    assertThat(wgs.size()).isEqualTo(2);
    Geometry changyuan = wgs.boundary(CHANGYUAN).orElseThrow().area();
    Geometry xinhua = wgs.boundary(XINHUA).orElseThrow().area();
    assertThat(changyuan.intersection(xinhua).getLength()).isGreaterThan(0.009);
    assertThat(changyuan.intersection(xinhua).getDimension()).isEqualTo(1);
    assertThat(CoordinateTransforms.transform(gcj, GCJ02)).isSameAs(gcj);
  }

  @Test
  void aBoundaryThatConversionMakesInvalidIsReportedByGridNotSilentlyKept() {
    // A notch whose tip stops 1 mm short of the 800 m top edge: the offset bends the straight edge by
    // centimetres relative to the tip, so after conversion the tip pokes through the edge.
    Geometry sliver = wkt("POLYGON ((121.65 42.0, 121.655 42.00999999, 121.66 42.0, 121.66 42.01, 121.65 42.01, "
        + "121.65 42.0))");
    BoundaryLayer gcj = BoundaryLayer.of(GCJ02, List.of(Boundary.of(CHANGYUAN, sliver)));
    assertThatThrownBy(() -> CoordinateTransforms.transform(gcj, WGS84))
        .isInstanceOf(CivicGridException.class)
        .satisfies(e -> assertThat(((CivicGridException) e).code()).isEqualTo(ErrorCode.INVALID_GEOMETRY))
        .hasMessageContaining(CHANGYUAN.value()).hasMessageContaining("WGS84");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> CoordinateTransforms.transform((GeoPoint) null, WGS84))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("point");
    assertThatThrownBy(() -> CoordinateTransforms.transform(GeoPoint.wgs84(1, 1), (CoordinateSystem) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("target");
  }
}
