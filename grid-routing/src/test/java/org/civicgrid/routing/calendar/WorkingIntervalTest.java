package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingIntervalTest {
  @Test
  void readsAndPrintsClockTimes() {
    WorkingInterval morning = WorkingInterval.parse("08:30-12:00");
    assertThat(morning).isEqualTo(WorkingInterval.of(LocalTime.of(8, 30), LocalTime.NOON));
    assertThat(morning.minutes()).isEqualTo(210);
    assertThat(morning.start()).isEqualTo(LocalTime.of(8, 30));
    assertThat(morning).hasToString("08:30-12:00");
    assertThat(WorkingInterval.parse("8:30 – 12:00")).isEqualTo(morning);
  }

  @Test
  void aDayMayBeWorkedToMidnight() {
    assertThat(WorkingInterval.parse("00:00-24:00")).isEqualTo(WorkingInterval.allDay());
    assertThat(WorkingInterval.allDay().minutes()).isEqualTo(24 * 60);
  }

  @Test
  void touchingIntervalsDoNotOverlap() {
    assertThat(WorkingInterval.parse("08:00-12:00").overlaps(WorkingInterval.parse("12:00-13:00"))).isFalse();
    assertThat(WorkingInterval.parse("08:00-12:01").overlaps(WorkingInterval.parse("12:00-13:00"))).isTrue();
  }

  @Test
  void impossibleIntervalsAreRefusedNamingThem() {
    assertThatThrownBy(() -> WorkingInterval.parse("12:00-08:30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12:00–08:30");
    assertThatThrownBy(() -> WorkingInterval.parse("08:30-25:00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25:00");
    assertThatThrownBy(() -> WorkingInterval.parse("8.30 to 12"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8.30 to 12");
    assertThatThrownBy(() -> WorkingInterval.of(LocalTime.of(8, 30, 15), LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("08:30:15");
  }
}
