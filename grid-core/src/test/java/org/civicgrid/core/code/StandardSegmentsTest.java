package org.civicgrid.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardSegmentsTest {

  private static String meaningOf(CodeSegment segment, String digits) {
    return segment.classify(digits).map(SegmentRange::meaning).orElse("none");
  }

  private static void assertBreaks(CodeSegment segment, String code, String value, CodeRule rule) {
    assertThatThrownBy(() -> segment.check(code, value))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.invalidCode()).isEqualTo(code);
        })
        .hasMessageContaining(code)
        .hasMessageContaining(rule.name());
  }

  @ParameterizedTest
  @CsvSource({"11, province", "21, province", "44, province", "50, province", "82, province"})
  void provinceLayerRunsFromBeijingToMacao(String digits, String meaning) {
    assertThat(meaningOf(StandardSegments.PROVINCE, digits)).isEqualTo(meaning);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "10", "83", "99"})
  void provinceLayerOutsideElevenToEightyTwoIsRejected(String digits) {
    assertThat(StandardSegments.PROVINCE.classify(digits)).isEmpty();
    assertBreaks(StandardSegments.PROVINCE, digits, digits, CodeRule.SEGMENT_RANGE);
  }

  @Test
  void cityLayerHoldsPlaceholdersAndProvinceAdministeredUnits() {
    assertThat(meaningOf(StandardSegments.CITY, "01")).isEqualTo("prefecture");
    assertThat(meaningOf(StandardSegments.CITY, "09")).isEqualTo("prefecture");
    assertThat(meaningOf(StandardSegments.CITY, "90")).isEqualTo("prefecture");
    assertThat(meaningOf(StandardSegments.CITY, "99")).isEqualTo("prefecture");
    assertBreaks(StandardSegments.CITY, "2100", "00", CodeRule.SEGMENT_RANGE);
  }

  @ParameterizedTest
  @CsvSource({
      "01, district", "02, district", "20, district",
      "21, county", "24, county", "80, county",
      "81, county-level city", "99, county-level city"})
  void countyLayerTellsDistrictCountyAndCountyLevelCity(String digits, String meaning) {
    assertThat(meaningOf(StandardSegments.COUNTY, digits)).isEqualTo(meaning);
  }

  @Test
  void countyLayerFixturesFromTheSeeds() {
    assertThat(meaningOf(StandardSegments.COUNTY, "210902".substring(4))).as("Haizhou, Fuxin").isEqualTo("district");
    assertThat(meaningOf(StandardSegments.COUNTY, "441424".substring(4))).as("Wuhua").isEqualTo("county");
    assertThat(meaningOf(StandardSegments.COUNTY, "211381".substring(4))).as("Beipiao").isEqualTo("county-level city");
  }

  @Test
  void countyLayerZeroIsRejected() {
    assertThat(StandardSegments.COUNTY.classify("00")).isEmpty();
    assertBreaks(StandardSegments.COUNTY, "210900", "00", CodeRule.SEGMENT_RANGE);
  }

  @Test
  void administrativeDivisionIsTheWholeSixDigitCode() {
    assertThat(StandardSegments.ADMINISTRATIVE_DIVISION.length()).isEqualTo(6);
    assertThat(meaningOf(StandardSegments.ADMINISTRATIVE_DIVISION, "110000")).isEqualTo("GB/T 2260");
    assertThat(meaningOf(StandardSegments.ADMINISTRATIVE_DIVISION, "500152")).isEqualTo("GB/T 2260");
    assertThat(meaningOf(StandardSegments.ADMINISTRATIVE_DIVISION, "829999")).isEqualTo("GB/T 2260");
    assertBreaks(StandardSegments.ADMINISTRATIVE_DIVISION, "109999", "109999", CodeRule.SEGMENT_RANGE);
    assertBreaks(StandardSegments.ADMINISTRATIVE_DIVISION, "830000", "830000", CodeRule.SEGMENT_RANGE);
  }

  @ParameterizedTest
  @CsvSource({
      "001, subdistrict", "099, subdistrict",
      "100, town", "199, town",
      "200, township", "399, township",
      "400, other", "599, other"})
  void townshipSegmentTellsTheKindOfTownship(String digits, String meaning) {
    assertThat(meaningOf(StandardSegments.TOWNSHIP, digits)).isEqualTo(meaning);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "600", "999"})
  void townshipSegmentRejectsZeroAndSixHundredUp(String digits) {
    assertThat(StandardSegments.TOWNSHIP.classify(digits)).isEmpty();
    assertBreaks(StandardSegments.TOWNSHIP, "210902" + digits, digits, CodeRule.SEGMENT_RANGE);
  }

  @Test
  void subdistrictSegmentHoldsOnlySubdistricts() {
    assertThat(meaningOf(StandardSegments.SUBDISTRICT, "001")).isEqualTo("subdistrict");
    assertThat(meaningOf(StandardSegments.SUBDISTRICT, "099")).isEqualTo("subdistrict");
    assertBreaks(StandardSegments.SUBDISTRICT, "210902100", "100", CodeRule.SEGMENT_RANGE);
    assertBreaks(StandardSegments.SUBDISTRICT, "210902000", "000", CodeRule.SEGMENT_RANGE);
  }

  @Test
  void ruralTownshipSegmentHoldsTownsAndTownships() {
    assertThat(meaningOf(StandardSegments.RURAL_TOWNSHIP, "100")).isEqualTo("town");
    assertThat(meaningOf(StandardSegments.RURAL_TOWNSHIP, "201")).isEqualTo("township");
    assertThat(meaningOf(StandardSegments.RURAL_TOWNSHIP, "399")).isEqualTo("township");
    assertBreaks(StandardSegments.RURAL_TOWNSHIP, "210902099", "099", CodeRule.SEGMENT_RANGE);
    assertBreaks(StandardSegments.RURAL_TOWNSHIP, "210902400", "400", CodeRule.SEGMENT_RANGE);
  }

  @ParameterizedTest
  @CsvSource({"001, community", "199, community", "200, village", "399, village"})
  void villageSegmentTellsCommunityFromVillage(String digits, String meaning) {
    assertThat(meaningOf(StandardSegments.VILLAGE, digits)).isEqualTo(meaning);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "400", "999"})
  void villageSegmentRejectsZeroAndFourHundredUp(String digits) {
    assertBreaks(StandardSegments.VILLAGE, "210902001" + digits, digits, CodeRule.SEGMENT_RANGE);
  }

  @Test
  void urbanCommunityAndRuralVillageSplitTheVillageSegment() {
    assertThat(meaningOf(StandardSegments.URBAN_COMMUNITY, "199")).isEqualTo("community");
    assertBreaks(StandardSegments.URBAN_COMMUNITY, "210902001200", "200", CodeRule.SEGMENT_RANGE);
    assertThat(meaningOf(StandardSegments.RURAL_VILLAGE, "200")).isEqualTo("village");
    assertBreaks(StandardSegments.RURAL_VILLAGE, "210902201199", "199", CodeRule.SEGMENT_RANGE);
  }

  @Test
  void gridSequenceOfThreeDigitsRunsToNineHundredNinetyNine() {
    CodeSegment three = StandardSegments.gridSequence(3);
    assertThat(three.length()).isEqualTo(3);
    assertThat(meaningOf(three, "001")).isEqualTo("sequence");
    assertThat(meaningOf(three, "999")).isEqualTo("sequence");
    assertThat(three.format(2)).isEqualTo("002");
    assertBreaks(three, "370102010002000", "000", CodeRule.SEGMENT_RANGE);
    assertBreaks(three, "37010201000202", "02", CodeRule.LENGTH);
  }

  @Test
  void gridSequenceOfTwoDigitsRunsToNinetyNine() {
    CodeSegment two = StandardSegments.gridSequence(2);
    assertThat(two.length()).isEqualTo(2);
    assertThat(two.maxAllowed()).isEqualTo(99);
    assertThat(two.format(2)).isEqualTo("02");
    assertThatCode(() -> two.check("37010201000202", "02")).doesNotThrowAnyException();
    assertBreaks(two, "37010201000200", "00", CodeRule.SEGMENT_RANGE);
    assertBreaks(two, "370102010002002", "002", CodeRule.LENGTH);
  }

  @Test
  void standardSegmentsRejectLetters() {
    assertBreaks(StandardSegments.TOWNSHIP, "2109020A1", "0A1", CodeRule.SEGMENT_CHARSET);
    assertBreaks(StandardSegments.COUNTY, "2109O2", "O2", CodeRule.SEGMENT_CHARSET);
    assertBreaks(StandardSegments.VILLAGE, "21090200100l", "00l", CodeRule.SEGMENT_CHARSET);
  }

  @Test
  void standardSegmentsRejectTheWrongLength() {
    assertBreaks(StandardSegments.TOWNSHIP, "21090201", "01", CodeRule.LENGTH);
    assertBreaks(StandardSegments.COUNTY, "2109002", "002", CodeRule.LENGTH);
    assertBreaks(StandardSegments.PROVINCE, "2", "2", CodeRule.LENGTH);
  }

  @Test
  void formatsStandardValues() {
    assertThat(StandardSegments.TOWNSHIP.format(3)).isEqualTo("003");
    assertThat(StandardSegments.COUNTY.format(81)).isEqualTo("81");
    assertThat(StandardSegments.ADMINISTRATIVE_DIVISION.format(210902)).isEqualTo("210902");
  }
}
