package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceEventIdTest {
  @Test
  void takesIdsAsOtherSystemsWriteThem() {
    assertThat(SourceEventId.of("case:2024-000123").value()).isEqualTo("case:2024-000123");
    assertThat(SourceEventId.of("patrol/2024-03-01/w17")).hasToString("patrol/2024-03-01/w17");
    assertThat(SourceEventId.of("a".repeat(128)).value()).hasSize(128);
  }

  @Test
  void refusesIdsAStoreCannotKeyOn() {
    assertThatThrownBy(() -> SourceEventId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceEventId.of("a".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceEventId.of("积分 1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("积分 1");
    assertThatThrownBy(() -> SourceEventId.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
