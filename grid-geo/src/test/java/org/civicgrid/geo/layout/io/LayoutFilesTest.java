package org.civicgrid.geo.layout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.layout.io.LayoutFilesHouseholdsTest.HAIZHOU;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.geojson.GeoJsonLayerWriter;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGenerator;
import org.civicgrid.geo.layout.LayoutGrid;
import org.civicgrid.geo.layout.LayoutParent;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.SyntheticCity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Parents and grids files (LayoutFiles.readParents, writeGrids, readGrids). */
class LayoutFilesTest {
  private static SyntheticCity city;
  private static Layout layout;
  private static Parents parents;

  @BeforeAll
  static void layOutASmallCity() {
    city = SyntheticCity.of(20240601, 5_000, 3);
    layout = LayoutGenerator.of(LayoutSettings.of(100)).generate(city.communities(), city.households());
    parents = new Parents(HAIZHOU, city.communities());
  }

  private static String parentsJson(List<LayoutParent> parents, LocalFrame frame) {
    return GeoJsonLayerWriter.rfc7946().withDecimals(9).toJson(BoundaryLayer.of(CoordinateSystem.WGS84,
        parents.stream().map(p -> Boundary.of(GridCode.of(p.id()), frame.toLonLat().transform(p.area()))).toList()));
  }

  private static String gridsJson(Layout layout, Map<String, Map<String, Double>> metrics) throws IOException {
    StringWriter out = new StringWriter();
    LayoutFiles.writeGrids(layout, HAIZHOU, metrics, out);
    return out.toString();
  }

  private static String square(String code, String parent, String households, String wktLonLat) {
    return "{\"type\": \"Feature\", \"properties\": {\"code\": \"" + code + "\", \"parent\": " + parent
        + ", \"households\": " + households + "}, \"geometry\": " + geometry(wktLonLat) + "}";
  }

