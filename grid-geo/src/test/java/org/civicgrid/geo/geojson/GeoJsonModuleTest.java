package org.civicgrid.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new GeoJsonModule());

  @Test
  void writesAPolygonAsAGeoJsonGeometryInsideAnyJson() throws JsonProcessingException {
    Geometry building = GeoJsonText.wkt(FuxinBoundaries.BUILDING_1);
    assertThat(mapper.writeValueAsString(Map.of("area", building))).isEqualTo("{\"area\":{\"type\":\"Polygon\","
        + "\"coordinates\":[[[121.641,41.991],[121.642,41.991],[121.642,41.992],[121.641,41.992],[121.641,41.991]]]}}");
  }

  @Test
  void readsPolygonsAndMultiPolygonsBackAsWritten() throws JsonProcessingException {
    Geometry changyuan = GeoJsonText.wkt(FuxinBoundaries.CHANGYUAN);
    assertThat(mapper.readValue(mapper.writeValueAsString(changyuan), Polygon.class).equalsExact(changyuan)).isTrue();
    Geometry both = GeoJsonText.wkt("MULTIPOLYGON (((121.641 41.991, 121.642 41.991, 121.642 41.992, 121.641 41.991)), "
        + "((121.65 42.0, 121.66 42.0, 121.66 42.01, 121.65 42.0)))");
    String json = mapper.writeValueAsString(both);
    assertThat(mapper.readValue(json, MultiPolygon.class).equalsExact(both)).isTrue();
    assertThat((Object) mapper.readValue(json, Geometry.class)).isInstanceOf(MultiPolygon.class);
  }

  @Test
  void roundsToTheShortestPlainDecimal() throws JsonProcessingException {
    Geometry odd = GeoJsonText.wkt("POLYGON ((-0.00000004 0.0000001, 180 -33.5, 0.123456789 -0.00000016, "
        + "-0.00000004 0.0000001))");
    assertThat(mapper.writeValueAsString(odd)).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[0,0.0000001],"
        + "[180,-33.5],[0.1234568,-0.0000002],[0,0.0000001]]]}");
    assertThat(new ObjectMapper().registerModule(new GeoJsonModule(0)).writeValueAsString(odd))
        .contains("[180,-34]");
  }

  @Test
  void readingAnythingButAGridAreaFailsNamingTheProblem() {
    assertThatThrownBy(() -> mapper.readValue("{\"type\": \"Point\", \"coordinates\": [121.65, 42.0]}", Geometry.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("wrong-geometry-type")
        .hasMessageContaining("Point");
    assertThatThrownBy(() -> mapper.readValue("{\"type\": \"Polygon\", \"coordinates\": "
        + "[[[121.64, 41.99], [121.66, 41.99], [121.64, 41.99]]]}", Polygon.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("ring-too-short");
    String multi = "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[121.64, 41.99], [121.66, 41.99], "
        + "[121.66, 42.0], [121.64, 41.99]]]]}";
    assertThatThrownBy(() -> mapper.readValue(multi, Polygon.class)).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("a MultiPolygon where a Polygon is expected");
  }

  @Test
  void writingAnythingButAGridAreaFails() {
    assertThatThrownBy(() -> mapper.writeValueAsString(GeoJsonText.wkt("LINESTRING (121.64 41.99, 121.66 41.99)")))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("LineString");
    assertThatThrownBy(() -> mapper.writeValueAsString(GeoJsonText.wkt("POLYGON ((0 0, NaN 1, 1 1, 0 0))")))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("NaN");
  }

  @Test
  void refusesDecimalsOutsideTheSupportedRange() {
    assertThat(new GeoJsonModule().decimals()).isEqualTo(GeoJsonModule.DEFAULT_DECIMALS);
    assertThatThrownBy(() -> new GeoJsonModule(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new GeoJsonModule(GeoJsonModule.MAX_DECIMALS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
