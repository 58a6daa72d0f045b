package org.civicgrid.routing.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReporterContactTest {
  @Test
  void printingAContactWithholdsTheRawValues() {
    ReporterContact contact = new ReporterContact(Optional.of("黄丽"), Optional.of("13812345678"));
    assertThat(contact.toString()).doesNotContain("黄丽").doesNotContain("13812345678").contains("withheld");
  }

  @Test
  void aMissingFieldIsAnError() {
    assertThatThrownBy(() -> new ReporterContact(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
  }
}
