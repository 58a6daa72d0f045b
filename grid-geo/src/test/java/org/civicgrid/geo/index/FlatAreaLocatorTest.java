package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** One grid's point-in-area test, as patrol analysis runs it for every position of a track. */
class FlatAreaLocatorTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  /** A compound with a courtyard that is not part of it, and a detached block across the road. */
  private static final String COMPOUND_WITH_COURTYARD_AND_ANNEX = "MULTIPOLYGON ("
      + "((121.600 42.000, 121.610 42.000, 121.612 42.006, 121.605 42.010, 121.598 42.005, 121.600 42.000),"
      + " (121.603 42.003, 121.606 42.003, 121.606 42.005, 121.603 42.005, 121.603 42.003)),"
      + "((121.614 42.000, 121.618 42.000, 121.618 42.004, 121.614 42.004, 121.614 42.000)))";

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @Test
  void agreesWithJtsCoversOnRandomPointsAroundTheArea() {
    Geometry area = wkt(COMPOUND_WITH_COURTYARD_AND_ANNEX);
    FlatAreaLocator locator = FlatAreaLocator.of(area);
    Envelope around = area.getEnvelopeInternal();
    around.expandBy(0.003);
    Random random = new Random(9);
    int inside = 0;
    for (int k = 0; k < 50_000; k++) {
      double x = around.getMinX() + random.nextDouble() * around.getWidth();
      double y = around.getMinY() + random.nextDouble() * around.getHeight();
      boolean expected = area.covers(FACTORY.createPoint(new Coordinate(x, y)));
      assertThat(locator.covers(x, y)).as("(%s, %s)", x, y).isEqualTo(expected);
      inside += expected ? 1 : 0;
    }
    assertThat(inside).as("the test reaches both sides").isBetween(10_000, 40_000);
  }

  @Test
  void everyVertexAndEdgeMidpointCountsAsInside() {
    Geometry area = wkt(COMPOUND_WITH_COURTYARD_AND_ANNEX);
    FlatAreaLocator locator = FlatAreaLocator.of(area);
    Coordinate[] vertices = area.getCoordinates();
    for (int k = 0; k < vertices.length; k++) {
      assertThat(locator.covers(vertices[k].x, vertices[k].y)).as("vertex %s", vertices[k]).isTrue();
    }
    for (int p = 0; p < area.getNumGeometries(); p++) {
      Coordinate[] shell = ((Polygon) area.getGeometryN(p)).getExteriorRing().getCoordinates();
      for (int k = 1; k < shell.length; k++) {
        double x = (shell[k - 1].x + shell[k].x) / 2;
        double y = (shell[k - 1].y + shell[k].y) / 2;
        assertThat(locator.covers(x, y)).as("midpoint (%s, %s)", x, y)
            .isEqualTo(area.covers(FACTORY.createPoint(new Coordinate(x, y))));
      }
    }
  }

  @Test
  void theCourtyardAndTheRoadAreOutside() {
    FlatAreaLocator locator = FlatAreaLocator.of(wkt(COMPOUND_WITH_COURTYARD_AND_ANNEX));
    assertThat(locator.covers(121.6045, 42.004)).isFalse();
    assertThat(locator.covers(121.613, 42.002)).isFalse();
    assertThat(locator.covers(121.616, 42.002)).isTrue();
    assertThat(locator.covers(Double.NaN, 42.002)).isFalse();
    assertThat(locator.covers(121.616, Double.POSITIVE_INFINITY)).isFalse();
  }

  @Test
  void onlyAnAreaCanBeLocatedIn() {
    assertThatThrownBy(() -> FlatAreaLocator.of(wkt("LINESTRING (121.6 42.0, 121.61 42.0)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an area must be a Polygon or MultiPolygon, not LineString");
    assertThatThrownBy(() -> FlatAreaLocator.of(wkt("POLYGON EMPTY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the area is empty");
  }

  @Test
  void saysWhatItHolds() {
    assertThat(FlatAreaLocator.of(wkt(COMPOUND_WITH_COURTYARD_AND_ANNEX)).toString())
        .startsWith("FlatAreaLocator[16 vertices, ");
  }
}
