package org.civicgrid.routing.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void theDelayDoublesPerFailedAttemptUpToTheCap() {
    RetryPolicy policy = RetryPolicy.standard();

    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(1920));
    assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void subSecondDelaysDoNotOverflow() {
    RetryPolicy policy = new RetryPolicy(100, Duration.ofMillis(1), Duration.ofDays(1), Duration.ofMinutes(1), 10);

    assertThat(policy.delayAfter(100)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void badSettingsAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts 0");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofMinutes(1), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT1M");
    assertThatThrownBy(() -> RetryPolicy.standard().delayAfter(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt 0");
  }
}
