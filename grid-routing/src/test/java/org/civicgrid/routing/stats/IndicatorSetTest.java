package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorSetTest {

  @Test
  void holdsOneMeasurePerIndicatorInOrder() {
    IndicatorSet set = Measures.of(new Rate(Indicator.REWORK_RATE, 1, 9));
    assertThat(set.measures().keySet()).containsExactly(Indicator.values());
    assertThat(set.rate(Indicator.REWORK_RATE).numerator()).isEqualTo(1);
  }

  @Test
  void refusesTheWrongKindOfMeasure() {
    IndicatorSet set = Measures.of();
    assertThatThrownBy(() -> set.rate(Indicator.AVERAGE_HANDLING_TIME)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AVERAGE_HANDLING_TIME is not a rate");
    assertThatThrownBy(() -> set.mean(Indicator.SATISFACTION)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SATISFACTION is not a mean duration");
  }

  @Test
  void refusesAMissingIndicator() {
    assertThatThrownBy(() -> new IndicatorSet(Map.of(Indicator.SATISFACTION, new Rate(Indicator.SATISFACTION, 0, 0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no measure of FILING_RATE");
  }
}
