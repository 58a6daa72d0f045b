package org.civicgrid.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class Open311ErrorTest {

  @Test
  void rendersGeoReportsErrorFormatWithTheTextEscaped() {
    Open311Error error = Open311Error.badRequest("address_string \"火星\" could not be located");

    assertThat(error.toJson())
        .isEqualTo("[{\"code\":400,\"description\":\"address_string \\\"火星\\\" could not be located\"}]");
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(error).hasMessageContaining("Open311 400: address_string");
  }

  @Test
  void anErrorNeedsADescription() {
    assertThatThrownBy(() -> Open311Error.badRequest(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a description");
  }
}
