package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DayHoursTest {
  @Test
  void keepsSeveralIntervalsInOrder() {
    DayHours office = DayHours.parse("14:00-17:30, 08:30-12:00");
    assertThat(office.intervals()).extracting(WorkingInterval::toString).containsExactly("08:30-12:00", "14:00-17:30");
    assertThat(office.workingMinutes()).isEqualTo(7 * 60);
    assertThat(DayHours.parse(office.toString())).isEqualTo(office);
  }

  @Test
  void aDayNotWorkedHasNoIntervals() {
    assertThat(DayHours.parse("")).isEqualTo(DayHours.none());
    assertThat(DayHours.parse(DayHours.none().toString())).isEqualTo(DayHours.none());
    assertThat(DayHours.none().isWorking()).isFalse();
    assertThat(DayHours.allDay().workingMinutes()).isEqualTo(1440);
  }

  @Test
  void touchingIntervalsAreAllowed() {
    assertThat(DayHours.parse("08:00-12:00, 12:00-13:00").workingMinutes()).isEqualTo(300);
  }

  @Test
  void overlappingIntervalsAreRefusedNamingBoth() {
    assertThatThrownBy(() -> DayHours.parse("08:30-12:00, 11:30-17:30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("08:30-12:00 and 11:30-17:30 overlap");
    assertThatThrownBy(() -> DayHours.of(WorkingInterval.allDay(), WorkingInterval.parse("09:00-10:00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
  }
}
