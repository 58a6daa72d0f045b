package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"jdbc", "file-system", "s3", "web-hook2"})
  void acceptsLowerKebabIds(String id) {
    assertThat(Identifiers.isLowerKebab(id)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Jdbc", "file_system", "file--system", "-jdbc", "jdbc-", "2fa", "a.b"})
  void rejectsOtherIds(String id) {
    assertThat(Identifiers.isLowerKebab(id)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc-url", "pool.max-size", "retry.backoff.initial"})
  void acceptsParameterKeysWithDots(String key) {
    assertThat(Identifiers.isParameterKey(key)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Pool.size", "pool..size", ".pool", "pool.", "pool_size", "pool.-size"})
  void rejectsOtherParameterKeys(String key) {
    assertThat(Identifiers.isParameterKey(key)).isFalse();
  }
}