  private static Geometry wkt(String wkt) {
    try {
      return new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  /** The GeoJSON geometry object of a WKT polygon, as the geo module writes it. */
  private static String geometry(String wkt) {
    return GeoJsonLayerWriter.rfc7946().toJson(BoundaryLayer.of(CoordinateSystem.WGS84,
        List.of(Boundary.of(GridCode.of("1"), wkt(wkt))))).replaceFirst("(?s).*\"geometry\":(\\{.*?\\]\\]\\]?\\}).*", "$1");
  }

  private static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", features) + "\n]}";
  }

  private static LayoutFileException gridsRejected(String json) {
    return catchThrowableOfType(LayoutFileException.class,
        () -> LayoutFiles.readGrids(new StringReader(json), "grids.geojson", parents));
  }

  private static LayoutFileException parentsRejected(String json) {
    return catchThrowableOfType(LayoutFileException.class,
        () -> LayoutFiles.readParents(new StringReader(json), "parents.geojson", "code"));
  }

  @Test
  void parentsAreReadInAFrameAroundTheirExtent() throws IOException {
    Parents read = LayoutFiles.readParents(new StringReader(parentsJson(city.communities(), HAIZHOU)),
        "parents.geojson", "code");
    assertThat(read.all()).extracting(LayoutParent::id)
        .containsExactlyElementsOf(city.communities().stream().map(LayoutParent::id).toList());
    assertThat(read.frame().longitude()).isCloseTo(HAIZHOU.toLonLat(8_000, 8_000).x, within(1e-9));
    assertThat(read.frame().latitude()).isCloseTo(HAIZHOU.toLonLat(8_000, 8_000).y, within(1e-9));
    Parents inHaizhou = LayoutFiles.readParents(new StringReader(parentsJson(city.communities(), HAIZHOU)),
        "parents.geojson", "code", HAIZHOU);
    for (int i = 0; i < city.communities().size(); i++) {
      assertThat(inHaizhou.all().get(i).area().getArea())
          .isCloseTo(city.communities().get(i).area().getArea(), within(1.0));
    }
    assertThat(inHaizhou.parent(city.communities().get(0).id())).isPresent();
  }

  @Test
  void aParentWithoutACodeAndDuplicateCodesAreNamedByFeature() {
    String square = "POLYGON ((121.60 41.95, 121.61 41.95, 121.61 41.96, 121.60 41.96, 121.60 41.95))";
    LayoutFileException e = parentsRejected(collection(
        "{\"type\": \"Feature\", \"properties\": {\"name\": \"长源社区\"}, \"geometry\": " + geometry(square) + "}",
        "{\"type\": \"Feature\", \"properties\": {\"code\": \"210902001001\"}, \"geometry\": " + geometry(square) + "}",
        "{\"type\": \"Feature\", \"properties\": {\"code\": \"210902001001\"}, \"geometry\": " + geometry(square) + "}"));
    assertThat(e.problems()).extracting(LayoutFileProblem::toString).containsExactly(
        "parents.geojson feature 1 (line 2): feature has neither an id nor a \"code\" property",
        "parents.geojson feature 3 (code 210902001001, line 4): 210902001001 is also the code of feature #2");
  }

  @Test
  void truncatedParentsNameLineAndColumnAndAnEmptyCollectionHasNoParents() {
    LayoutFileException e = parentsRejected("{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\"");
    assertThat(e.location()).startsWith("line 2, column ");
    assertThat(parentsRejected(collection()).problems()).extracting(LayoutFileProblem::toString)
        .containsExactly("parents.geojson file: has no parents");
  }

  @Test
  void gridsRoundTripWithTheirCodesHouseholdsAndAreasWithinOneSquareMetre(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("grids.geojson");
    LayoutFiles.writeGrids(layout, HAIZHOU, Map.of(), file);
    Layout read = LayoutFiles.readGrids(file, parents);
    assertThat(read.grids()).hasSize(layout.grids().size()).hasSizeGreaterThan(40);
    for (int i = 0; i < layout.grids().size(); i++) {
      LayoutGrid written = layout.grids().get(i);
      LayoutGrid back = read.grids().get(i);
      assertThat(back.code()).isEqualTo(written.code());
      assertThat(back.parent()).isEqualTo(written.parent());
      assertThat(back.households()).isEqualTo(written.households());
      assertThat(back.units()).isEqualTo(written.units());
      assertThat(back.area().getArea()).isCloseTo(written.area().getArea(), within(1.0));
    }
  }

  @Test
  void gridsCarryTheirPropertiesAndMetricsInAFixedOrder() throws IOException {
    LayoutGrid first = layout.grids().get(0);
    String json = gridsJson(layout, Map.of("workload", Map.of(first.code(), 96.5)));
    assertThat(json).contains("\"properties\":{\"code\":\"" + first.code() + "\",\"parent\":\"" + first.parent()
        + "\",\"households\":" + first.households() + ",\"units\":" + first.units() + ",\"workload\":96.5}");
    assertThat(json).contains("\"workload\":null");
    assertThat(gridsJson(layout, Map.of())).isEqualTo(gridsJson(layout, Map.of()));
    assertThatThrownBy(() -> gridsJson(layout, Map.of("households", Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("metric households would replace a grid property");
  }

  @Test
  void badGridsAreEachNamedByFeatureAndNothingIsReturned() {
    String parent = city.communities().get(0).id();
    Geometry inside = city.communities().get(0).area().getInteriorPoint().buffer(20, 1);
    String wkt = HAIZHOU.toLonLat().transform(inside).toText();
    String far = "POLYGON ((100 30, 100.01 30, 100.01 30.01, 100 30.01, 100 30))";
    String farArea = String.format(Locale.ROOT, "%.0f", HAIZHOU.toMetres().transform(wkt(far)).getArea());
    LayoutFileException e = gridsRejected(collection(
        square(parent + "001", "\"" + parent + "\"", "null", wkt),
        square(parent + "002", "\"" + parent + "\"", "-4", wkt),
        square(parent + "003", "\"999999999999\"", "10", wkt),
        square(parent + "004", "\"" + parent + "\"", "10", far),
        square(parent + "005", "null", "10", wkt)));
    assertThat(e.problems()).extracting(LayoutFileProblem::toString).containsExactly(
        "grids.geojson feature 1 (code " + parent + "001): has no households property",
        "grids.geojson feature 2 (code " + parent + "002): households '-4' is less than 0",
        "grids.geojson feature 3 (code " + parent + "003): parent '999999999999' is not in the parents file",
        "grids.geojson feature 4 (code " + parent + "004): lies outside its parent " + parent + " by "
            + farArea + " m² (of " + farArea + " m²)",
        "grids.geojson feature 5 (code " + parent + "005): has no parent property");
  }

  @Test
  void aGridThatIsNotAPolygonIsNamed() {
    LayoutFileException e = gridsRejected(collection("{\"type\": \"Feature\", \"properties\": {\"code\": \"2109020010010001\", "
        + "\"households\": 3, \"parent\": \"210902001001\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [121.6, 42]}}"));
    assertThat(e.problems()).extracting(LayoutFileProblem::toString).containsExactly(
        "grids.geojson feature 1 (code 2109020010010001, line 2): 2109020010010001 is a Point; a grid boundary must be a Polygon or MultiPolygon");
  }
}
