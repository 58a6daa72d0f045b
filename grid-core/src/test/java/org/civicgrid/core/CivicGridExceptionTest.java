package org.civicgrid.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CivicGridExceptionTest {

  @Test
  void messageStartsWithTheCodeName() {
    CivicGridException e =
        new CivicGridException(ErrorCode.PLUGIN_NOT_FOUND, "no storage plugin has id jdbc");

    assertThat(e).hasMessage("PLUGIN_NOT_FOUND: no storage plugin has id jdbc").hasNoCause();
    assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_NOT_FOUND);
  }

  @Test
  void wrapsThePluginFailureAsItsCause() {
    IOException cause = new IOException("disk full");

    CivicGridException e =
        new CivicGridException(ErrorCode.PLUGIN_FAILED, "storage plugin file failed", cause);

    assertThat(e).isInstanceOf(RuntimeException.class).hasCause(cause);
    assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_FAILED);
  }

  @Test
  void subclassesKeepTheCodeAndTheMessageForm() {
    CivicGridException conflict =
        new CivicGridException(ErrorCode.PLUGIN_FAILED, "version 3 expected, found 4") {};

    assertThat(conflict).hasMessageStartingWith("PLUGIN_FAILED: ");
    assertThat(conflict.code()).isEqualTo(ErrorCode.PLUGIN_FAILED);
  }

  @Test
  void codeAndMessageAreRequired() {
    assertThatNullPointerException().isThrownBy(() -> new CivicGridException(null, "message"));
    assertThatNullPointerException()
        .isThrownBy(() -> new CivicGridException(ErrorCode.PLUGIN_FAILED, null));
  }
}
