package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class YearTableTest {
  private static final ZoneId SHANGHAI = WorkingCalendar.CHINA_ZONE;
  private static final DayHours OFFICE = DayHours.parse("08:30-12:00, 14:00-17:30");

  /** 2025 worked Monday to Friday, with no holidays. */
  private static final YearTable WEEKDAYS_2025 = YearTable.build(2025, SHANGHAI,
      d -> d.getDayOfWeek().getValue() <= 5 ? OFFICE : DayHours.none());

  @Test
  void tabulatesEveryWeekdayOfTheYear() {
    assertThat(WEEKDAYS_2025.workingDayCount()).isEqualTo(261);
    assertThat(WEEKDAYS_2025.total()).isEqualTo(261 * 7 * 3_600_000L);
    assertThat(WEEKDAYS_2025.start).isEqualTo(ms("2025-01-01T00:00"));
    assertThat(WEEKDAYS_2025.end).isEqualTo(ms("2026-01-01T00:00"));
  }

  @Test
  void findsTheDayOfAnInstantAtItsEdges() {
    assertThat(WEEKDAYS_2025.dayOf(ms("2025-01-01T00:00"))).isZero();
    assertThat(WEEKDAYS_2025.dayOf(ms("2025-12-31T23:59"))).isEqualTo(364);
    assertThat(WEEKDAYS_2025.dayOf(ms("2025-03-17T00:00") - 1)).isEqualTo(LocalDate.of(2025, 3, 16).getDayOfYear() - 1);
  }

  @Test
  void anAmountThatFillsAnIntervalEndsAtItsEndNotAtTheNextStart() {
    long mondayMorning = WEEKDAYS_2025.workedBefore(ms("2025-03-17T12:00"));
    int monday = WEEKDAYS_2025.dayOf(ms("2025-03-17T09:00"));
    assertThat(WEEKDAYS_2025.instantAt(mondayMorning, monday)).isEqualTo(ms("2025-03-17T12:00"));
    assertThat(WEEKDAYS_2025.instantAt(mondayMorning + 1, monday)).isEqualTo(ms("2025-03-17T14:00") + 1);
    assertThat(WEEKDAYS_2025.instantAt(WEEKDAYS_2025.total(), 0)).isEqualTo(ms("2025-12-31T17:30"));
  }

  @Test
  void theForwardStepAndTheBinarySearchFindTheSameInstant() {
    for (long hours = 1; hours < 261 * 7; hours += 13) {
      long worked = hours * 3_600_000L + 1;
      long found = WEEKDAYS_2025.instantAt(worked, 0);
      int day = WEEKDAYS_2025.dayOf(found);
      assertThat(WEEKDAYS_2025.instantAt(worked, day)).isEqualTo(found);
      assertThat(WEEKDAYS_2025.instantAt(worked, Math.max(0, day - 20))).isEqualTo(found);
      assertThat(WEEKDAYS_2025.workedBefore(found)).isEqualTo(worked);
    }
  }

  @Test
  void workedBeforeIsFlatOutsideWorkingIntervals() {
    assertThat(WEEKDAYS_2025.workedBefore(ms("2025-03-17T13:00")))
        .isEqualTo(WEEKDAYS_2025.workedBefore(ms("2025-03-17T12:00")));
    assertThat(WEEKDAYS_2025.workedBefore(WEEKDAYS_2025.end)).isEqualTo(WEEKDAYS_2025.total());
  }

  @Test
  void intervalsSkippedByAClockChangeCollapse() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    YearTable nights = YearTable.build(2025, berlin, d -> DayHours.parse("02:00-03:00"));
    assertThat(nights.workingDayCount()).as("02:00–03:00 does not exist on 30 March").isEqualTo(364);
    YearTable allDay = YearTable.build(2025, berlin, d -> DayHours.allDay());
    assertThat(allDay.total()).isEqualTo(365 * 86_400_000L);
  }

  private static long ms(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant().toEpochMilli();
  }
}
