package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.calendar.Shanghai.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  private static final WorkingCalendar NATIONAL = WorkingCalendar.chinaNational();

  @Test
  void theNationalCalendarTellsWhyEachDayIsWorkedOrNot() {
    assertThat(NATIONAL.day(LocalDate.of(2025, 1, 24)).kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(NATIONAL.day(LocalDate.of(2025, 1, 25)).kind()).isEqualTo(DayKind.REST_DAY);
    CalendarDay makeUpSunday = NATIONAL.day(LocalDate.of(2025, 1, 26));
    assertThat(makeUpSunday.kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(makeUpSunday.hours()).isEqualTo(DayHours.parse("08:30-12:00, 14:00-17:30"));
    assertThat(makeUpSunday.holiday().orElseThrow().nameEn()).isEqualTo("Spring Festival");
    CalendarDay newYearsEve = NATIONAL.day(LocalDate.of(2025, 1, 28));
    assertThat(newYearsEve.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
    assertThat(newYearsEve.isWorking()).isFalse();
    assertThat(NATIONAL.day(LocalDate.of(2025, 4, 5)).kind()).as("a Saturday inside Qingming")
        .isEqualTo(DayKind.PUBLIC_HOLIDAY);
  }

  @Test
  void china2025And2026EachHave248WorkingDaysOfSevenHours() {
    assertThat(NATIONAL.workingTimeBetween(at("2025-01-01 00:00"), at("2026-01-01 00:00")))
        .isEqualTo(Duration.ofHours(248 * 7));
    assertThat(NATIONAL.workingTimeBetween(at("2026-01-01 00:00"), at("2027-01-01 00:00")))
        .as("the end of the last declared year needs nothing of the next").isEqualTo(Duration.ofHours(248 * 7));
  }

  @Test
  void workingHoursCountOnlyTimeInsideWorkingIntervals() {
    assertThat(NATIONAL.plusWorkingTime(at("2025-03-17 11:00"), Duration.ofHours(2)))
        .as("over the lunch break").isEqualTo(at("2025-03-17 15:00"));
    assertThat(NATIONAL.plusWorkingTime(at("2025-03-17 08:30"), Duration.ofMinutes(210)))
        .as("a morning filled exactly ends at noon, not after lunch").isEqualTo(at("2025-03-17 12:00"));
    assertThat(NATIONAL.plusWorkingTime(at("2025-03-15 10:00"), Duration.ofHours(2)))
        .as("reported on a Saturday").isEqualTo(at("2025-03-17 10:30"));
    assertThat(NATIONAL.plusWorkingTime(at("2025-03-17 09:00"), Duration.ZERO)).isEqualTo(at("2025-03-17 09:00"));
  }

  @Test
  void aWorkingDayIsAWholeDayNotTwentyFourWorkingHours() {
    assertThat(NATIONAL.deadline(at("2025-03-14 16:00"), TimeLimit.workingDays(2)))
        .as("Friday 16:00 + 2 working days: Monday and Tuesday, to the close of business")
        .isEqualTo(at("2025-03-18 17:30"));
    assertThat(NATIONAL.deadline(at("2025-03-17 08:30"), TimeLimit.workingDays(1))).isEqualTo(at("2025-03-18 17:30"));
    assertThat(NATIONAL.deadline(at("2025-03-17 08:30"), TimeLimit.workingHours(24)))
        .as("three 7-hour days and 3 hours").isEqualTo(at("2025-03-20 11:30"));
  }

  @Test
  void aLimitOverTheSpringFestivalCountsTheMakeUpSundayAndSkipsTheHoliday() {
    assertThat(NATIONAL.deadline(at("2025-01-24 16:00"), TimeLimit.workingDays(1)))
        .as("the make-up Sunday is the first working day").isEqualTo(at("2025-01-26 17:30"));
    assertThat(NATIONAL.deadline(at("2025-01-24 16:00"), TimeLimit.workingDays(3)))
        .as("Sunday 26th, Monday 27th, then the first day after the festival")
        .isEqualTo(at("2025-02-05 17:30"));
    assertThat(NATIONAL.deadline(at("2025-01-27 16:00"), TimeLimit.workingHours(4)))
        .isEqualTo(at("2025-02-05 11:00"));
    assertThat(NATIONAL.workingTimeBetween(at("2025-01-24 16:00"), at("2025-02-05 11:00")))
        .isEqualTo(Duration.ofMinutes(90 + 7 * 60 + 7 * 60 + 150));
  }

  @Test
  void aLimitCrossesIntoTheNextDeclaredYear() {
    assertThat(NATIONAL.deadline(at("2025-12-31 10:00"), TimeLimit.workingDays(2)))
        .as("1–3 January 2026 off, Sunday the 4th made up, then Monday").isEqualTo(at("2026-01-05 17:30"));
  }

  @Test
  void calendarLimitsIgnoreWorkingHours() {
    assertThat(NATIONAL.deadline(at("2025-01-28 22:00"), TimeLimit.calendarHours(2))).isEqualTo(at("2025-01-29 00:00"));
    assertThat(NATIONAL.deadline(at("2025-01-28 22:00"), TimeLimit.calendarMinutes(30))).isEqualTo(at("2025-01-28 22:30"));
    assertThat(NATIONAL.deadline(at("2025-01-24 16:00"), TimeLimit.calendarDays(3)))
        .as("the start's day does not count; the third day ends at midnight").isEqualTo(at("2025-01-28 00:00"));
    assertThat(NATIONAL.deadline(at("2030-06-01 09:00"), TimeLimit.calendarHours(2)))
        .as("no holiday data needed").isEqualTo(at("2030-06-01 11:00"));
  }

  @Test
  void isWorkingTimeHasExclusiveEnds() {
    assertThat(NATIONAL.isWorkingTime(at("2025-03-17 08:30"))).isTrue();
    assertThat(NATIONAL.isWorkingTime(at("2025-03-17 11:59"))).isTrue();
    assertThat(NATIONAL.isWorkingTime(at("2025-03-17 12:00"))).isFalse();
    assertThat(NATIONAL.isWorkingTime(at("2025-01-28 10:00"))).isFalse();
    assertThat(NATIONAL.isWorkingTime(at("2025-01-26 10:00"))).isTrue();
  }

  @Test
  void aYearWithoutDataIsRefusedNamingTheYear() {
    assertThatThrownBy(() -> NATIONAL.day(LocalDate.of(2027, 3, 1)))
        .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.CALENDAR_YEAR_MISSING);
          assertThat(e.year()).isEqualTo(2027);
          assertThat(e.calendarId()).isEqualTo("china-national");
        })
        .hasMessageContainingAll("2027", "china-national", "[2025, 2026]");
    assertThatThrownBy(() -> NATIONAL.deadline(at("2026-12-30 10:00"), TimeLimit.workingDays(5)))
        .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2027");
    assertThatThrownBy(() -> NATIONAL.isWorkingTime(at("2024-12-31 10:00")))
        .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2024");
  }

  @Test
  void aCallerMayOptIntoTheWeeklyHoursForUndeclaredYears() {
    WorkingCalendar approximate = NATIONAL.derive("china-approximate").undeclaredYears(UndeclaredYears.WEEKLY_HOURS)
        .build();
    assertThat(approximate.day(LocalDate.of(2027, 1, 1)).kind()).as("a Friday, its holiday unknown")
        .isEqualTo(DayKind.WORKDAY);
    assertThat(approximate.deadline(at("2026-12-30 10:00"), TimeLimit.workingDays(5)))
        .isEqualTo(at("2027-01-06 17:30"));
    assertThat(approximate.day(LocalDate.of(2026, 1, 1)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
  }

  @Test
  void aHotlineCentreWorksRoundTheClockThroughHolidaysInAnyYear() {
    WorkingCalendar hotline = NATIONAL.derive("fuxin-12345-hotline").weeklyHours(WeeklyHours.allWeek())
        .publicHolidays(PublicHolidays.none()).build();
    assertThat(hotline.day(LocalDate.of(2025, 1, 28)).kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(hotline.deadline(at("2025-01-28 23:00"), TimeLimit.workingHours(2))).isEqualTo(at("2025-01-29 01:00"));
    assertThat(hotline.deadline(at("2031-05-01 23:00"), TimeLimit.workingDays(1))).isEqualTo(at("2031-05-03 00:00"));
    assertThat(NATIONAL.day(LocalDate.of(2025, 1, 28)).kind()).as("the national calendar is untouched")
        .isEqualTo(DayKind.PUBLIC_HOLIDAY);
  }

  @Test
  void aDepartmentKeepsItsOwnHoursAndTheNationalHolidays() {
    DayHours waterCompany = DayHours.parse("08:00-12:00, 13:30-17:00");
    WorkingCalendar water = NATIONAL.derive("beipiao-water").weeklyHours(WeeklyHours.weekdays(waterCompany)).build();
    assertThat(water.day(LocalDate.of(2025, 1, 26)).hours()).isEqualTo(waterCompany);
    assertThat(water.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
    assertThat(water.deadline(at("2025-03-14 16:00"), TimeLimit.workingDays(2))).isEqualTo(at("2025-03-18 17:00"));
  }

  @Test
  void aUnitsOwnDatesOverrideHolidaysAndWeekdays() {
    WorkingCalendar wuhua = NATIONAL.derive("wuhua-xihe").closedOn(LocalDate.of(2025, 7, 15))
        .hoursOn(LocalDate.of(2025, 2, 3), DayHours.parse("09:00-12:00")).build();
    assertThat(wuhua.day(LocalDate.of(2025, 7, 15)).kind()).as("a typhoon day").isEqualTo(DayKind.UNIT_CLOSURE);
    assertThat(wuhua.day(LocalDate.of(2025, 2, 3)).kind()).as("a duty morning in the festival")
        .isEqualTo(DayKind.UNIT_WORKDAY);
    assertThat(wuhua.deadline(at("2025-07-14 16:00"), TimeLimit.workingDays(1))).isEqualTo(at("2025-07-16 17:30"));
    assertThat(wuhua.deadline(at("2025-01-27 17:00"), TimeLimit.workingHours(1))).isEqualTo(at("2025-02-03 09:30"));
    assertThat(wuhua.derive("wuhua-xihe-2").clearDate(LocalDate.of(2025, 7, 15)).build()
        .isWorkingDay(LocalDate.of(2025, 7, 15))).isTrue();
  }

  @Test
  void daysAreTheCalendarsLocalDaysWhateverZoneInstantsArePrintedIn() {
    Instant mondayFourAmInShanghai = Instant.parse("2025-03-16T20:00:00Z");
    assertThat(NATIONAL.isWorkingTime(mondayFourAmInShanghai)).isFalse();
    assertThat(NATIONAL.plusWorkingTime(mondayFourAmInShanghai, Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2025-03-17T01:30:00Z"));
    assertThat(NATIONAL.deadline(Instant.parse("2025-01-24T08:00:00Z"), TimeLimit.workingDays(2)))
        .as("Friday 16:00 in Shanghai").isEqualTo(Instant.parse("2025-01-27T09:30:00Z"));
  }

  @Test
  void aZoneWithDaylightSavingCountsItsShortDayRight() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    WorkingCalendar roundTheClock = WorkingCalendar.builder("berlin-24-7").zone(berlin)
        .weeklyHours(WeeklyHours.allWeek()).publicHolidays(PublicHolidays.none()).build();
    Instant saturdayNoon = LocalDateTime.parse("2025-03-29T12:00").atZone(berlin).toInstant();
    assertThat(roundTheClock.plusWorkingTime(saturdayNoon, Duration.ofHours(24)))
        .as("30 March has 23 hours").isEqualTo(LocalDateTime.parse("2025-03-30T13:00").atZone(berlin).toInstant());
    WorkingCalendar office = WorkingCalendar.builder("berlin-office").zone(berlin).publicHolidays(PublicHolidays.none())
        .build();
    assertThat(office.workingTimeBetween(LocalDateTime.parse("2025-03-28T08:30").atZone(berlin).toInstant(),
        LocalDateTime.parse("2025-03-31T17:30").atZone(berlin).toInstant())).isEqualTo(Duration.ofHours(14));
  }

  @Test
  void badInputIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> NATIONAL.workingTimeBetween(at("2025-03-17 10:00"), at("2025-03-17 09:00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is before start");
    assertThatThrownBy(() -> NATIONAL.plusWorkingTime(at("2025-03-17 10:00"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1H");
    assertThatThrownBy(() -> NATIONAL.plusWorkingDays(at("2025-03-17 10:00"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> WorkingCalendar.builder("Fuxin Hotline"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Fuxin Hotline");
    assertThatThrownBy(() -> WorkingCalendar.builder("fuxin").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PublicHolidays.none()");
  }
}
