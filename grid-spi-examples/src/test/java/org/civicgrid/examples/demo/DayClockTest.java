package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DayClockTest {
  private static final Instant EIGHT = Instant.parse("2025-03-17T00:00:00Z");

  @Test
  void standsStillUntilTheScriptMovesIt() {
    DayClock clock = new DayClock(EIGHT);
    assertThat(clock.instant()).isEqualTo(EIGHT);
    clock.moveTo(EIGHT.plusSeconds(600));
    assertThat(clock.instant()).isEqualTo(EIGHT.plusSeconds(600));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void refusesToGoBackNamingBothInstants() {
    DayClock clock = new DayClock(EIGHT);
    assertThatThrownBy(() -> clock.moveTo(EIGHT.minusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-03-17T00:00:00Z").hasMessageContaining("2025-03-16T23:59:00Z");
    assertThat(clock.instant()).isEqualTo(EIGHT);
  }

  @Test
  void isAlwaysUtc() {
    assertThatThrownBy(() -> new DayClock(EIGHT).withZone(ZoneOffset.ofHours(8)))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("+08:00");
  }
}
