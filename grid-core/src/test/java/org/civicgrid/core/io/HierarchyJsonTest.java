package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.CodeRule;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.HierarchyRule;
import org.civicgrid.core.hierarchy.InvalidHierarchyException;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HierarchyJsonTest {
  private static final GridCode BUILDING_GRID = GridCode.of("210902001001001001");

  /** Haizhou district, Fuxin: an urban branch down to building grids and a rural one down to hamlets. */
  static GridHierarchy fuxin() {
    Place building = Place.building("HP-1", "1号楼", BUILDING_GRID, 0, 0).withTags("elderly-alone");
    return GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902").withTags("party-branch", "flood-prone"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"))
        .add(GridNode.of("210902001001001", "一号小区", "compound", "210902001001"))
        .add(GridNode.of(BUILDING_GRID.value(), "1号楼网格", "building-grid", "210902001001001"))
        .add(GridNode.of("210902001001002", "第一中学", "compound", "210902001001").withKind(GridKind.DEDICATED)
            .withCounts(0, 1200))
        .add(GridNode.of("210902201", "韩家店镇", "township", "210902"))
        .add(GridNode.of("210902201201", "韩家店村", "village", "210902201"))
        .add(GridNode.of("210902201201001", "一组", "hamlet", "210902201201").withCounts(50, 140))
        .add(building)
        .add(Place.unit("HP-1-1", "1单元", building, 48, 130))
        .add(Place.unit("HP-1-2", "2单元", building, 52, 141).withTags("wheelchair"))
        .add(new Place("HG-1", PlaceKind.HOUSEHOLD_GROUP, "东院", GridCode.of("210902001001002"), null, 0, 0,
            com.google.common.collect.ImmutableSet.of()))
        .build();
  }

  private static String json(GridHierarchy h) throws IOException {
    StringWriter out = new StringWriter();
    HierarchyJson.write(h, out);
    return out.toString();
  }

  private static GridHierarchy read(String json) throws IOException {
    return HierarchyJson.read(new StringReader(json));
  }

  @Test
  void roundTripKeepsSchemeNodesPlacesTagsAndKinds() throws IOException {
    GridHierarchy original = fuxin();
    GridHierarchy back = read(json(original));
    assertThat(back.scheme()).isEqualTo(original.scheme()).isEqualTo(LevelSchemes.fuxin());
    assertThat(back.grids()).extracting(Grid::node).containsExactlyElementsOf(
        original.grids().stream().map(Grid::node).toList());
    assertThat(back.places()).containsExactlyElementsOf(original.places());
    assertThat(back.get(GridCode.of("210902001001002")).node().kind()).isEqualTo(GridKind.DEDICATED);
    assertThat(back.get(GridCode.of("210902001")).node().tags()).containsExactly("party-branch", "flood-prone");
    assertThat(back.get(GridCode.of("210902")).households()).isEqualTo(150);
    assertThat(back.place("HP-1-2")).map(Place::tags).hasValueSatisfying(t -> assertThat(t).containsExactly("wheelchair"));
  }

  @Test
  void writesHeaderFirstGridsDepthFirstAndLeavesDefaultsOut() throws IOException {
    String json = json(fuxin());
    assertThat(json).startsWith("{\"format\":\"civicgrid-hierarchy\",\n\"version\":1,\n\"scheme\":{\"id\":\"fuxin\"");
    assertThat(json).contains("\n  {\"code\":\"210902\",\"name\":\"海州区\",\"level\":\"county\"},\n");
    assertThat(json).contains("{\"code\":\"210902001001002\",\"name\":\"第一中学\",\"level\":\"compound\","
        + "\"parent\":\"210902001001\",\"kind\":\"DEDICATED\",\"residents\":1200}");
    assertThat(json).contains("{\"id\":\"HP-1-1\",\"kind\":\"UNIT\",\"name\":\"1单元\",\"grid\":\"210902001001001001\","
        + "\"parent\":\"HP-1\",\"households\":48,\"residents\":130}");
    assertThat(json).doesNotContain("COMPREHENSIVE").doesNotContain("\"tags\":[]").doesNotContain("\"households\":0")
        .doesNotContain("\"parent\":null");
    assertThat(json.indexOf("210902001001001001\"")).isLessThan(json.indexOf("\"code\":\"210902201\""));
    assertThat(json).endsWith("]}\n");
  }

  @Test
  void roundTripsThroughFilesAndStreamsLeavingStreamsOpen(@TempDir Path dir) throws IOException {
    GridHierarchy original = fuxin();
    Path file = dir.resolve("haizhou.json");
    HierarchyJson.write(original, file);
    assertThat(HierarchyJson.read(file).grids()).hasSize(original.size());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HierarchyJson.write(original, bytes);
    bytes.write(' ');
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).contains("海州区");
    GridHierarchy back = HierarchyJson.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(back.places()).containsExactlyElementsOf(original.places());
  }

  @Test
  void emptyHierarchyRoundTrips() throws IOException {
    GridHierarchy empty = GridHierarchy.builder(LevelSchemes.nbs()).build();
    String json = json(empty);
    assertThat(json).contains("\"grids\":[],\n\"places\":[]}");
    assertThat(read(json).size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 12, 40, 300, 1500, 2500})
  void truncatedDocumentIsMalformedAtItsEnd(int keep) throws IOException {
    String json = json(fuxin());
    String truncated = json.substring(0, Math.min(keep, json.length() - 5));
    String[] lines = truncated.split("\n", -1);
    assertThatThrownBy(() -> read(truncated))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageContaining("line " + lines.length + ", column ")
        .hasMessageContaining("end-of-input")
        .hasMessageNotContaining("Source:");
  }

  @Test
  void brokenSyntaxNamesLineAndColumn() {
    String json = "{\"format\":\"civicgrid-hierarchy\",\n\"version\":1,\n\"scheme\":{\"id\" \"x\"}}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageStartingWith("MALFORMED_INPUT: hierarchy document, line 3, column 16: Unexpected character");
  }

  @Test
  void wrongFormatIsNamed() throws IOException {
    String json = json(fuxin()).replace("civicgrid-hierarchy", "geojson");
    assertThatThrownBy(() -> read(json)).isInstanceOf(CivicGridException.class)
        .hasMessage("MALFORMED_INPUT: hierarchy document, line 1, column 11: format \"geojson\" is not civicgrid-hierarchy");
  }

  @Test
  void documentThatDoesNotStartWithFormatIsRefused() {
    assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[]}"))
        .isInstanceOf(CivicGridException.class)
        .hasMessageContaining("line 1, column 9: not a civicgrid-hierarchy document: it must start with \"format\", not \"type\"");
    assertThatThrownBy(() -> read("[]")).isInstanceOf(CivicGridException.class)
        .hasMessageContaining("hierarchy document must be an object, not an array");
  }

  @Test
  void unsupportedVersionIsNamed() throws IOException {
    String json = json(fuxin()).replace("\"version\":1", "\"version\":2");
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageContaining("line 2, column 11: unsupported version 2 of civicgrid-hierarchy (this library reads version 1)");
  }

  @Test
  void invalidCodeIsNamedByItsException() throws IOException {
    String json = json(fuxin()).replace("\"code\":\"210902201\"", "\"code\":\"2109-0201\"");
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.invalidCode()).isEqualTo("2109-0201");
          assertThat(e.rule()).isEqualTo(CodeRule.SYNTAX);
        })
        .hasMessageContaining("code '2109-0201'");
  }

  @Test
  void wellFormedDocumentOfAnInvalidHierarchyFailsWithTheFullReport() throws IOException {
    String json = json(fuxin())
        .replace("\"parent\":\"210902001001\",\"kind\"", "\"parent\":\"210902001009\",\"kind\"")
        .replace("\"level\":\"hamlet\"", "\"level\":\"village\"")
        .replace("\"grid\":\"210902001001001001\",\"parent\":\"HP-1\",\"households\":48",
            "\"grid\":\"210902999\",\"parent\":\"HP-1\",\"households\":48");
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(InvalidHierarchyException.class, e -> assertThat(e.report().findings())
            .extracting(Finding::rule, Finding::subject)
            .contains(tuple(HierarchyRule.ORPHAN, "210902001001002"),
                tuple(HierarchyRule.LEVEL_NOT_BELOW_PARENT, "210902201201001"),
                tuple(HierarchyRule.CODE_MALFORMED, "210902201201001"),
                tuple(HierarchyRule.PLACE_IN_UNKNOWN_GRID, "HP-1-1")));
  }

  @Test
  void unknownFieldsWrongTypesAndDomainRefusalsAreMalformed() throws IOException {
    String json = json(fuxin());
    assertMalformed(json.replace("\"households\":48", "\"housholds\":48"), "place has no field \"housholds\"");
    assertMalformed(json.replace("\"households\":48", "\"households\":\"48\""),
        "place \"households\" must be a whole number, not \"48\"");
    assertMalformed(json.replace("\"residents\":1200", "\"residents\":-1"), "must be from 0 to 2147483647, not -1");
    assertMalformed(json.replace("\"kind\":\"DEDICATED\"", "\"kind\":\"SPECIAL\""),
        "grid \"kind\" 'SPECIAL' is not one of [COMPREHENSIVE, DEDICATED, PLACEHOLDER, NON_ADMINISTRATIVE]");
    assertMalformed(json.replace("{\"code\":\"210902\",\"name\":\"海州区\",", "{\"code\":\"210902\","),
        "grid starting at line ");
    assertMalformed(json.replace("\"id\":\"building-grid\"", "\"id\":\"Building Grid\""),
        "invalid level: level id Building Grid is not lower-kebab");
    assertMalformed(json.replace("\"parents\":[\"compound\"]", "\"parents\":[\"street\"]"),
        "invalid scheme: scheme fuxin: level building-grid hangs under street, which is not declared before it");
    assertMalformed(json + "{}", "Trailing token");
  }

  private static void assertMalformed(String json, String problem) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageMatching("(?s)MALFORMED_INPUT: hierarchy document, line \\d+, column \\d+: .*")
        .hasMessageContaining(problem);
  }

  @Test
  void fileErrorsNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\":\"civicgrid-hierarchy\",");
    assertThatThrownBy(() -> HierarchyJson.read(file)).isInstanceOf(CivicGridException.class)
        .hasMessageContaining("hierarchy file " + file + ", line 1, column 33");
  }
}
