package org.civicgrid.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LowerKebabTest {

  @ParameterizedTest
  @ValueSource(strings = {"jdbc", "file-system", "s3", "web-hook2", "water-utility", "a", "case-dispatched", "x-1-2"})
  void acceptsLowerKebabIds(String id) {
    assertThat(LowerKebab.matches(id)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Jdbc", "file_system", "file--system", "-jdbc", "jdbc-", "2fa", "a.b", "a b", "市场", "-",
      "wAter"})
  void rejectsOtherIds(String id) {
    assertThat(LowerKebab.matches(id)).isFalse();
  }
}
