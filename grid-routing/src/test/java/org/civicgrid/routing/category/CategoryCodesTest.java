package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryCodesTest {

  @Test
  void aMainClassHasTwoDigitsAndASubcategoryFour() {
    assertThat(CategoryCodes.isMainCode("01")).isTrue();
    assertThat(CategoryCodes.isMainCode("99")).isTrue();
    assertThat(CategoryCodes.isSubcategoryCode("0101")).isTrue();
    assertThat(CategoryCodes.isSubcategoryCode("0480")).isTrue();
  }

  @Test
  void zerosLettersAndOtherLengthsAreNoCodes() {
    assertThat(CategoryCodes.isMainCode("00")).isFalse();
    assertThat(CategoryCodes.isMainCode("1")).isFalse();
    assertThat(CategoryCodes.isMainCode("0A")).isFalse();
    assertThat(CategoryCodes.isMainCode(null)).isFalse();
    assertThat(CategoryCodes.isSubcategoryCode("0100")).isFalse();
    assertThat(CategoryCodes.isSubcategoryCode("0001")).isFalse();
    assertThat(CategoryCodes.isSubcategoryCode("01-1")).isFalse();
    assertThat(CategoryCodes.isSubcategoryCode("010101")).isFalse();
  }

  @Test
  void eightyToNinetyNineIsTheCitysOwnRangeInBothPlaces() {
    assertThat(CategoryCodes.isLocal("79")).isFalse();
    assertThat(CategoryCodes.isLocal("80")).isTrue();
    assertThat(CategoryCodes.isLocal("0179")).isFalse();
    assertThat(CategoryCodes.isLocal("0180")).isTrue();
    assertThat(CategoryCodes.isLocal("8001")).isTrue();
    assertThat(CategoryCodes.isLocal("9999")).isTrue();
  }

  @Test
  void askingWhetherANonCodeIsLocalIsACallerMistake() {
    assertThatThrownBy(() -> CategoryCodes.isLocal("010"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'010'");
  }
}
