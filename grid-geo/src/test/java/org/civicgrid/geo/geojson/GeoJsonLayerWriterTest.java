package org.civicgrid.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

class GeoJsonLayerWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GeoJsonLayerWriter writer = GeoJsonLayerWriter.rfc7946();

  private static JsonNode tree(String json) throws IOException {
    return JSON.readTree(json);
  }

  private static JsonNode feature(JsonNode collection, GridCode code) {
    for (JsonNode f : collection.get("features")) {
      if (f.get("id").asText().equals(code.value())) {
        return f;
      }
    }
    throw new AssertionError("no feature " + code);
  }

  @Test
  void writesAFeatureCollectionWithTheGridCodeAsIdInAFixedOrder() {
    BoundaryLayer layer = BoundaryLayer.of(CoordinateSystem.WGS84,
        List.of(FuxinBoundaries.boundary(FuxinGrids.BUILDING_1, FuxinBoundaries.BUILDING_1)));
    assertThat(writer.toJson(layer)).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"id\":\"210902001001001001\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[121.641,41.991],"
        + "[121.642,41.991],[121.642,41.992],[121.641,41.992],[121.641,41.991]]]},"
        + "\"properties\":{\"code\":\"210902001001001001\"}}]}");
  }

  @Test
  void addsNameLevelRolledUpCountsAndParentFromTheHierarchy() throws IOException {
    JsonNode written = tree(writer.withHierarchy(FuxinGrids.hierarchy())
        .toJson(FuxinBoundaries.layer(CoordinateSystem.WGS84)));
    JsonNode changyuan = feature(written, FuxinGrids.CHANGYUAN).get("properties");
    assertThat(changyuan.get("code").asText()).isEqualTo("210902001001");
    assertThat(changyuan.get("name").asText()).isEqualTo("长源社区");
    assertThat(changyuan.get("level").asText()).isEqualTo("community");
    assertThat(changyuan.get("households").asInt()).isEqualTo(96 + 104);
    assertThat(changyuan.get("residents").asInt()).isEqualTo(270 + 300);
    assertThat(changyuan.get("parent").asText()).isEqualTo("210902001");
    assertThat(feature(written, FuxinGrids.COUNTY).get("properties").get("parent").isNull()).isTrue();
  }

  @Test
  void callersPropertiesAreAddedAndWinOverTheHierarchys() throws IOException {
    Map<String, Object> changyuan = new HashMap<>();
    changyuan.put("name", "长源社区（新）");
    changyuan.put("onlineGroups", 31);
    changyuan.put("leader", null);
    JsonNode written = tree(writer.withHierarchy(FuxinGrids.hierarchy())
        .withProperties(Map.of(FuxinGrids.CHANGYUAN, changyuan))
        .toJson(FuxinBoundaries.layer(CoordinateSystem.WGS84)));
    JsonNode properties = feature(written, FuxinGrids.CHANGYUAN).get("properties");
    assertThat(properties.get("name").asText()).isEqualTo("长源社区（新）");
    assertThat(properties.get("onlineGroups").asInt()).isEqualTo(31);
    assertThat(properties.get("leader").isNull()).isTrue();
    assertThat(properties.get("households").asInt()).isEqualTo(200);
  }

  @Test
  void refusesPropertiesThatContradictTheCodeOrAreNotJson() {
    assertThatThrownBy(() -> writer.withProperties(Map.of(FuxinGrids.CHANGYUAN, Map.of("code", "210902001002"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("210902001001")
        .hasMessageContaining("210902001002");
    assertThatThrownBy(() -> writer.withProperties(Map.of(FuxinGrids.CHANGYUAN, Map.of("bad", new Object()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("210902001001");
  }

  @Test
  void windsExteriorsCounterClockwiseAndHolesClockwiseWhateverTheInput() throws IOException {
    Polygon clockwiseWithCounterClockwiseHole = (Polygon) GeoJsonText.wkt(FuxinBoundaries.CHANGYUAN).reverse();
    BoundaryLayer layer = BoundaryLayer.of(CoordinateSystem.WGS84,
        List.of(Boundary.of(FuxinGrids.CHANGYUAN, clockwiseWithCounterClockwiseHole)));
    ObjectMapper module = new ObjectMapper().registerModule(new GeoJsonModule());
    Polygon written = module.treeToValue(tree(writer.toJson(layer)).at("/features/0/geometry"), Polygon.class);
    assertThat(Orientation.isCCW(written.getExteriorRing().getCoordinateSequence())).isTrue();
    assertThat(Orientation.isCCW(written.getInteriorRingN(0).getCoordinateSequence())).isFalse();
  }

  @Test
  void roundsCoordinatesToTheConfiguredDecimals() throws IOException {
    BoundaryLayer layer = BoundaryLayer.of(CoordinateSystem.WGS84, List.of(Boundary.of(FuxinGrids.XINHUA,
        GeoJsonText.wkt("POLYGON ((121.66123456789 41.99, 121.68 41.99, 121.68 42.02, 121.66123456789 41.99))"))));
    assertThat(tree(writer.toJson(layer)).at("/features/0/geometry/coordinates/0/0/0").asText())
        .isEqualTo("121.6612346");
    assertThat(tree(writer.withDecimals(3).toJson(layer)).at("/features/0/geometry/coordinates/0/0/0").asText())
        .isEqualTo("121.661");
    assertThatThrownBy(() -> writer.withDecimals(11)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11");
  }

  @Test
  void aGcj02LayerIsConvertedToWgs84ByDefaultAndNeverWrittenAsIfItWereWgs84() throws IOException {
    BoundaryLayer gcj = FuxinBoundaries.layer(CoordinateSystem.GCJ02);
    JsonNode written = tree(writer.toJson(gcj));
    assertThat(written.has("crs")).isFalse();
    Boundary expected = CoordinateTransforms.transform(gcj, CoordinateSystem.WGS84).boundary(FuxinGrids.XINHUA)
        .orElseThrow();
    JsonNode corner = feature(written, FuxinGrids.XINHUA).at("/geometry/coordinates/0/0");
    assertThat(corner.get(0).asDouble()).isEqualTo(Math.round(expected.area().getCoordinates()[0].x * 1e7) / 1e7);
    assertThat(corner.get(0).asDouble()).isNotEqualTo(121.66);
  }

  @Test
  void keepingTheSystemWritesItInACrsMemberThatTheReaderChecks() throws IOException {
    BoundaryLayer gcj = FuxinBoundaries.layer(CoordinateSystem.GCJ02);
    String json = writer.keepingSystem().toJson(gcj);
    assertThat(tree(json).at("/crs/properties/name").asText()).isEqualTo("GCJ02");
    assertThat(feature(tree(json), FuxinGrids.XINHUA).at("/geometry/coordinates/0/0/0").asDouble()).isEqualTo(121.66);
    assertThat(GeoJsonLayerReader.of(CoordinateSystem.GCJ02).read(json).layer().size()).isEqualTo(5);
    assertThatThrownBy(() -> GeoJsonLayerReader.of(CoordinateSystem.WGS84).read(json))
        .isInstanceOf(ImportFailedException.class).hasMessageContaining("crs-mismatch");
  }

  /** Round trip: what is written reads back as the same boundaries and properties. */
  @Test
  void aWrittenLayerReadsBackAsTheSameBoundariesAndProperties() {
    BoundaryLayer layer = FuxinBoundaries.layer(CoordinateSystem.WGS84);
    String json = writer.withHierarchy(FuxinGrids.hierarchy())
        .withProperties(Map.of(FuxinGrids.XINHUA, Map.of("onlineGroups", 12, "tags", List.of("老旧小区"))))
        .toJson(layer);
    GeoJsonImport imported = GeoJsonLayerReader.of(CoordinateSystem.WGS84).withHierarchy(FuxinGrids.hierarchy())
        .read(json);
    assertThat(imported.report().findings()).isEmpty();
    assertThat(imported.layer().boundaries()).extracting(Boundary::grid)
        .containsExactlyElementsOf(layer.boundaries().stream().map(Boundary::grid).toList());
    for (Boundary b : layer.boundaries()) {
      assertThat(imported.layer().boundary(b.grid()).orElseThrow().area().equalsExact(b.area(), 1e-7))
          .as("boundary of %s", b.grid()).isTrue();
    }
    assertThat(imported.properties(FuxinGrids.XINHUA).orElseThrow())
        .containsEntry("name", "新华社区").containsEntry("households", 100).containsEntry("parent", "210902001")
        .containsEntry("onlineGroups", 12).containsEntry("tags", List.of("老旧小区"));
    assertThat(writer.withHierarchy(FuxinGrids.hierarchy()).withProperties(imported.properties())
        .toJson(imported.layer())).isEqualTo(json);
  }

  @Test
  void aRoundTripThroughGcj02ComesBackWithinTheDecimalPrecision() {
    BoundaryLayer gcj = FuxinBoundaries.layer(CoordinateSystem.GCJ02);
    BoundaryLayer back = CoordinateTransforms.transform(
        GeoJsonLayerReader.of(CoordinateSystem.WGS84).read(writer.toJson(gcj)).layer(), CoordinateSystem.GCJ02);
    for (Boundary b : gcj.boundaries()) {
      assertThat(back.boundary(b.grid()).orElseThrow().area().equalsExact(b.area(), 2e-7)).isTrue();
    }
  }

  @Test
  void aConversionThatBreaksABoundaryWritesNothing() {
    BoundaryLayer gcj = BoundaryLayer.of(CoordinateSystem.GCJ02, List.of(Boundary.of(FuxinGrids.CHANGYUAN,
        GeoJsonText.wkt("POLYGON ((121.65 42.0, 121.655 42.00999999, 121.66 42.0, 121.66 42.01, 121.65 42.01, "
            + "121.65 42.0))"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> writer.write(gcj, out)).isInstanceOf(CivicGridException.class)
        .satisfies(e -> assertThat(((CivicGridException) e).code()).isEqualTo(ErrorCode.INVALID_GEOMETRY));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void writesToAStreamWithoutClosingIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the caller's stream was closed");
      }
    };
    writer.write(FuxinBoundaries.layer(CoordinateSystem.WGS84), out);
    assertThat(tree(out.toString(StandardCharsets.UTF_8)).get("features")).hasSize(5);
  }
}
