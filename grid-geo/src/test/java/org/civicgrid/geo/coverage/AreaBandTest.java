package org.civicgrid.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaBandTest {
  @Test
  void holdsAreasBetweenItsEndsInclusive() {
    AreaBand band = AreaBand.hectares(2, 5);
    assertThat(band.minSquareMetres()).isEqualTo(20_000);
    assertThat(band.contains(20_000)).isTrue();
    assertThat(band.contains(50_000)).isTrue();
    assertThat(band.contains(50_000.1)).isFalse();
    assertThat(band.contains(19_999)).isFalse();
    assertThat(band).hasToString("20000.0 m²–50000.0 m²");
  }

  @Test
  void refusesBandsThatHoldNothingOrAreNotNumbers() {
    assertThatThrownBy(() -> new AreaBand(5, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5.0");
    assertThatThrownBy(() -> new AreaBand(-1, 2)).hasMessageContaining("-1.0");
    assertThatThrownBy(() -> new AreaBand(Double.NaN, 2)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> AreaBand.hectares(1, Double.POSITIVE_INFINITY)).hasMessageContaining("Infinity");
  }
}
