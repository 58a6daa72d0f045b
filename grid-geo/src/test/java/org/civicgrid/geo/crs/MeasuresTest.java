package org.civicgrid.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.civicgrid.core.locate.CoordinateSystem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Checks the metric measures against Karney's geodesic polygons (GeographicLib) on real-sized areas. */
class MeasuresTest {
  /** A 100 m building grid in Haikou, latitude 20°. */
  private static final String BUILDING_GRID_HAIKOU =
      "POLYGON ((110.3 20.0, 110.300956 20.0, 110.300956 20.000903, 110.3 20.000903, 110.3 20.0))";
  /** A community of about 1 km² in Fuxin, latitude 42°, irregular as traced from a web map. */
  private static final String COMMUNITY_FUXIN = "POLYGON ((121.6500 42.0000, 121.6621 42.0008, 121.6634 42.0061, "
      + "121.6580 42.0095, 121.6512 42.0089, 121.6487 42.0042, 121.6500 42.0000))";
  /** A county of about 30 km across near Mohe, latitude 53°. */
  private static final String COUNTY_MOHE =
      "POLYGON ((122.30 52.80, 122.75 52.80, 122.75 53.07, 122.30 53.07, 122.30 52.80))";
  /** A town of about 10 km with a reservoir cut out, in Tongnan, latitude 30°. */
  private static final String TOWN_WITH_RESERVOIR_TONGNAN = "POLYGON ((105.80 30.15, 105.90 30.16, 105.91 30.24, "
      + "105.82 30.25, 105.80 30.15), (105.84 30.19, 105.85 30.19, 105.85 30.20, 105.84 30.20, 105.84 30.19))";

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static PolygonResult karney(Coordinate[] ring) {
    PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
    for (int i = 0; i < ring.length - 1; i++) {
      polygon.AddPoint(ring[i].y, ring[i].x);
    }
    return polygon.Compute(false, true);
  }

  private static double karneyArea(Polygon polygon) {
    double area = Math.abs(karney(polygon.getExteriorRing().getCoordinates()).area);
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      area -= Math.abs(karney(polygon.getInteriorRingN(h).getCoordinates()).area);
    }
    return area;
  }

  private static double karneyPerimeter(Polygon polygon) {
    double perimeter = karney(polygon.getExteriorRing().getCoordinates()).perimeter;
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      perimeter += karney(polygon.getInteriorRingN(h).getCoordinates()).perimeter;
    }
    return perimeter;
  }

  private static void assertAgreesWithKarney(String wkt, double expectedAreaRoughly) {
    Polygon polygon = (Polygon) wkt(wkt);
    double reference = karneyArea(polygon);
    assertThat(reference).isCloseTo(expectedAreaRoughly, within(0.1 * expectedAreaRoughly));
    assertThat(Measures.areaSquareMetres(polygon)).isCloseTo(reference, within(1e-7 * reference));
    double perimeter = karneyPerimeter(polygon);
    assertThat(Measures.lengthMetres(polygon)).isCloseTo(perimeter, within(2e-6 * perimeter));
  }

  @Test
  void aHundredMetreGridAtLatitude20IsWithinATenthOfAPartPerMillion() {
    assertAgreesWithKarney(BUILDING_GRID_HAIKOU, 10_000);
  }

  @Test
  void aSquareKilometreCommunityAtLatitude42IsWithinATenthOfAPartPerMillion() {
    assertAgreesWithKarney(COMMUNITY_FUXIN, 1.0e6);
  }

  @Test
  void aThirtyKilometreCountyAtLatitude53IsWithinATenthOfAPartPerMillion() {
    assertAgreesWithKarney(COUNTY_MOHE, 9.0e8);
  }

  @Test
  void holesAreSubtracted() {
    assertAgreesWithKarney(TOWN_WITH_RESERVOIR_TONGNAN, 8.5e7);
    Polygon town = (Polygon) wkt(TOWN_WITH_RESERVOIR_TONGNAN);
    double reservoir = Measures.areaSquareMetres(town.getFactory().createPolygon(town.getInteriorRingN(0)));
    double shell = Measures.areaSquareMetres(town.getFactory().createPolygon(town.getExteriorRing()));
    assertThat(Measures.areaSquareMetres(town)).isCloseTo(shell - reservoir, within(1e-3));
  }

  @Test
  void windingDoesNotChangeTheArea() {
    Geometry community = wkt(COMMUNITY_FUXIN);
    assertThat(Measures.areaSquareMetres(community.reverse()))
        .isCloseTo(Measures.areaSquareMetres(community), within(1e-6));
  }

  @Test
  void aMultiPolygonIsTheSumOfItsParts() {
    Geometry both = wkt("MULTIPOLYGON (((110.3 20.0, 110.300956 20.0, 110.300956 20.000903, 110.3 20.000903, "
        + "110.3 20.0)), ((110.4 20.0, 110.400956 20.0, 110.400956 20.000903, 110.4 20.000903, 110.4 20.0)))");
    assertThat(Measures.areaSquareMetres(both))
        .isCloseTo(Measures.areaSquareMetres(both.getGeometryN(0)) + Measures.areaSquareMetres(both.getGeometryN(1)),
            within(1e-6));
  }

  @Test
  void aPatrolTrackIsMeasuredAlongItsSegmentsAndHasNoArea() {
    LineString track = (LineString) wkt("LINESTRING (121.650 42.000, 121.656 42.000, 121.656 42.004, 121.661 42.009)");
    double reference = 0;
    Coordinate[] c = track.getCoordinates();
    for (int i = 1; i < c.length; i++) {
      reference += Geodesic.WGS84.Inverse(c[i - 1].y, c[i - 1].x, c[i].y, c[i].x).s12;
    }
    assertThat(Measures.lengthMetres(track)).isCloseTo(reference, within(1e-6 * reference));
    assertThat(reference).isGreaterThan(1000);
    assertThat(Measures.areaSquareMetres(track)).isZero();
  }

  @Test
  void gcj02InputIsConvertedToWgs84BeforeMeasuring() {
    Geometry wgs = wkt(COMMUNITY_FUXIN);
    Geometry gcj = CoordinateTransforms.transform(wgs, CoordinateSystem.WGS84, CoordinateSystem.GCJ02);
    double truth = Measures.areaSquareMetres(wgs);
    assertThat(Measures.areaSquareMetres(gcj, CoordinateSystem.GCJ02)).isCloseTo(truth, within(1e-6 * truth));
    assertThat(Measures.lengthMetres(gcj, CoordinateSystem.GCJ02))
        .isCloseTo(Measures.lengthMetres(wgs), within(1e-3));
    Geometry bd = CoordinateTransforms.transform(wgs, CoordinateSystem.WGS84, CoordinateSystem.BD09);
    assertThat(Measures.areaSquareMetres(bd, CoordinateSystem.BD09)).isCloseTo(truth, within(1e-6 * truth));
    assertThat(Measures.areaSquareMetres(wgs, CoordinateSystem.CGCS2000)).isEqualTo(truth);
  }

  @Test
  void emptyGeometriesMeasureZeroAndNullsAreRefused() {
    assertThat(Measures.areaSquareMetres(wkt("POLYGON EMPTY"))).isZero();
    assertThat(Measures.lengthMetres(wkt("LINESTRING EMPTY"))).isZero();
    assertThatThrownBy(() -> Measures.areaSquareMetres(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("lonLat");
    assertThatThrownBy(() -> Measures.lengthMetres(wkt(COUNTY_MOHE), null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("system");
  }
}
