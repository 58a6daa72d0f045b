package org.civicgrid.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civicgrid.core.code.CodeRule;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.code.SegmentRange;
import org.civicgrid.core.code.StandardSegments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelSchemeTest {
  private static final LevelScheme FUXIN = LevelSchemes.fuxin();
  private static final LevelScheme NBS = LevelSchemes.nbs();
  private static final GridCode HAIZHOU = GridCode.of("210902");
  private static final GridCode HEPING = GridCode.of("210902001");
  private static final GridCode CHANGYUAN = GridCode.of("210902001001");
  private static final GridCode DONGGUAN = GridCode.of("4419");
  /** Xihe community's hand-drawn areas, coded with letters. */
  private static final LevelScheme XIHE = LevelScheme.of("xihe", "Xihe", List.of(
      Level.builder("community").names("社区", "community").code(2, CodeSegment.alphanumeric("community", 2)).build(),
      Level.builder("area").names("片区", "area").code(4, CodeSegment.alphanumeric("area", 2)).under("community").build()));

  private static Level county() {
    return Level.builder("county").names("县区", "county").code(6, StandardSegments.ADMINISTRATIVE_DIVISION).build();
  }

  private static Level subdistrict(int codeLength) {
    return Level.builder("subdistrict").names("街道", "subdistrict").code(codeLength, StandardSegments.SUBDISTRICT)
        .under("county").build();
  }

  private static GridCode code(String value) {
    return GridCode.of(value);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertBreaks(
      ThrowingCallable check, String code, CodeRule rule) {
    return assertThatThrownBy(check)
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.invalidCode()).isEqualTo(code);
        })
        .hasMessageContaining(code);
  }

  // --- construction ---

  @Test
  void keepsLevelsTopDown() {
    LevelScheme scheme = LevelScheme.of("haizhou", "Haizhou", List.of(county(), subdistrict(9)));
    assertThat(scheme.id()).isEqualTo("haizhou");
    assertThat(scheme.name()).isEqualTo("Haizhou");
    assertThat(scheme.levels()).extracting(Level::id).containsExactly("county", "subdistrict");
    assertThat(scheme).hasToString("LevelScheme haizhou [county, subdistrict]");
  }

  @Test
  void levelDeclaredTwiceIsACallerMistake() {
    assertThatThrownBy(() -> LevelScheme.of("twice", "Twice", List.of(county(), county())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice").hasMessageContaining("county declared twice");
  }

  @Test
  void parentDeclaredAfterItsChildIsACallerMistake() {
    assertThatThrownBy(() -> LevelScheme.of("upside-down", "Upside down", List.of(subdistrict(9), county())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subdistrict hangs under county, which is not declared before it");
  }

  @Test
  void parentThatIsNeverDeclaredIsACallerMistake() {
    assertThatThrownBy(() -> LevelScheme.of("lonely", "Lonely", List.of(subdistrict(9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hangs under county");
  }

  @Test
  void levelUnderItselfIsACallerMistake() {
    Level loop = Level.builder("county").names("县区", "county").code(6, StandardSegments.ADMINISTRATIVE_DIVISION)
        .under("county").build();
    assertThatThrownBy(() -> LevelScheme.of("loop", "Loop", List.of(loop)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("county hangs under county");
  }

  @Test
  void parentCodeLongerThanTheChildSegmentStartIsACallerMistake() {
    assertThatThrownBy(() -> LevelScheme.of("cramped", "Cramped", List.of(county(), subdistrict(8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("county codes (6)")
        .hasMessageContaining("segment of subdistrict (from 5)");
  }

  @Test
  void parentCodeEndingExactlyWhereTheChildSegmentStartsIsAllowed() {
    assertThatCode(() -> LevelScheme.of("tight", "Tight", List.of(county(), subdistrict(9)))).doesNotThrowAnyException();
  }

  @Test
  void schemeWithoutLevelsIsACallerMistake() {
    assertThatThrownBy(() -> LevelScheme.of("empty", "Empty", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void findsLevelsById() {
    assertThat(FUXIN.findLevel("compound")).map(Level::nameZh).contains("小区");
    assertThat(FUXIN.findLevel("area")).isEmpty();
    assertThat(FUXIN.level("hamlet").codeLength()).isEqualTo(15);
  }

  @Test
  void unknownLevelIsACallerMistakeNamingTheLevels() {
    assertThatThrownBy(() -> FUXIN.level("area"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fuxin has no level area")
        .hasMessageContaining("compound");
  }

  @Test
  void childLevelsFollowBothBranches() {
    assertThat(FUXIN.childLevels(FUXIN.level("county"))).extracting(Level::id).containsExactly("subdistrict", "township");
    assertThat(FUXIN.childLevels(FUXIN.level("building-grid"))).isEmpty();
    assertThat(NBS.childLevels(NBS.level("city"))).extracting(Level::id).containsExactly("county", "township");
  }

  @Test
  void allowsUnderOnlyTheDeclaredParents() {
    assertThat(FUXIN.allowsUnder(FUXIN.level("community"), FUXIN.level("subdistrict"))).isTrue();
    assertThat(FUXIN.allowsUnder(FUXIN.level("community"), FUXIN.level("township"))).isFalse();
    assertThat(FUXIN.allowsUnder(FUXIN.level("community"), FUXIN.level("county"))).isFalse();
    assertThat(NBS.allowsUnder(NBS.level("township"), NBS.level("city"))).isTrue();
    assertThat(NBS.allowsUnder(NBS.level("township"), NBS.level("county"))).isTrue();
  }

  // --- checkCode ---

  @Test
  void validCodesPassAtEveryUrbanLevel() {
    assertThatCode(() -> {
      FUXIN.checkCode(HAIZHOU, FUXIN.level("county"), null);
      FUXIN.checkCode(HEPING, FUXIN.level("subdistrict"), HAIZHOU);
      FUXIN.checkCode(CHANGYUAN, FUXIN.level("community"), HEPING);
      FUXIN.checkCode(code("210902001001001"), FUXIN.level("compound"), CHANGYUAN);
      FUXIN.checkCode(code("210902001001001001"), FUXIN.level("building-grid"), code("210902001001001"));
    }).doesNotThrowAnyException();
  }

  @Test
  void wrongLengthBreaksLength() {
    assertBreaks(() -> FUXIN.checkCode(code("21090200101"), FUXIN.level("community"), HEPING),
        "21090200101", CodeRule.LENGTH).hasMessageContaining("a community code has 12 characters, not 11");
  }

  @Test
  void segmentOutOfRangeBreaksSegmentRange() {
    assertBreaks(() -> FUXIN.checkCode(code("210902201"), FUXIN.level("subdistrict"), HAIZHOU),
        "210902201", CodeRule.SEGMENT_RANGE);
    assertBreaks(() -> FUXIN.checkCode(code("210902001201"), FUXIN.level("community"), HEPING),
        "210902001201", CodeRule.SEGMENT_RANGE);
  }

  @Test
  void letterInSegmentBreaksSegmentCharset() {
    assertBreaks(() -> FUXIN.checkCode(code("21090200100A"), FUXIN.level("community"), HEPING),
        "21090200100A", CodeRule.SEGMENT_CHARSET);
  }

  @Test
  void codeNotStartingWithItsParentBreaksPrefix() {
    assertBreaks(() -> FUXIN.checkCode(code("210903001001"), FUXIN.level("community"), HEPING),
        "210903001001", CodeRule.PREFIX).hasMessageContaining("parent's code 210902001");
  }

  @Test
  void parentReachingIntoTheChildSegmentBreaksPrefix() {
    assertBreaks(() -> NBS.checkCode(code("441900003"), NBS.level("township"), code("4419000")),
        "441900003", CodeRule.PREFIX);
  }

  @Test
  void dongguanTownshipPaddedUnderItsCityIsValid() {
    assertThatCode(() -> NBS.checkCode(code("441900003"), NBS.level("township"), DONGGUAN)).doesNotThrowAnyException();
  }

  @Test
  void dongguanTownshipWithNonZeroPaddingBreaksPadding() {
    assertBreaks(() -> NBS.checkCode(code("441901003"), NBS.level("township"), DONGGUAN), "441901003", CodeRule.PADDING)
        .hasMessageContaining("characters 5–6 between parent 4419 and the township segment must be zeros");
  }

  @Test
  void townshipUnderItsCountyNeedsNoPadding() {
    assertThatCode(() -> NBS.checkCode(code("441424101"), NBS.level("township"), code("441424")))
        .doesNotThrowAnyException();
  }

  @Test
  void topLevelWithoutParentChecksItsSegment() {
    assertThatCode(() -> NBS.checkCode(code("44"), NBS.level("province"), null)).doesNotThrowAnyException();
    assertBreaks(() -> NBS.checkCode(code("99"), NBS.level("province"), null), "99", CodeRule.SEGMENT_RANGE);
  }

  @Test
  void detachedGridIsCheckedOnlyForItsOwnSegment() {
    assertThatCode(() -> FUXIN.checkCode(code("999999999001"), FUXIN.level("community"), null))
        .doesNotThrowAnyException();
    assertBreaks(() -> FUXIN.checkCode(code("999999999000"), FUXIN.level("community"), null),
        "999999999000", CodeRule.SEGMENT_RANGE);
  }

  @Test
  void checkReportsLengthBeforeSegmentBeforePrefix() {
    assertBreaks(() -> FUXIN.checkCode(code("21090300100"), FUXIN.level("community"), HEPING),
        "21090300100", CodeRule.LENGTH);
    assertBreaks(() -> FUXIN.checkCode(code("210903001000"), FUXIN.level("community"), HEPING),
        "210903001000", CodeRule.SEGMENT_RANGE);
  }

  // --- levelOf ---

  @ParameterizedTest
  @CsvSource({
      "210902, county",
      "210902001, subdistrict", "210902099, subdistrict",
      "210902100, township", "210902399, township",
      "210902001001, community", "210902001199, community",
      "210902201200, village", "210902201399, village",
      "210902001001001001, building-grid"})
  void levelOfTellsLevelsByLengthAndSegmentRange(String value, String level) {
    assertThat(FUXIN.levelOf(code(value)).id()).isEqualTo(level);
  }

  @ParameterizedTest
  @ValueSource(strings = {"210902000", "210902400", "210902599", "210902001000", "210902001400", "2109020", "21"})
  void levelOfWithNoFittingLevelBreaksNoLevel(String value) {
    assertBreaks(() -> FUXIN.levelOf(code(value)), value, CodeRule.NO_LEVEL);
  }

  @Test
  void levelOfNamesTheSchemeWhenNothingFits() {
    assertThatThrownBy(() -> FUXIN.levelOf(code("2109020"))).hasMessageContaining("no level of scheme fuxin has 7-character codes");
  }

  @Test
  void levelOfTellsLevelsOfOneLengthApartByTheSegmentsAbove() {
    assertThat(FUXIN.levelOf(code("210902001001001")).id()).isEqualTo("compound");
    assertThat(FUXIN.levelOf(code("210902101201001")).id()).isEqualTo("hamlet");
  }

  @Test
  void levelOfWithTwoFittingLevelsBreaksNoLevelAndNamesThem() {
    LevelScheme twins = LevelScheme.of("twins", "two levels alike", List.of(
        Level.builder("top").names("顶", "top").code(2, CodeSegment.sequence("top", 2)).build(),
        Level.builder("left").names("左", "left").code(4, CodeSegment.sequence("left", 2)).under("top").build(),
        Level.builder("right").names("右", "right").code(4, CodeSegment.sequence("right", 2)).under("top").build()));
    assertBreaks(() -> twins.levelOf(code("0101")), "0101", CodeRule.NO_LEVEL)
        .hasMessageContaining("ambiguous between levels [left, right]");
  }

  @Test
  void levelOfFindsTheDongguanTownship() {
    assertThat(NBS.levelOf(code("441900003")).id()).isEqualTo("township");
    assertThat(NBS.levelOf(code("4419")).id()).isEqualTo("city");
  }

  @Test
  void levelOfAcceptsAnyCharactersInAnAlphanumericSegment() {
    assertThat(XIHE.levelOf(code("XHa1")).id()).isEqualTo("area");
    assertBreaks(() -> XIHE.levelOf(code("XHa")), "XHa", CodeRule.NO_LEVEL);
  }

  // --- nextChildCode ---

  @Test
  void firstChildCodeIsTheStartOfTheFirstRange() {
    assertThat(FUXIN.nextChildCode(HEPING, FUXIN.level("community"), List.of())).isEqualTo(CHANGYUAN);
    assertThat(FUXIN.nextChildCode(HAIZHOU, FUXIN.level("township"), List.of())).isEqualTo(code("210902100"));
    assertThat(FUXIN.nextChildCode(code("210902201"), FUXIN.level("village"), List.of())).isEqualTo(code("210902201200"));
  }

  @Test
  void nextChildCodeCountsOnlyTheParentsOwnChildren() {
    List<GridCode> cousins = List.of(code("210902002007"), code("210902001002"));
    assertThat(FUXIN.nextChildCode(HEPING, FUXIN.level("community"), cousins)).isEqualTo(code("210902001003"));
  }

  @Test
  void nextChildCodeFollowsTheHighestSibling() {
    List<GridCode> siblings = List.of(code("210902001005"), code("210902001001"), code("210902001002"));
    assertThat(FUXIN.nextChildCode(HEPING, FUXIN.level("community"), siblings)).isEqualTo(code("210902001006"));
  }

  @Test
  void nextChildCodeIgnoresSiblingsOfOtherLengthsAndOutOfRange() {
    List<GridCode> siblings = List.of(code("210902001002"), code("210902001"), code("2109020010099"),
        code("210902001300"), code("21090200100A"));
    assertThat(FUXIN.nextChildCode(HEPING, FUXIN.level("community"), siblings)).isEqualTo(code("210902001003"));
  }

  @Test
  void nextChildCodePadsAShortParent() {
    Level township = NBS.level("township");
    assertThat(NBS.nextChildCode(DONGGUAN, township, List.of())).isEqualTo(code("441900001"));
    assertThat(NBS.nextChildCode(DONGGUAN, township, List.of(code("441900003")))).isEqualTo(code("441900004"));
    assertThatCode(() -> NBS.checkCode(NBS.nextChildCode(DONGGUAN, township, List.of()), township, DONGGUAN))
        .doesNotThrowAnyException();
  }

  @Test
  void nextChildCodeSkipsToTheNextRange() {
    LevelScheme wuhua = LevelSchemes.wuhua();
    Level community = wuhua.level("community");
    assertThat(wuhua.nextChildCode(code("441424101"), community, List.of(code("441424101199"))))
        .isEqualTo(code("441424101200"));
    assertThat(NBS.nextChildCode(code("441424"), NBS.level("township"), List.of(code("441424099"))))
        .isEqualTo(code("441424100"));
  }

  @Test
  void nextChildCodeJumpsTheGapBetweenRanges() {
    Level zone = Level.builder("zone").names("区", "zone").code(8, CodeSegment.numeric("zone", 2,
        SegmentRange.of(1, 20, "inner"), SegmentRange.of(81, 99, "outer"))).under("county").build();
    LevelScheme scheme = LevelScheme.of("zones", "Zones", List.of(county(), zone));
    assertThat(scheme.nextChildCode(HAIZHOU, zone, List.of(code("21090220")))).isEqualTo(code("21090281"));
    assertThat(scheme.nextChildCode(HAIZHOU, zone, List.of(code("21090282")))).isEqualTo(code("21090283"));
  }

  @Test
  void nextChildCodeAtNineHundredNinetyNineOverflowsNamingTheParent() {
    GridCode compound = code("210902001001001");
    assertThat(FUXIN.nextChildCode(compound, FUXIN.level("building-grid"), List.of(code("210902001001001998"))))
        .isEqualTo(code("210902001001001999"));
    assertThatThrownBy(() -> FUXIN.nextChildCode(compound, FUXIN.level("building-grid"),
        List.of(code("210902001001001999"))))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SEQUENCE_OVERFLOW);
          assertThat(e.invalidCode()).isEqualTo("210902001001001");
        })
        .hasMessageContaining("no free building-grid code under 210902001001001")
        .hasMessageContaining("full at 999");
  }

  @Test
  void nextChildCodeAtNinetyNineOverflowsForATwoDigitSequence() {
    LevelScheme unitGrids = LevelSchemes.unitGrids(2);
    GridCode community = code("370102010002");
    assertThat(unitGrids.nextChildCode(community, unitGrids.level("unit-grid"), List.of(code("37010201000298"))))
        .isEqualTo(code("37010201000299"));
    assertThatThrownBy(() -> unitGrids.nextChildCode(community, unitGrids.level("unit-grid"),
        List.of(code("37010201000299"))))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SEQUENCE_OVERFLOW);
          assertThat(e.invalidCode()).isEqualTo("370102010002");
        })
        .hasMessageContaining("full at 99");
  }

  @Test
  void nextChildCodeOverflowsAtTheEndOfTheLastRange() {
    assertBreaks(() -> NBS.nextChildCode(code("441424"), NBS.level("township"), List.of(code("441424599"))),
        "441424", CodeRule.SEQUENCE_OVERFLOW).hasMessageContaining("full at 599");
  }

  @Test
  void nextChildCodeOfANonNumericLevelIsACallerMistake() {
    assertThatThrownBy(() -> XIHE.nextChildCode(code("XH"), XIHE.level("area"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
  }

  @Test
  void nextChildCodeUnderATooLongParentIsACallerMistake() {
    assertThatThrownBy(() -> FUXIN.nextChildCode(CHANGYUAN, FUXIN.level("community"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent 210902001001 is too long for level community");
  }

  // --- the Jinan unit-grid example (DB11/T 2157 style, 15 digits) ---

  @Test
  void jinanUnitGridCodeValidatesLevelByLevel() {
    LevelScheme unitGrids = LevelSchemes.unitGrids(3);
    GridCode lixia = code("370102");
    GridCode street = code("370102010");
    GridCode community = code("370102010002");
    GridCode grid = code("370102010002002");
    assertThatCode(() -> {
      unitGrids.checkCode(lixia, unitGrids.level("county"), null);
      unitGrids.checkCode(street, unitGrids.level("township"), lixia);
      unitGrids.checkCode(community, unitGrids.level("community"), street);
      unitGrids.checkCode(grid, unitGrids.level("unit-grid"), community);
    }).doesNotThrowAnyException();
    assertThat(unitGrids.levelOf(grid).id()).isEqualTo("unit-grid");
    assertThat(unitGrids.levelOf(community).id()).isEqualTo("community");
    assertThat(unitGrids.levelOf(street).id()).isEqualTo("township");
  }

  @Test
  void jinanUnitGridCodeUnderAnotherCommunityBreaksPrefix() {
    LevelScheme unitGrids = LevelSchemes.unitGrids(3);
    assertBreaks(() -> unitGrids.checkCode(code("370102010002002"), unitGrids.level("unit-grid"), code("370102010003")),
        "370102010002002", CodeRule.PREFIX);
  }
}
