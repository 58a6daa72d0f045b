package org.civicgrid.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civicgrid.geo.geojson.GeoJsonText.collection;
import static org.civicgrid.geo.geojson.GeoJsonText.feature;
import static org.civicgrid.geo.geojson.GeoJsonText.featureWithGeometry;

import java.util.List;
import java.util.Map;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class GeoJsonLayerReaderTest {
  private static final String CHANGYUAN = FuxinGrids.CHANGYUAN.value();
  private static final String XINHUA = FuxinGrids.XINHUA.value();
  private static final String BUILDING_1 = FuxinGrids.BUILDING_1.value();
  private static final String SQUARE = FuxinBoundaries.XINHUA;
  private final GeoJsonLayerReader reader = GeoJsonLayerReader.of(CoordinateSystem.GCJ02);

  /** The report of an import that must fail. */
  private static Report rejected(GeoJsonLayerReader reader, String json) {
    ImportFailedException e = catchThrowableOfType(ImportFailedException.class, () -> reader.read(json));
    assertThat(e).as("the import is rejected").isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    return e.report();
  }

  private Finding onlyError(String json) {
    List<Finding> errors = rejected(reader, json).withSeverity(Severity.ERROR);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void importsBoundariesAndKeepsEveryPropertyAsTheFileHadIt() {
    String json = collection(
        "{\"type\": \"Feature\", \"id\": \"" + CHANGYUAN + "\", \"properties\": {\"code\": \"" + CHANGYUAN
            + "\", \"name\": \"长源社区\", \"households\": 11000, \"online\": {\"groups\": 31}, "
            + "\"staff\": [\"网格长\", \"专职网格员\"], \"note\": null}, \"geometry\": "
            + GeoJsonText.geometry(GeoJsonText.wkt(FuxinBoundaries.CHANGYUAN)) + "}",
        feature(XINHUA, SQUARE));
    GeoJsonImport imported = reader.read(json);
    BoundaryLayer layer = imported.layer();
    assertThat(layer.system()).isEqualTo(CoordinateSystem.GCJ02);
    assertThat(layer.boundaries()).extracting(b -> b.grid().value()).containsExactly(CHANGYUAN, XINHUA);
    assertThat(layer.boundary(FuxinGrids.CHANGYUAN).orElseThrow().area()
        .equalsExact(GeoJsonText.wkt(FuxinBoundaries.CHANGYUAN))).isTrue();
    Map<String, Object> changyuan = imported.properties(FuxinGrids.CHANGYUAN).orElseThrow();
    assertThat(changyuan).containsEntry("name", "长源社区").containsEntry("households", 11000)
        .containsEntry("online", Map.of("groups", 31)).containsEntry("staff", List.of("网格长", "专职网格员"))
        .containsEntry("note", null);
    assertThatThrownBy(() -> changyuan.put("name", "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(imported.report().findings()).isEmpty();
  }

  @Test
  void takesTheCodeFromTheIdWhenThereIsNoCodePropertyAndFromAConfiguredProperty() {
    String byId = collection("{\"type\": \"Feature\", \"id\": 210902001002, \"properties\": null, \"geometry\": "
        + GeoJsonText.geometry(GeoJsonText.wkt(SQUARE)) + "}");
    assertThat(reader.read(byId).layer().boundary(FuxinGrids.XINHUA)).isPresent();
    String byProperty = collection("{\"type\": \"Feature\", \"properties\": {\"wgbm\": \"" + XINHUA
        + "\"}, \"geometry\": " + GeoJsonText.geometry(GeoJsonText.wkt(SQUARE)) + "}");
    assertThat(reader.withCodeProperty("wgbm").read(byProperty).layer().boundary(FuxinGrids.XINHUA)).isPresent();
  }

  @Test
  void truncatedJsonIsAMalformedInputNamingLineAndColumn() {
    String truncated = collection(feature(XINHUA, SQUARE)).substring(0, 120);
    ImportFailedException e = catchThrowableOfType(ImportFailedException.class, () -> reader.read(truncated));
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e).hasMessageContaining("MALFORMED_INPUT").hasMessageContaining("line 3, column");
    assertThat(e.report().of(GeoJsonRule.MALFORMED_DOCUMENT)).hasSize(1);
  }

  @Test
  void brokenJsonSyntaxNamesWhereItBreaks() {
    String broken = "{\"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": \"Feature\" \"id\": 1}]}";
    assertThat(rejected(reader, broken).findings().get(0).subject()).isEqualTo("line 3, column 24");
  }

  @Test
  void aDocumentThatIsNotAFeatureCollectionIsMalformed() {
    String single = feature(XINHUA, SQUARE);
    assertThatThrownBy(() -> reader.read(single)).isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("\"Feature\"").hasMessageContaining("FeatureCollection");
    assertThatThrownBy(() -> reader.read("[1, 2]")).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> reader.read(collection() + " {}")).hasMessageContaining("more after");
    assertThatThrownBy(() -> reader.read("{\"type\": \"FeatureCollection\", \"features\": {}}"))
        .hasMessageContaining("\"features\" is not an array");
  }

  @Test
  void aSelfIntersectingPolygonIsRepairedAndTheAreaChangeReported() {
    String bowtie = "POLYGON ((121.66 41.99, 121.68 42.02, 121.68 41.99, 121.66 42.02, 121.66 41.99))";
    GeoJsonImport imported = reader.read(collection(feature(XINHUA, bowtie)));
    Finding repaired = imported.report().of(GeoJsonRule.REPAIRED).get(0);
    assertThat(repaired.severity()).isEqualTo(Severity.WARNING);
    assertThat(repaired.subject()).isEqualTo(XINHUA);
    assertThat(repaired.message()).contains("Self-intersection").contains("MultiPolygon").contains("m²")
        .contains("%").contains("feature #1, line 3");
    Geometry area = imported.layer().boundary(FuxinGrids.XINHUA).orElseThrow().area();
    assertThat(area.isValid()).isTrue();
    assertThat(area.getNumGeometries()).isEqualTo(2);
  }

  @Test
  void aRepairThatChangesTheAreaSaysByHowMuch() {
    String holeOutsideShell = "POLYGON ((121.66 41.99, 121.68 41.99, 121.68 42.02, 121.66 42.02, 121.66 41.99), "
        + "(121.69 42.0, 121.69 42.01, 121.7 42.01, 121.7 42.0, 121.69 42.0))";
    Finding repaired = reader.read(collection(feature(XINHUA, holeOutsideShell))).report()
        .of(GeoJsonRule.REPAIRED).get(0);
    assertThat(repaired.message()).contains("Hole lies outside shell")
        .containsPattern("\\(\\+[0-9.]+ m², \\+[0-9.]+ %\\)");
  }

  @Test
  void aPolygonThatCannotBeRepairedIsAnErrorNotDroppedSilently() {
    String collapsed = "POLYGON ((121.66 41.99, 121.67 42.0, 121.68 42.01, 121.66 41.99))";
    Report report = rejected(reader,
        collection(feature(CHANGYUAN, FuxinBoundaries.COUNTY), feature(XINHUA, collapsed)));
    Finding error = report.of(GeoJsonRule.UNREPAIRABLE).get(0);
    assertThat(error.subject()).isEqualTo(XINHUA);
    assertThat(error.message()).contains("cannot be repaired").contains("feature #2");
  }

  @Test
  void wrongWindingIsRewoundAndNoted() {
    String clockwise = "POLYGON ((121.66 41.99, 121.66 42.02, 121.68 42.02, 121.68 41.99, 121.66 41.99))";
    GeoJsonImport imported = reader.read(collection(feature(XINHUA, clockwise)));
    assertThat(imported.report().of(GeoJsonRule.WRONG_WINDING)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
        .satisfies(f -> assertThat(f.message()).startsWith("1 ring(s)"));
    Polygon area = (Polygon) imported.layer().boundary(FuxinGrids.XINHUA).orElseThrow().area();
    assertThat(Orientation.isCCW(area.getExteriorRing().getCoordinateSequence())).isTrue();
  }

  @Test
  void duplicateCodesRejectTheImport() {
    Finding error = onlyError(collection(feature(XINHUA, SQUARE), feature(XINHUA, SQUARE)));
    assertThat(error.rule()).isEqualTo(GeoJsonRule.DUPLICATE_CODE);
    assertThat(error.message()).contains("feature #1").contains("feature #2");
  }

  @Test
  void aFeatureWithoutACodeRejectsTheImport() {
    Finding error = onlyError(collection(
        "{\"type\": \"Feature\", \"properties\": {\"name\": \"新华社区\"}, \"geometry\": "
            + GeoJsonText.geometry(GeoJsonText.wkt(SQUARE)) + "}"));
    assertThat(error.rule()).isEqualTo(GeoJsonRule.MISSING_CODE);
    assertThat(error.subject()).isEqualTo("feature #1");
  }

  @Test
  void badCodesRejectTheImport() {
    String geometry = GeoJsonText.geometry(GeoJsonText.wkt(SQUARE));
    assertThat(onlyError(collection(featureWithGeometry("2109-02", geometry))))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(GeoJsonRule.BAD_CODE))
        .satisfies(f -> assertThat(f.message()).contains("2109-02"));
    assertThat(onlyError(collection("{\"type\": \"Feature\", \"id\": \"" + CHANGYUAN + "\", \"properties\": "
        + "{\"code\": \"" + XINHUA + "\"}, \"geometry\": " + geometry + "}")).message())
        .contains("disagree").contains(CHANGYUAN).contains(XINHUA);
    assertThat(onlyError(collection("{\"type\": \"Feature\", \"id\": 1.5, \"properties\": {}, \"geometry\": "
        + geometry + "}")).rule()).isEqualTo(GeoJsonRule.BAD_CODE);
  }

  @Test
  void pointsAndLinesAreWrongGeometryTypes() {
    Report report = rejected(reader, collection(
        featureWithGeometry(CHANGYUAN, "{\"type\": \"Point\", \"coordinates\": [121.65, 42.0]}"),
        featureWithGeometry(XINHUA, "{\"type\": \"LineString\", \"coordinates\": [[121.66, 42.0], [121.67, 42.0]]}")));
    assertThat(report.of(GeoJsonRule.WRONG_GEOMETRY_TYPE)).extracting(Finding::subject)
        .containsExactly(CHANGYUAN, XINHUA);
    assertThat(report.of(GeoJsonRule.WRONG_GEOMETRY_TYPE).get(1).message()).contains("LineString");
  }

  @Test
  void ringsWithFewerThanFourPositionsAreErrors() {
    Finding error = onlyError(collection(featureWithGeometry(XINHUA,
        "{\"type\": \"Polygon\", \"coordinates\": [[[121.66, 41.99], [121.68, 41.99], [121.66, 41.99]]]}")));
    assertThat(error.rule()).isEqualTo(GeoJsonRule.RING_TOO_SHORT);
    assertThat(error.message()).contains("exterior ring has 3 position(s)");
  }

  @Test
  void ringsThatDoNotCloseAreErrors() {
    Finding error = onlyError(collection(featureWithGeometry(XINHUA, "{\"type\": \"Polygon\", \"coordinates\": "
        + "[[[121.66, 41.99], [121.68, 41.99], [121.68, 42.02], [121.66, 42.02]]]}")));
    assertThat(error.rule()).isEqualTo(GeoJsonRule.RING_NOT_CLOSED);
  }

  @Test
  void nanInfiniteNonNumericAndOutOfRangeCoordinatesAreErrors() {
    Report report = rejected(reader, collection(
        featureWithGeometry("210902001001", "{\"type\": \"Polygon\", \"coordinates\": "
            + "[[[121.64, 41.99], [NaN, 41.99], [121.66, 42.02], [121.64, 41.99]]]}"),
        featureWithGeometry("210902001002", "{\"type\": \"Polygon\", \"coordinates\": "
            + "[[[121.66, 41.99], [121.68, 1e999], [121.68, 42.02], [121.66, 41.99]]]}"),
        featureWithGeometry("210902201201", "{\"type\": \"Polygon\", \"coordinates\": "
            + "[[[121.66, 41.99], [\"121.68\", 41.99], [121.68, 42.02], [121.66, 41.99]]]}"),
        featureWithGeometry("210902201", "{\"type\": \"MultiPolygon\", \"coordinates\": "
            + "[[[[121.66, 41.99], [301.68, 41.99], [121.68, 42.02], [121.66, 41.99]]]]}")));
    assertThat(report.of(GeoJsonRule.BAD_COORDINATE)).extracting(Finding::subject)
        .containsExactly("210902001001", "210902001002", "210902201201", "210902201");
    assertThat(report.of(GeoJsonRule.BAD_COORDINATE).get(0).message()).contains("position 2 [\"NaN\",41.99]");
    assertThat(report.of(GeoJsonRule.BAD_COORDINATE).get(3).message()).contains("polygon 1, exterior ring");
  }

  @Test
  void nullGeometriesAndEmptyCoordinatesAreEmptyGeometryErrors() {
    Report report = rejected(reader, collection(
        featureWithGeometry(CHANGYUAN, "null"),
        featureWithGeometry(XINHUA, "{\"type\": \"Polygon\", \"coordinates\": []}"),
        featureWithGeometry(BUILDING_1, "{\"type\": \"MultiPolygon\", \"coordinates\": [[]]}")));
    assertThat(report.of(GeoJsonRule.EMPTY_GEOMETRY)).extracting(Finding::subject)
        .containsExactly(CHANGYUAN, XINHUA, BUILDING_1);
  }

  @Test
  void misshapenFeaturesAreMalformedFeatures() {
    Report report = rejected(reader, collection(
        "42",
        "{\"type\": \"Feature\", \"id\": \"" + CHANGYUAN + "\", \"properties\": [1], \"geometry\": "
            + GeoJsonText.geometry(GeoJsonText.wkt(FuxinBoundaries.CHANGYUAN)) + "}",
        featureWithGeometry(XINHUA, "{\"type\": \"Polygon\", \"coordinates\": [[121.66, 41.99]]}"),
        featureWithGeometry(BUILDING_1, "{\"type\": \"Polygon\"}"),
        featureWithGeometry("210902201", "{\"type\": \"Hexagon\", \"coordinates\": []}")));
    assertThat(report.of(GeoJsonRule.MALFORMED_FEATURE)).extracting(Finding::subject)
        .containsExactly("feature #1", "feature #2", XINHUA, BUILDING_1, "210902201");
  }

  @Test
  void aCrsMemberMustNameTheDeclaredSystem() {
    String gcj = "{\"type\": \"FeatureCollection\", "
        + "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"GCJ02\"}}, "
        + "\"features\": [" + feature(XINHUA, SQUARE) + "]}";
    assertThat(reader.read(gcj).layer().size()).isEqualTo(1);
    Finding error = onlyError(gcj.replace("GCJ02", "urn:ogc:def:crs:OGC:1.3:CRS84"));
    assertThat(error.rule()).isEqualTo(GeoJsonRule.CRS_MISMATCH);
    assertThat(error.message()).contains("CRS84").contains("GCJ02");
    assertThat(GeoJsonLayerReader.of(CoordinateSystem.CGCS2000)
        .read(gcj.replace("GCJ02", "EPSG:4326")).layer().size()).isEqualTo(1);
  }

  @Test
  void gridsOutsideTheHierarchyAreErrors() {
    assertThat(reader.read(collection(feature("210902001009", SQUARE))).layer().size()).isEqualTo(1);
    Report report = rejected(reader.withHierarchy(FuxinGrids.hierarchy()), collection(feature("210902001009", SQUARE)));
    assertThat(report.of(GeoJsonRule.UNKNOWN_GRID)).extracting(Finding::subject).containsExactly("210902001009");
  }

  @Test
  void aGridOutsideItsParentIsReportedWithTheAreaOutside() {
    String spilling = "POLYGON ((121.67 42.0, 121.69 42.0, 121.69 42.01, 121.67 42.01, 121.67 42.0))";
    GeoJsonImport imported = reader.withHierarchy(FuxinGrids.hierarchy()).read(collection(
        feature(FuxinGrids.SUBDISTRICT.value(), FuxinBoundaries.SUBDISTRICT),
        feature(CHANGYUAN, spilling),
        feature(XINHUA, FuxinBoundaries.XINHUA)));
    Finding outside = imported.report().of(GeoJsonRule.OUTSIDE_PARENT).get(0);
    assertThat(outside.severity()).isEqualTo(Severity.WARNING);
    assertThat(outside.subject()).isEqualTo(CHANGYUAN);
    assertThat(outside.message()).contains("outside its parent 210902001").contains("和平街道")
        .containsPattern("lies 9[0-9]{5}\\.[0-9] m² \\(50\\.[0-9]{2} %\\)");
    assertThat(imported.report().of(GeoJsonRule.OUTSIDE_PARENT)).hasSize(1);
    assertThat(imported.layer().size()).isEqualTo(3);
  }

  @Test
  void theNearestAncestorWithABoundaryServesAndMayComeFromKnownBoundaries() {
    String stickingOut = "POLYGON ((121.639 41.991, 121.642 41.991, 121.642 41.992, 121.639 41.992, 121.639 41.991))";
    BoundaryLayer known = BoundaryLayer.of(CoordinateSystem.GCJ02,
        List.of(FuxinBoundaries.boundary(FuxinGrids.CHANGYUAN, FuxinBoundaries.CHANGYUAN)));
    GeoJsonImport imported = reader.withHierarchy(FuxinGrids.hierarchy()).withKnownBoundaries(known)
        .read(collection(feature(BUILDING_1, stickingOut)));
    assertThat(imported.report().of(GeoJsonRule.OUTSIDE_PARENT)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("ancestor " + CHANGYUAN));
  }

  @Test
  void slightOverhangsWithinTheToleranceAreNotReported() {
    // 0.000005° of longitude at 42° is about 0.41 m over Xinhua's east edge.
    String overhang = "POLYGON ((121.66 41.99, 121.680005 41.99, 121.680005 42.02, 121.66 42.02, 121.66 41.99))";
    String json = collection(feature(FuxinGrids.SUBDISTRICT.value(), FuxinBoundaries.SUBDISTRICT),
        feature(XINHUA, overhang));
    GeoJsonLayerReader checking = reader.withHierarchy(FuxinGrids.hierarchy());
    assertThat(checking.read(json).report().findings()).isEmpty();
    assertThat(checking.withParentTolerance(0.1).read(json).report().of(GeoJsonRule.OUTSIDE_PARENT)).hasSize(1);
  }

  @Test
  void theImportIsAllOrNothingAndTheReportHasEveryFinding() {
    String clockwise = "POLYGON ((121.66 41.99, 121.66 42.02, 121.68 42.02, 121.68 41.99, 121.66 41.99))";
    Report report = rejected(reader, collection(
        feature(XINHUA, clockwise),
        featureWithGeometry(CHANGYUAN, "{\"type\": \"Point\", \"coordinates\": [121.65, 42.0]}"),
        feature(BUILDING_1, FuxinBoundaries.BUILDING_1)));
    assertThat(report.findings()).extracting(Finding::rule)
        .containsExactly(GeoJsonRule.WRONG_WINDING, GeoJsonRule.WRONG_GEOMETRY_TYPE);
  }

  @Test
  void theExceptionSummarisesTheErrors() {
    assertThatThrownBy(() -> reader.read(collection(feature(XINHUA, SQUARE), feature(XINHUA, SQUARE))))
        .hasMessageStartingWith("MALFORMED_INPUT: GeoJSON layer: 1 error(s)")
        .hasMessageContaining("duplicate-code");
  }

  @Test
  void anEmptyCollectionIsAnEmptyLayer() {
    assertThat(reader.read(collection()).layer().size()).isZero();
  }

  @Test
  void refusesCallerMistakes() {
    assertThatThrownBy(() -> reader.withParentTolerance(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> reader.withKnownBoundaries(BoundaryLayer.empty(CoordinateSystem.WGS84)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WGS84").hasMessageContaining("GCJ02");
    assertThatThrownBy(() -> reader.withCodeProperty("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoJsonLayerReader.of(null)).isInstanceOf(NullPointerException.class);
  }
}
