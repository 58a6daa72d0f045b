package org.civicgrid.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class CodeSegmentTest {
  private static final CodeSegment GRID = CodeSegment.sequence("grid sequence", 3);
  private static final CodeSegment AREA = CodeSegment.alphanumeric("area", 2);
  private static final CodeSegment GAPPED = CodeSegment.numeric("zone", 2,
      SegmentRange.of(1, 20, "inner"), SegmentRange.of(81, 99, "outer"));

  @Test
  void sequenceRunsFromOneToAllNines() {
    assertThat(GRID.name()).isEqualTo("grid sequence");
    assertThat(GRID.length()).isEqualTo(3);
    assertThat(GRID.isNumeric()).isTrue();
    assertThat(GRID.ranges()).containsExactly(SegmentRange.of(1, 999, "sequence"));
    assertThat(GRID.maxAllowed()).isEqualTo(999);
    assertThat(CodeSegment.sequence("s", 18).maxAllowed()).isEqualTo(999_999_999_999_999_999L);
  }

  @Test
  void sequenceReservesZero() {
    assertThat(GRID.classify("000")).isEmpty();
    assertThat(GRID.classify("001")).isPresent();
    assertThat(GRID.classify("999")).isPresent();
  }

  @Test
  void classifyNamesTheRangeAValueFallsIn() {
    assertThat(GAPPED.classify("07")).map(SegmentRange::meaning).contains("inner");
    assertThat(GAPPED.classify("81")).map(SegmentRange::meaning).contains("outer");
    assertThat(GAPPED.classify("50")).isEmpty();
  }

  @Test
  void classifyRejectsWrongLengthLettersAndNonNumericSegments() {
    assertThat(GRID.classify("01")).isEmpty();
    assertThat(GRID.classify("0001")).isEmpty();
    assertThat(GRID.classify("0A1")).isEmpty();
    assertThat(GRID.classify("-01")).isEmpty();
    assertThat(AREA.classify("01")).isEmpty();
  }

  @Test
  void checkAcceptsAValueInRange() {
    assertThatCode(() -> GRID.check("370102010002002", "002")).doesNotThrowAnyException();
    assertThatCode(() -> GAPPED.check("9981", "81")).doesNotThrowAnyException();
  }

  @Test
  void checkRejectsWrongLengthNamingTheCode() {
    assertThatThrownBy(() -> GRID.check("37010201000202", "02"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.LENGTH);
          assertThat(e.invalidCode()).isEqualTo("37010201000202");
        })
        .hasMessageContaining("37010201000202")
        .hasMessageContaining("3 characters");
  }

  @Test
  void checkRejectsLettersInANumericSegment() {
    assertThatThrownBy(() -> GRID.check("3701020100020A2", "0A2"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SEGMENT_CHARSET);
          assertThat(e.invalidCode()).isEqualTo("3701020100020A2");
        })
        .hasMessageContaining("'0A2'");
  }

  @Test
  void checkRejectsAValueOutsideEveryRangeAndListsTheRanges() {
    assertThatThrownBy(() -> GAPPED.check("9950", "50"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SEGMENT_RANGE);
          assertThat(e.invalidCode()).isEqualTo("9950");
        })
        .hasMessageContaining("'50'")
        .hasMessageContaining("01–20 inner")
        .hasMessageContaining("81–99 outer");
    assertThatThrownBy(() -> GRID.check("370102010002000", "000"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.rule()).isEqualTo(CodeRule.SEGMENT_RANGE));
  }

  @Test
  void alphanumericSegmentChecksOnlyItsLength() {
    assertThat(AREA.isNumeric()).isFalse();
    assertThat(AREA.ranges()).isEmpty();
    assertThatCode(() -> AREA.check("XHa1", "a1")).doesNotThrowAnyException();
    assertThatThrownBy(() -> AREA.check("XHa", "a"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.LENGTH);
          assertThat(e.invalidCode()).isEqualTo("XHa");
        });
  }

  @Test
  void maxAllowedIsTheEndOfTheHighestRange() {
    assertThat(GAPPED.maxAllowed()).isEqualTo(99);
    assertThat(CodeSegment.numeric("low", 3, SegmentRange.of(1, 99, "low")).maxAllowed()).isEqualTo(99);
    assertThat(AREA.maxAllowed()).isEqualTo(99);
  }

  @Test
  void formatPadsWithZeros() {
    assertThat(GRID.format(2)).isEqualTo("002");
    assertThat(GRID.format(999)).isEqualTo("999");
    assertThat(CodeSegment.sequence("s", 2).format(7)).isEqualTo("07");
  }

  @Test
  void formatOfANonNumericSegmentIsACallerMistake() {
    assertThatThrownBy(() -> AREA.format(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
  }

  @Test
  void lengthOutsideOneToEighteenIsACallerMistake() {
    assertThatThrownBy(() -> CodeSegment.alphanumeric("empty", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty").hasMessageContaining("0");
    assertThatThrownBy(() -> CodeSegment.alphanumeric("huge", 19))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("huge");
    assertThatThrownBy(() -> CodeSegment.sequence("huge", 19)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numericSegmentNeedsRangesThatFitItsDigits() {
    assertThatThrownBy(() -> CodeSegment.numeric("none", 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none");
    assertThatThrownBy(() -> CodeSegment.numeric("wide", 2, SegmentRange.of(1, 100, "too wide")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wide").hasMessageContaining("2 digits");
  }

  @Test
  void describesItself() {
    assertThat(GAPPED).hasToString("zone(2 digits: 01–20 inner, 81–99 outer)");
    assertThat(AREA).hasToString("area(2 characters)");
  }
}
