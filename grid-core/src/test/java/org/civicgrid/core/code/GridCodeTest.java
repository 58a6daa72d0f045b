package org.civicgrid.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridCodeTest {
  private static final GridCode HAIZHOU = GridCode.of("210902");
  private static final GridCode HEPING = GridCode.of("210902001");

  @Test
  void keepsTheStringItWasGiven() {
    assertThat(HAIZHOU.value()).isEqualTo("210902");
    assertThat(HAIZHOU.length()).isEqualTo(6);
    assertThat(HAIZHOU).hasToString("210902");
  }

  @Test
  void acceptsLettersAndDigitsUpToMaxLength() {
    assertThat(GridCode.of("a").value()).isEqualTo("a");
    assertThat(GridCode.of("XH01zq").value()).isEqualTo("XH01zq");
    assertThat(GridCode.of("1".repeat(GridCode.MAX_LENGTH)).length()).isEqualTo(GridCode.MAX_LENGTH);
  }

  @Test
  void emptyCodeBreaksSyntax() {
    assertThatThrownBy(() -> GridCode.of(""))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SYNTAX);
          assertThat(e.invalidCode()).isEmpty();
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CODE);
        })
        .hasMessageContaining("code ''");
  }

  @Test
  void codeLongerThanMaxLengthBreaksSyntax() {
    String tooLong = "2".repeat(GridCode.MAX_LENGTH + 1);
    assertThatThrownBy(() -> GridCode.of(tooLong))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SYNTAX);
          assertThat(e.invalidCode()).isEqualTo(tooLong);
        })
        .hasMessageContaining(tooLong)
        .hasMessageContaining("SYNTAX");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2109 02", " 210902", "210902 ", "2109\t02", "2109\n02", "2109-02", "2109_02", "2109.02",
      "21０902", "２１0902", "阜新210902", "21٠902", "2109é2", "2109\u00a002", "21\uD83D\uDE00902"})
  void characterOutsideAsciiLettersAndDigitsBreaksSyntax(String bad) {
    assertThatThrownBy(() -> GridCode.of(bad))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SYNTAX);
          assertThat(e.invalidCode()).isEqualTo(bad);
        })
        .hasMessageContaining("code '" + bad + "'")
        .hasMessageContaining("position");
  }

  @Test
  void syntaxErrorNamesTheCharacterAndItsPosition() {
    assertThatThrownBy(() -> GridCode.of("2109 02")).hasMessageContaining("character ' ' at position 5");
  }

  @Test
  void nullIsACallerMistake() {
    assertThatThrownBy(() -> GridCode.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void prefixOfIsStrict() {
    assertThat(HAIZHOU.isPrefixOf(HEPING)).isTrue();
    assertThat(HEPING.isPrefixOf(HAIZHOU)).isFalse();
    assertThat(HAIZHOU.isPrefixOf(HAIZHOU)).isFalse();
    assertThat(HAIZHOU.isPrefixOf(GridCode.of("210903001"))).isFalse();
    assertThat(GridCode.of("2109").isPrefixOf(GridCode.of("21090"))).isTrue();
  }

  @Test
  void prefixIsTheCodeOfAnAncestor() {
    GridCode building = GridCode.of("210902001001001001");
    assertThat(building.prefix(6)).isEqualTo(HAIZHOU);
    assertThat(building.prefix(9)).isEqualTo(HEPING);
    assertThat(building.prefix(18)).isSameAs(building);
    assertThat(building.prefix(1)).isEqualTo(GridCode.of("2"));
  }

  @Test
  void prefixOutsideTheCodeIsACallerMistake() {
    assertThatThrownBy(() -> HAIZHOU.prefix(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> HAIZHOU.prefix(7)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7");
  }

  @Test
  void segmentIsTheCharactersBetweenTwoPositions() {
    assertThat(HEPING.segment(6, 9)).isEqualTo("001");
    assertThat(HEPING.segment(0, 2)).isEqualTo("21");
    assertThat(HEPING.segment(4, 4)).isEmpty();
  }

  @Test
  void appendExtendsTheCodeAndChecksTheSuffix() {
    assertThat(HAIZHOU.append("001")).isEqualTo(HEPING);
    assertThatThrownBy(() -> HAIZHOU.append("0 1"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.rule()).isEqualTo(CodeRule.SYNTAX);
          assertThat(e.invalidCode()).isEqualTo("2109020 1");
        });
    assertThatThrownBy(() -> GridCode.of("1".repeat(39)).append("23"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.rule()).isEqualTo(CodeRule.SYNTAX));
  }

  @Test
  void equalWhenTheStringsAreEqual() {
    assertThat(GridCode.of("210902")).isEqualTo(HAIZHOU).hasSameHashCodeAs(HAIZHOU);
    assertThat(GridCode.of("0210902")).isNotEqualTo(HAIZHOU);
    assertThat(GridCode.of("XH")).isNotEqualTo(GridCode.of("xh"));
    assertThat(HAIZHOU).isNotEqualTo("210902");
  }

  @Test
  void leadingZerosMatter() {
    assertThat(GridCode.of("0101")).isNotEqualTo(GridCode.of("101"));
    assertThat(GridCode.of("0101").compareTo(GridCode.of("101"))).isNegative();
  }

  @Test
  void equalLengthNumericCodesSortNumerically() {
    List<GridCode> codes = new ArrayList<>(List.of(
        GridCode.of("210902201"), GridCode.of("210902002"), GridCode.of("210902010"), GridCode.of("210902001")));
    Collections.shuffle(codes, new Random(7));
    Collections.sort(codes);
    assertThat(codes).extracting(GridCode::value)
        .containsExactly("210902001", "210902002", "210902010", "210902201");
  }

  @Test
  void aParentSortsBeforeItsChildren() {
    assertThat(HAIZHOU.compareTo(HEPING)).isNegative();
    assertThat(HEPING.compareTo(HAIZHOU)).isPositive();
    assertThat(HAIZHOU.compareTo(GridCode.of("210902"))).isZero();
  }
}
