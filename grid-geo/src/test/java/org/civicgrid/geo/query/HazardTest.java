package org.civicgrid.geo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.CompoundBlocks.geometry;

import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.Karney;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class HazardTest {
  private static final String FLOOD_ZONE =
      "POLYGON ((121.59 41.99, 121.63 41.99, 121.63 42.005, 121.59 42.005, 121.59 41.99))";

  @Test
  void aGasLeakRadiusIsMeasuredInMetresOnTheEllipsoid() {
    GeoPoint leak = GeoPoint.wgs84(121.61, 42.005);
    Hazard hazard = Hazard.circle("燃气泄漏 gas leak", leak, 200);
    Coordinate[] ring = hazard.area().getCoordinates();
    assertThat(ring).hasSize(65);
    for (Coordinate vertex : ring) {
      assertThat(Karney.metres(leak.longitude(), leak.latitude(), vertex.x, vertex.y)).isCloseTo(200, within(0.01));
    }
    assertThat(Karney.squareMetres(hazard.area())).isCloseTo(Math.PI * 200 * 200, within(Math.PI * 200 * 200 * 2e-3));
    assertThat(hazard.system()).isEqualTo(CoordinateSystem.WGS84);
    assertThat(hazard.repair()).isEmpty();
  }

  @Test
  void aValidFloodZoneIsTakenAsDrawn() {
    Hazard flood = Hazard.area("低洼地带 flood zone", geometry(FLOOD_ZONE), CoordinateSystem.WGS84);
    assertThat(flood.area().equalsExact(geometry(FLOOD_ZONE))).isTrue();
    assertThat(flood.name()).isEqualTo("低洼地带 flood zone");
    assertThat(flood.repair()).isEmpty();
  }

  @Test
  void aSelfIntersectingZoneIsRepairedAndTheRepairNoted() {
    Hazard bowtie = Hazard.area("flood zone", geometry(
        "POLYGON ((121.60 42.00, 121.61 42.01, 121.61 42.00, 121.60 42.01, 121.60 42.00))"), CoordinateSystem.WGS84);
    assertThat(bowtie.area().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(bowtie.area().isValid()).isTrue();
    assertThat(bowtie.area().getNumGeometries()).isEqualTo(2);
    assertThat(bowtie.repair()).hasValueSatisfying(note -> assertThat(note).contains("Self-intersection", "2 part"));
  }

  @Test
  void refusesWhatIsNoAreaNamingTheHazard() {
    GeometryFactory factory = new GeometryFactory();
    assertThatThrownBy(() -> Hazard.area(" ", geometry(FLOOD_ZONE), CoordinateSystem.WGS84))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> Hazard.area("flood", geometry("LINESTRING (121.6 42, 121.7 42)"), CoordinateSystem.WGS84))
        .hasMessageContaining("flood").hasMessageContaining("LineString");
    assertThatThrownBy(() -> Hazard.area("flood", geometry("POLYGON EMPTY"), CoordinateSystem.WGS84))
        .hasMessageContaining("flood").hasMessageContaining("empty");
    assertThatThrownBy(() -> Hazard.area("flood", factory.createPolygon(new Coordinate[] {
        new Coordinate(121.6, 42), new Coordinate(Double.NaN, 42), new Coordinate(121.6, 42.1), new Coordinate(121.6, 42)}),
        CoordinateSystem.WGS84)).hasMessageContaining("flood").hasMessageContaining("NaN");
    assertThatThrownBy(() -> Hazard.area("flood", geometry("POLYGON ((121.5 42, 121.75 42.25, 122 42.5, 121.5 42))"),
        CoordinateSystem.WGS84)).hasMessageContaining("flood").hasMessageContaining("no area");
  }

  @Test
  void refusesARadiusThatIsNotAPositiveNumberOfMetres() {
    GeoPoint leak = GeoPoint.wgs84(121.61, 42.005);
    assertThatThrownBy(() -> Hazard.circle("leak", leak, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leak").hasMessageContaining("0.0");
    assertThatThrownBy(() -> Hazard.circle("leak", leak, -5)).hasMessageContaining("-5.0");
    assertThatThrownBy(() -> Hazard.circle("leak", leak, Double.NaN)).hasMessageContaining("NaN");
  }
}
