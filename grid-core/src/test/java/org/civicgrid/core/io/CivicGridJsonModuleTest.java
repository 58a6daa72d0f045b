package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;
import java.util.stream.Stream;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.code.SegmentRange;
import org.civicgrid.core.code.StandardSegments;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.scheme.HouseholdBand;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CivicGridJsonModuleTest {
  /** A mapper an application configures its own way; the module stays strict regardless. */
  private final ObjectMapper mapper = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(new CivicGridJsonModule())
      .build();

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  @Test
  void gridCodeIsAPlainString() throws Exception {
    assertThat(mapper.writeValueAsString(GridCode.of("210902001"))).isEqualTo("\"210902001\"");
    assertThat(mapper.readValue("\"210902001\"", GridCode.class)).isEqualTo(GridCode.of("210902001"));
    assertThatThrownBy(() -> mapper.readValue("\"21 09\"", GridCode.class)).isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("code '21 09'");
    assertThatThrownBy(() -> mapper.readValue("210902", GridCode.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("a grid code must be a string");
  }

  @Test
  void segmentsKeepTheirRangesAndMeanings() throws Exception {
    CodeSegment township = StandardSegments.TOWNSHIP;
    assertThat(mapper.writeValueAsString(StandardSegments.RURAL_TOWNSHIP)).isEqualTo(
        "{\"name\":\"township\",\"length\":3,\"numeric\":true,\"ranges\":[{\"from\":100,\"to\":199,\"meaning\":\"town\"},"
            + "{\"from\":200,\"to\":399,\"meaning\":\"township\"}]}");
    assertThat(roundTrip(township, CodeSegment.class)).isEqualTo(township).hasSameHashCodeAs(township);
    CodeSegment letters = CodeSegment.alphanumeric("block", 2);
    assertThat(mapper.writeValueAsString(letters)).isEqualTo("{\"name\":\"block\",\"length\":2,\"numeric\":false}");
    assertThat(roundTrip(letters, CodeSegment.class)).isEqualTo(letters);
  }

  @Test
  void segmentEqualityCoversEveryRangeAndItsMeaning() {
    CodeSegment town = CodeSegment.numeric("township", 3, SegmentRange.of(100, 199, "town"));
    assertThat(town).isEqualTo(CodeSegment.numeric("township", 3, SegmentRange.of(100, 199, "town")))
        .isNotEqualTo(CodeSegment.numeric("township", 3, SegmentRange.of(100, 199, "镇")))
        .isNotEqualTo(CodeSegment.numeric("township", 3, SegmentRange.of(100, 198, "town")))
        .isNotEqualTo(CodeSegment.numeric("town", 3, SegmentRange.of(100, 199, "town")))
        .isNotEqualTo(CodeSegment.alphanumeric("township", 3));
  }

  @Test
  void levelsKeepNamesBandAndParents() throws Exception {
    Level buildingGrid = LevelSchemes.fuxin().level("building-grid");
    String json = mapper.writeValueAsString(buildingGrid);
    assertThat(json).contains("\"names\":{\"zh\":\"楼栋\",\"en\":\"building grid\"}", "\"codeLength\":18",
        "\"households\":{\"min\":80,\"target\":100,\"max\":120}", "\"parents\":[\"compound\"]");
    assertThat(roundTrip(buildingGrid, Level.class)).isEqualTo(buildingGrid).hasSameHashCodeAs(buildingGrid);
    Level county = LevelSchemes.fuxin().level("county");
    assertThat(mapper.writeValueAsString(county)).doesNotContain("parents").doesNotContain("households");
    assertThat(buildingGrid).isNotEqualTo(Level.builder("building-grid").names("楼栋", "building grid")
        .code(18, CodeSegment.sequence("grid sequence", 3)).households(HouseholdBand.around(100, 10))
        .under("compound").build());
  }

  static Stream<LevelScheme> presets() {
    return Stream.of(LevelSchemes.nbs(), LevelSchemes.fuxin(), LevelSchemes.wuhua(), LevelSchemes.beipiao(),
        LevelSchemes.unitGrids(2), LevelSchemes.unitGrids(3));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void everyPresetSchemeRoundTripsEqual(LevelScheme scheme) throws Exception {
    LevelScheme back = roundTrip(scheme, LevelScheme.class);
    assertThat(back).isEqualTo(scheme).hasSameHashCodeAs(scheme);
    assertThat(back.levels()).containsExactlyElementsOf(scheme.levels());
  }

  @Test
  void schemesDifferWhenTheirLevelOrderDoes() {
    LevelScheme nbs = LevelSchemes.nbs();
    assertThat(nbs).isEqualTo(LevelSchemes.nbs()).isNotEqualTo(LevelSchemes.fuxin());
    assertThat(LevelScheme.of("nbs", "NBS statistical divisions", nbs.levels())).isEqualTo(nbs);
    assertThat(LevelScheme.of("nbs", "renamed", nbs.levels())).isNotEqualTo(nbs);
  }

  @Test
  void gridNodesLeaveDefaultsOut() throws Exception {
    GridNode plain = GridNode.of("210902", "海州区", "county", null);
    assertThat(mapper.writeValueAsString(plain)).isEqualTo("{\"code\":\"210902\",\"name\":\"海州区\",\"level\":\"county\"}");
    GridNode school = GridNode.of("210902001001002", "第一中学", "compound", "210902001001")
        .withKind(GridKind.DEDICATED).withCounts(3, 1200).withTags("school");
    assertThat(mapper.writeValueAsString(school)).isEqualTo("{\"code\":\"210902001001002\",\"name\":\"第一中学\","
        + "\"level\":\"compound\",\"parent\":\"210902001001\",\"kind\":\"DEDICATED\",\"households\":3,"
        + "\"residents\":1200,\"tags\":[\"school\"]}");
    assertThat(roundTrip(plain, GridNode.class)).isEqualTo(plain);
    assertThat(roundTrip(school, GridNode.class)).isEqualTo(school);
  }

  @Test
  void placesLeaveDefaultsOut() throws Exception {
    Place group = new Place("HG-1", PlaceKind.HOUSEHOLD_GROUP, "东院", GridCode.of("210902201201001"), null, 0, 0,
        ImmutableSet.of());
    assertThat(mapper.writeValueAsString(group))
        .isEqualTo("{\"id\":\"HG-1\",\"kind\":\"HOUSEHOLD_GROUP\",\"name\":\"东院\",\"grid\":\"210902201201001\"}");
    Place unit = Place.unit("B1-2", "2单元", Place.building("B1", "1号楼", GridCode.of("210902001001001001"), 0, 0),
        52, 141).withTags("wheelchair");
    assertThat(roundTrip(group, Place.class)).isEqualTo(group);
    assertThat(roundTrip(unit, Place.class)).isEqualTo(unit);
  }

  @Test
  void wholeHierarchiesAreDocumentsToo() throws Exception {
    GridHierarchy original = HierarchyJsonTest.fuxin();
    GridHierarchy back = mapper.readValue(mapper.writeValueAsString(original), GridHierarchy.class);
    assertThat(back.places()).containsExactlyElementsOf(original.places());
    assertThat(back.scheme()).isEqualTo(original.scheme());
  }

  @Test
  void readersStayStrictWhateverTheMapperSays() {
    assertThatThrownBy(() -> mapper.readValue(
        "{\"code\":\"210902\",\"name\":\"海州区\",\"level\":\"county\",\"colour\":\"red\"}", GridNode.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("grid has no field \"colour\"");
    assertThatThrownBy(() -> mapper.readValue("{\"code\":\"210902\",\"level\":\"county\"}", GridNode.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("grid starting at line 1, column 1 has no \"name\"");
    assertThatThrownBy(() -> mapper.readValue(
        "{\"name\":\"township\",\"length\":3,\"numeric\":true,\"ranges\":[{\"from\":300,\"to\":100,\"meaning\":\"x\"}]}",
        CodeSegment.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("invalid range: bad range 300..100");
    assertThatThrownBy(() -> mapper.readValue("{\"name\":\"block\",\"length\":2,\"numeric\":false,"
        + "\"ranges\":[{\"from\":1,\"to\":2,\"meaning\":\"x\"}]}", CodeSegment.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("an alphanumeric segment has no ranges");
    assertThatThrownBy(() -> mapper.readValue(
        "{\"id\":\"B1\",\"kind\":\"UNIT\",\"name\":\"x\",\"grid\":\"21\",\"parent\":\"B1\"}", Place.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("invalid place: place B1 is its own parent");
    assertThatThrownBy(() -> mapper.readValue("{\"min\":1}", LevelScheme.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("scheme has no field \"min\"");
  }
}
