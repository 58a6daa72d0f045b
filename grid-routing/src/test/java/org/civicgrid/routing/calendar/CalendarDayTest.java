package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarDayTest {
  @Test
  void saysWhyADayIsWorked() {
    CalendarDay day = WorkingCalendar.chinaNational().day(LocalDate.of(2025, 2, 8));
    assertThat(day).hasToString("2025-02-08 MAKE_UP_WORKDAY 08:30-12:00, 14:00-17:30 (Spring Festival)");
  }

  @Test
  void aKindThatContradictsItsHoursIsRefused() {
    assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2025, 2, 8), DayKind.WORKDAY, DayHours.none(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02-08 is WORKDAY but has hours closed");
  }
}
