package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivityKindTest {
  @Test
  void isLowerKebabWithAnOptionalCityPrefix() {
    assertThat(ActivityKind.of("hazard-report")).hasToString("hazard-report");
    assertThat(ActivityKind.of("beipiao.flood-watch").value()).isEqualTo("beipiao.flood-watch");
    assertThat(ActivityKind.of("building-check")).isLessThan(ActivityKind.of("hazard-report"));
  }

  @Test
  void refusesOtherSpellings() {
    assertThatThrownBy(() -> ActivityKind.of("Hazard_Report")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hazard_Report");
    assertThatThrownBy(() -> ActivityKind.of("a.b.c")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActivityKind.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }
}
