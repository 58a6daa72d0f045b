package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorTest {

  @Test
  void everyIndicatorStatesItsDenominator() {
    for (Indicator indicator : Indicator.values()) {
      assertThat(indicator.definition()).as("%s", indicator).contains(" / ").contains("in the period");
      assertThat(indicator.nameZh()).isNotBlank();
    }
  }

  @Test
  void theOnTimeIndicatorsSayOpenOverdueCasesAreLate() {
    assertThat(Indicator.ON_TIME_HANDLING.definition()).contains("open overdue cases count as not on time");
    assertThat(Indicator.ON_TIME_CLOSING.definition()).contains("open overdue cases count as not on time");
  }

  @Test
  void lowerIsBetterForReworkExtensionAndSendBack() {
    assertThat(Indicator.REWORK_RATE.higherIsBetter()).isFalse();
    assertThat(Indicator.EXTENSION_RATE.higherIsBetter()).isFalse();
    assertThat(Indicator.SEND_BACK_RATE.higherIsBetter()).isFalse();
    assertThat(Indicator.COMPLETION_RATE.higherIsBetter()).isTrue();
  }
}
