package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrafficLightTest {
  private static final Duration LIMIT = Duration.ofHours(5);

  @Test
  void greenBelowEightyPercent() {
    assertThat(TrafficLight.of(Duration.ZERO, LIMIT)).isEqualTo(TrafficLight.GREEN);
    assertThat(TrafficLight.of(Duration.ofHours(4).minusMillis(1), LIMIT)).isEqualTo(TrafficLight.GREEN);
  }

  @Test
  void yellowFromExactlyEightyToExactlyOneHundredPercent() {
    assertThat(TrafficLight.of(Duration.ofHours(4), LIMIT)).isEqualTo(TrafficLight.YELLOW);
    assertThat(TrafficLight.of(LIMIT, LIMIT)).isEqualTo(TrafficLight.YELLOW);
  }

  @Test
  void redAboveOneHundredPercent() {
    assertThat(TrafficLight.of(LIMIT.plusMillis(1), LIMIT)).isEqualTo(TrafficLight.RED);
  }

  @Test
  void eightyPercentOfAnAwkwardLimitIsNotLostToRounding() {
    // 80 % of 7 ms is 5.6 ms: 5 ms is below, 6 ms above.
    assertThat(TrafficLight.of(5, 7)).isEqualTo(TrafficLight.GREEN);
    assertThat(TrafficLight.of(6, 7)).isEqualTo(TrafficLight.YELLOW);
  }

  @Test
  void negativeUseAndEmptyLimitsAreRefused() {
    assertThatThrownBy(() -> TrafficLight.of(Duration.ofMinutes(-1), LIMIT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1M");
    assertThatThrownBy(() -> TrafficLight.of(Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
  }
}
