package org.civicgrid.geo.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.civicgrid.geo.crs.Geodesy;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class MapFrameTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Test
  void aKilometreIsAsLongEastAsNorthAt42Degrees() {
    MapFrame frame = new MapFrame(new Envelope(121.64, 121.68, 42.00, 42.04), 1000);
    double lon = 121.66;
    double lat = 42.02;
    double east = 1000 / Geodesy.metresPerDegreeLongitude(lat);
    double north = 1000 / Geodesy.metresPerDegreeLatitude(lat);

    double eastPixels = pixels(frame, lon, lat, lon + east, lat);
    double northPixels = pixels(frame, lon, lat, lon, lat + north);
    assertThat(eastPixels).isCloseTo(northPixels, within(northPixels * 0.001));
    assertThat(eastPixels).isCloseTo(1000 * frame.pixelsPerMetre(), within(0.01));
    assertThat(Geodesy.distanceMetres(lon, lat, lon + east, lat)).isCloseTo(1000, within(1.0));
  }

  @Test
  void northIsUpAndTheMapFitsThePage() {
    Envelope extent = new Envelope(121.64, 121.68, 42.00, 42.04);
    MapFrame frame = new MapFrame(extent, 1000);
    Geometry page = frame.project(FACTORY.toGeometry(extent));
    Envelope e = page.getEnvelopeInternal();

    assertThat(e.getMinY()).isCloseTo(frame.mapTop(), within(1e-6));
    assertThat(e.getMaxY()).isCloseTo(frame.mapBottom(), within(1e-6));
    assertThat(e.getMinX()).isGreaterThanOrEqualTo(MapFrame.MARGIN - 1e-6);
    assertThat(e.getMaxX()).isCloseTo(frame.mapRight(), within(1e-6));
    Coordinate north = frame.project(FACTORY.createPoint(new Coordinate(121.66, 42.04))).getCoordinate();
    Coordinate south = frame.project(FACTORY.createPoint(new Coordinate(121.66, 42.00))).getCoordinate();
    assertThat(north.y).isLessThan(south.y);
    assertThat(frame.height()).isEqualTo(MapFrame.TITLE_BAND + (frame.mapBottom() - frame.mapTop()) + MapFrame.FOOTER_BAND);
  }

  private static double pixels(MapFrame frame, double lon1, double lat1, double lon2, double lat2) {
    Coordinate a = frame.project(FACTORY.createPoint(new Coordinate(lon1, lat1))).getCoordinate();
    Coordinate b = frame.project(FACTORY.createPoint(new Coordinate(lon2, lat2))).getCoordinate();
    return a.distance(b);
  }
}
