package org.civicgrid.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.junit.jupiter.api.Test;

class LevelSchemesTest {

  /**
   * Checks each sample code against its level and the sample of its parent level; samples are given
   * as level id → code, parents before children, with the parent level named after a slash where a
   * level has several.
   */
  private static void assertSamplesValidate(LevelScheme scheme, Map<String, String[]> samples) {
    Map<String, GridCode> byLevel = new LinkedHashMap<>();
    samples.forEach((levelId, codeAndParent) -> {
      Level level = scheme.level(levelId);
      GridCode code = GridCode.of(codeAndParent[0]);
      GridCode parent = codeAndParent.length > 1 ? byLevel.get(codeAndParent[1]) : null;
      assertThatCode(() -> scheme.checkCode(code, level, parent)).as("%s %s", levelId, code).doesNotThrowAnyException();
      byLevel.put(levelId, code);
    });
  }

  private static String[] sample(String code, String parentLevel) {
    return new String[] {code, parentLevel};
  }

  @Test
  void nbsHasTheFiveStatisticalLevels() {
    LevelScheme nbs = LevelSchemes.nbs();
    assertThat(nbs.id()).isEqualTo("nbs");
    assertThat(nbs.levels()).extracting(Level::id).containsExactly("province", "city", "county", "township", "village");
    assertThat(nbs.levels()).extracting(Level::codeLength).containsExactly(2, 4, 6, 9, 12);
    assertThat(nbs.level("township").parents()).containsExactly("county", "city");
    Map<String, String[]> samples = new LinkedHashMap<>();
    samples.put("province", new String[] {"21"});
    samples.put("city", sample("2109", "province"));
    samples.put("county", sample("210902", "city"));
    samples.put("township", sample("210902001", "county"));
    samples.put("village", sample("210902001001", "township"));
    assertSamplesValidate(nbs, samples);
    samples.forEach((level, code) -> assertThat(nbs.levelOf(GridCode.of(code[0])).id()).isEqualTo(level));
  }

  @Test
  void fuxinHasFourUrbanAndThreeRuralLevelsUnderTheCounty() {
    LevelScheme fuxin = LevelSchemes.fuxin();
    assertThat(fuxin.levels()).extracting(Level::id).containsExactly(
        "county", "subdistrict", "community", "compound", "building-grid", "township", "village", "hamlet");
    assertThat(fuxin.level("building-grid").households()).contains(new HouseholdBand(80, 100, 120));
    assertThat(fuxin.level("hamlet").households()).contains(new HouseholdBand(40, 50, 60));
    assertThat(fuxin.level("community").households()).isEmpty();
    Map<String, String[]> samples = new LinkedHashMap<>();
    samples.put("county", new String[] {"210902"});
    samples.put("subdistrict", sample("210902001", "county"));
    samples.put("community", sample("210902001001", "subdistrict"));
    samples.put("compound", sample("210902001001001", "community"));
    samples.put("building-grid", sample("210902001001001001", "compound"));
    samples.put("township", sample("210902201", "county"));
    samples.put("village", sample("210902201201", "township"));
    samples.put("hamlet", sample("210902201201001", "village"));
    assertSamplesValidate(fuxin, samples);
  }

  @Test
  void wuhuaHasThreeGridLevelsUnderEachCommunity() {
    LevelScheme wuhua = LevelSchemes.wuhua();
    assertThat(wuhua.levels()).extracting(Level::id).containsExactly("county", "township", "community", "area", "grid");
    assertThat(wuhua.levels()).extracting(Level::codeLength).containsExactly(6, 9, 12, 15, 18);
    Map<String, String[]> samples = new LinkedHashMap<>();
    samples.put("county", new String[] {"441424"});
    samples.put("township", sample("441424101", "county"));
    samples.put("community", sample("441424101201", "township"));
    samples.put("area", sample("441424101201003", "community"));
    samples.put("grid", sample("441424101201003092", "area"));
    assertSamplesValidate(wuhua, samples);
    samples.forEach((level, code) -> assertThat(wuhua.levelOf(GridCode.of(code[0])).id()).isEqualTo(level));
  }

  @Test
  void beipiaoHasGridsOfAboutThreeHundredHouseholds() {
    LevelScheme beipiao = LevelSchemes.beipiao();
    assertThat(beipiao.levels()).extracting(Level::id).containsExactly("county", "subdistrict", "community", "grid");
    assertThat(beipiao.level("grid").households()).contains(new HouseholdBand(240, 300, 360));
    Map<String, String[]> samples = new LinkedHashMap<>();
    samples.put("county", new String[] {"211381"});
    samples.put("subdistrict", sample("211381001", "county"));
    samples.put("community", sample("211381001037", "subdistrict"));
    samples.put("grid", sample("211381001037296", "community"));
    assertSamplesValidate(beipiao, samples);
    samples.forEach((level, code) -> assertThat(beipiao.levelOf(GridCode.of(code[0])).id()).isEqualTo(level));
  }

  @Test
  void unitGridsWithThreeDigitsGiveFifteenDigitCodes() {
    LevelScheme unitGrids = LevelSchemes.unitGrids(3);
    assertThat(unitGrids.id()).isEqualTo("unit-grid-3");
    assertThat(unitGrids.name()).contains("15-digit");
    assertThat(unitGrids.levels()).extracting(Level::id).containsExactly("county", "township", "community", "unit-grid");
    assertThat(unitGrids.level("unit-grid").codeLength()).isEqualTo(15);
    Map<String, String[]> samples = new LinkedHashMap<>();
    samples.put("county", new String[] {"370102"});
    samples.put("township", sample("370102010", "county"));
    samples.put("community", sample("370102010002", "township"));
    samples.put("unit-grid", sample("370102010002002", "community"));
    assertSamplesValidate(unitGrids, samples);
  }

  @Test
  void unitGridsWithTwoDigitsGiveFourteenDigitCodes() {
    LevelScheme unitGrids = LevelSchemes.unitGrids(2);
    assertThat(unitGrids.id()).isEqualTo("unit-grid-2");
    assertThat(unitGrids.name()).contains("14-digit");
    assertThat(unitGrids.level("unit-grid").codeLength()).isEqualTo(14);
    Map<String, String[]> samples = new LinkedHashMap<>();
    samples.put("county", new String[] {"370102"});
    samples.put("township", sample("370102010", "county"));
    samples.put("community", sample("370102010002", "township"));
    samples.put("unit-grid", sample("37010201000202", "community"));
    assertSamplesValidate(unitGrids, samples);
  }

  @Test
  void unitGridsWithoutASequenceIsACallerMistake() {
    assertThatThrownBy(() -> LevelSchemes.unitGrids(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyPresetHasASingleTopLevelAndNamesForEveryLevel() {
    for (LevelScheme scheme : new LevelScheme[] {LevelSchemes.nbs(), LevelSchemes.fuxin(), LevelSchemes.wuhua(),
        LevelSchemes.beipiao(), LevelSchemes.unitGrids(3), LevelSchemes.unitGrids(2)}) {
      assertThat(scheme.levels()).as(scheme.id()).filteredOn(Level::isTop).hasSize(1);
      assertThat(scheme.levels()).as(scheme.id()).allSatisfy(level -> {
        assertThat(level.nameZh()).isNotBlank();
        assertThat(level.nameEn()).isNotBlank();
      });
    }
  }
}
