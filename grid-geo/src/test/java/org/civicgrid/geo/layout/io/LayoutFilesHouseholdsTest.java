package org.civicgrid.geo.layout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.layout.HouseholdSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Households files: the CSV table and GeoJSON points (LayoutFiles.readHouseholds). */
class LayoutFilesHouseholdsTest {
  static final LocalFrame HAIZHOU = new LocalFrame(121.65, 42.0);

  static ImmutableList<HouseholdSite> read(String text) throws IOException {
    return LayoutFiles.readHouseholds(new StringReader(text), "households.csv", HAIZHOU);
  }

  static LayoutFileException rejected(String text) {
    LayoutFileException e = catchThrowableOfType(LayoutFileException.class, () -> read(text));
    assertThat(e).as("the file is rejected").isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.file()).isEqualTo("households.csv");
    return e;
  }

  @Test
  void readsACsvWithColumnsInAnyOrderExtraColumnsQuotesBomCrlfAndResidentsWhenGiven() throws IOException {
    ImmutableList<HouseholdSite> sites = read("\uFEFFname,households,lat,lon,residents\r\n"
        + "\"1号楼, 长源社区\",28,42.0,121.65,84\r\n"
        + "\r\n"
        + "2号楼,48,42.001,121.651,\r\n");
    Coordinate second = HAIZHOU.toMetres(121.651, 42.001);
    assertThat(sites).containsExactly(new HouseholdSite(0, 0, 28, 84), new HouseholdSite(second.x, second.y, 48, 0));
    assertThat(second.x).isCloseTo(82.9, within(0.1));
  }

  @Test
  void aCsvWithoutAHouseholdsColumnIsRejectedNamingTheHeader() {
    LayoutFileException e = rejected("lon,lat,people\n121.65,42.0,3\n");
    assertThat(e.location()).isEqualTo("line 1");
    assertThat(e.problem()).isEqualTo(
        "the header lon,lat,people has no households column; a households table needs lon, lat and households");
  }

  @Test
  void aNonNumericCountIsRejectedWithFileLineAndValue() {
    LayoutFileException e = rejected("lon,lat,households\n121.65,42.0,28\n121.65,42.0,x\n");
    assertThat(e).hasMessage("MALFORMED_INPUT: households.csv line 3: households 'x' is not a whole number");
    assertThat(e.location()).isEqualTo("line 3");
    assertThat(e.problem()).isEqualTo("households 'x' is not a whole number");
  }

  @Test
  void everyBadFieldOfEveryRowIsReported() {
    LayoutFileException e = rejected("lon,lat,households,residents\n"
        + "NaN,42.0,28,84\n"
        + "121.65,95,2.5,-1\n"
        + "abc,42.0,0,3\n"
        + "121.65\n");
    assertThat(e.problems()).extracting(LayoutFileProblem::toString).containsExactly(
        "households.csv line 2: lon 'NaN' is not a finite number",
        "households.csv line 3: lat '95' is outside -90..90",
        "households.csv line 3: households '2.5' is not a whole number",
        "households.csv line 3: residents '-1' is less than 0",
        "households.csv line 4: lon 'abc' is not a number",
        "households.csv line 4: households '0' is less than 1",
        "households.csv line 5: has 1 field(s); the header needs at least 4");
  }

  @Test
  void anEmptyFileAndAHeaderAloneAreRejected() {
    assertThat(rejected("").problems()).extracting(LayoutFileProblem::toString).containsExactly(
        "households.csv file: is empty; a households table starts with a header lon,lat,households[,residents]");
    assertThat(rejected("lon,lat,households\n").problem()).isEqualTo("has a header but no households");
  }

  @Test
  void manyProblemsAreCappedAndTheRestCounted() {
    StringBuilder csv = new StringBuilder("lon,lat,households\n");
    for (int i = 0; i < 25; i++) {
      csv.append("121.65,42.0,x\n");
    }
    LayoutFileException e = rejected(csv.toString());
    assertThat(e.problems()).hasSize(LayoutFileException.SHOWN);
    assertThat(e.more()).isEqualTo(5);
    assertThat(e.getMessage()).endsWith("households.csv line 21: households 'x' is not a whole number\n… and 5 more");
  }

  @Test
  void readsGeoJsonPointsWithOneHouseholdAndUnknownResidentsByDefault() throws IOException {
    ImmutableList<HouseholdSite> sites = read("  {\"type\": \"FeatureCollection\", \"features\": [\n"
        + "{\"type\": \"Feature\", \"properties\": {\"households\": 28, \"residents\": 84},"
        + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [121.65, 42.0]}},\n"
        + "{\"type\": \"Feature\", \"properties\": null, \"geometry\": {\"type\": \"Point\", \"coordinates\": [121.65, 42.0]}}\n"
        + "]}");
    assertThat(sites).containsExactly(new HouseholdSite(0, 0, 28, 84), new HouseholdSite(0, 0, 1, 0));
  }

  @Test
  void geoJsonProblemsNameTheFeatureAndItsLine() {
    LayoutFileException e = rejected("{\"type\": \"FeatureCollection\", \"features\": [\n"
        + "{\"type\": \"Feature\", \"properties\": {\"households\": \"x\"},"
        + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [121.65, 42.0]}},\n"
        + "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null},\n"
        + "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [200, 42.0]}}\n"
        + "]}");
    assertThat(e.problems()).extracting(LayoutFileProblem::toString).containsExactly(
        "households.csv feature 2 (line 3): feature has no geometry (null or absent)",
        "households.csv feature 3 (line 4): position [200,42.0] is not a finite longitude within ±180 and latitude within ±90",
        "households.csv feature 1 (line 2): households 'x' is not a whole number");
  }

  @Test
  void truncatedGeoJsonNamesLineAndColumn() {
    LayoutFileException e = rejected("{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Fea");
    assertThat(e.location()).startsWith("line 2, column");
    assertThat(e.problem()).contains("Unexpected end-of-input");
  }

  @Test
  void aPathIsReportedAsGiven(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("households.csv");
    Files.writeString(file, "lon,lat,households\n121.65,42.0,28\n121.65,42.0,-3\n");
    LayoutFileException e = catchThrowableOfType(LayoutFileException.class,
        () -> LayoutFiles.readHouseholds(file, HAIZHOU));
    assertThat(e.getMessage()).isEqualTo("MALFORMED_INPUT: " + file + " line 3: households '-3' is less than 1");
    Files.writeString(file, "lon,lat,households\n121.65,42.0,28\n");
    assertThat(LayoutFiles.readHouseholds(file, HAIZHOU)).containsExactly(new HouseholdSite(0, 0, 28));
  }
}
