package org.civicgrid.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.junit.jupiter.api.Test;

class GeoJsonPointReaderTest {
  private final GeoJsonPointReader reader = GeoJsonPointReader.of(CoordinateSystem.WGS84);

  private static String point(String coordinates, String properties) {
    return "{\"type\": \"Feature\", \"properties\": " + properties
        + ", \"geometry\": {\"type\": \"Point\", \"coordinates\": " + coordinates + "}}";
  }

  @Test
  void readsEveryPointWithItsPropertiesAndLine() {
    GeoJsonPointReader.Points points = reader.read(GeoJsonText.collection(
        point("[121.65, 42.0]", "{\"households\": 28, \"residents\": 84}"), point("[121.66, 42.01]", "null")));
    assertThat(points.report().findings()).isEmpty();
    assertThat(points.features()).containsExactly(
        new GeoJsonPointReader.PointFeature(1, 3, 121.65, 42.0, Map.of("households", 28, "residents", 84)),
        new GeoJsonPointReader.PointFeature(2, 4, 121.66, 42.01, Map.of()));
    assertThat(points.features().get(0).isLocated()).isTrue();
  }

  @Test
  void everyBadFeatureIsAFindingNamingItAndTheRestAreStillReturned() {
    GeoJsonPointReader.Points points = reader.read(GeoJsonText.collection(
        GeoJsonText.feature("210902001001", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
        point("[190, 42]", "{\"households\": 3}"),
        "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}",
        "[1, 2]",
        point("[121.65, 42.0]", "{}")));
    assertThat(points.report().findings()).extracting(Finding::rule, Finding::subject).containsExactly(
        tuple(GeoJsonRule.WRONG_GEOMETRY_TYPE, "feature #1"),
        tuple(GeoJsonRule.BAD_COORDINATE, "feature #2"),
        tuple(GeoJsonRule.EMPTY_GEOMETRY, "feature #3"),
        tuple(GeoJsonRule.MALFORMED_FEATURE, "feature #4"));
    assertThat(points.report().findings().get(1).message())
        .isEqualTo("position [190,42] is not a finite longitude within ±180 and latitude within ±90 (feature #2, line 4)");
    assertThat(points.features()).hasSize(5);
    assertThat(points.features().get(1).isLocated()).isFalse();
    assertThat(points.features().get(1).properties()).containsEntry("households", 3);
    assertThat(points.features().get(4).isLocated()).isTrue();
  }

  @Test
  void brokenJsonFailsNamingLineAndColumn() {
    ImportFailedException e = catchThrowableOfType(ImportFailedException.class,
        () -> reader.read("{\"type\": \"FeatureCollection\",\n\"features\": [{\"type\": "));
    assertThat(e.report().findings()).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(GeoJsonRule.MALFORMED_DOCUMENT))
        .satisfies(f -> assertThat(f.subject()).startsWith("line 2, column"));
  }

  @Test
  void aCrsOfAnotherSystemIsAnError() {
    GeoJsonPointReader.Points points = reader.read("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", "
        + "\"properties\": {\"name\": \"GCJ02\"}}, \"features\": []}");
    assertThat(points.report().findings()).extracting(Finding::rule).containsExactly(GeoJsonRule.CRS_MISMATCH);
  }
}
