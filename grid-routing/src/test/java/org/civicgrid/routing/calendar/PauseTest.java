package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.calendar.Shanghai.at;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PauseTest {
  @Test
  void aPauseMayBeEmpty() {
    assertThat(new Pause(at("2025-03-17 10:00"), at("2025-03-17 10:00")).from()).isEqualTo(at("2025-03-17 10:00"));
  }

  @Test
  void aPauseLastsTheWallClockTimeBetweenItsEnds() {
    assertThat(new Pause(at("2025-03-17 10:00"), at("2025-03-18 16:00")).length()).isEqualTo(Duration.ofHours(30));
  }

  @Test
  void aPauseEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new Pause(at("2025-03-17 10:00"), at("2025-03-17 09:00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
  }
}
