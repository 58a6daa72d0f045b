package org.civicgrid.geo.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColourRampTest {
  private final ColourRamp ramp = ColourRamp.YELLOW_TO_RED;

  @Test
  void cutsTheRangeIntoEqualClassesTopIncluded() {
    assertThat(ramp.classes()).isEqualTo(5);
    assertThat(ramp.classOf(0, 0, 100)).isZero();
    assertThat(ramp.classOf(19.99, 0, 100)).isZero();
    assertThat(ramp.classOf(20, 0, 100)).isEqualTo(1);
    assertThat(ramp.classOf(100, 0, 100)).isEqualTo(4);
    assertThat(ramp.colourOf(100, 0, 100)).isEqualTo("#bd0026");
  }

  @Test
  void clampsValuesOutsideTheRangeAndHandlesOneValue() {
    assertThat(ramp.classOf(-5, 0, 100)).isZero();
    assertThat(ramp.classOf(500, 0, 100)).isEqualTo(4);
    assertThat(ramp.classOf(96, 96, 96)).isEqualTo(4);
  }

  @Test
  void refusesMalformedColoursAndSizes() {
    assertThatThrownBy(() -> ColourRamp.of("#ffffff")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ColourRamp.of("#ffffff", "red")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("red");
    assertThatThrownBy(() -> ColourRamp.of("#ffffff", "#FFFFFF")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ColourRamp.of("#eeeeee", "#111111").colours()).containsExactly("#eeeeee", "#111111");
  }
}
