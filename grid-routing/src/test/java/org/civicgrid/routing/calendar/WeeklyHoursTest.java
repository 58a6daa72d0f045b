package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {
  @Test
  void officeHoursAreMondayToFridayWithALunchBreak() {
    WeeklyHours office = WeeklyHours.officeHours();
    assertThat(office.hours(DayOfWeek.MONDAY)).isEqualTo(DayHours.parse("08:30-12:00, 14:00-17:30"));
    assertThat(office.hours(DayOfWeek.SATURDAY)).isEqualTo(DayHours.none());
    assertThat(office.makeUpDay()).isEqualTo(office.hours(DayOfWeek.FRIDAY));
  }

  @Test
  void oneDayOrTheMakeUpDayCanBeChanged() {
    WeeklyHours shortFriday = WeeklyHours.officeHours().with(DayOfWeek.FRIDAY, DayHours.parse("08:30-12:00"));
    assertThat(shortFriday.hours(DayOfWeek.FRIDAY).workingMinutes()).isEqualTo(210);
    assertThat(shortFriday.hours(DayOfWeek.THURSDAY).workingMinutes()).isEqualTo(420);
    assertThat(shortFriday.withMakeUpDay(DayHours.parse("09:00-12:00")).makeUpDay().workingMinutes()).isEqualTo(180);
    assertThat(WeeklyHours.officeHours()).isEqualTo(WeeklyHours.weekdays(DayHours.parse("08:30-12:00, 14:00-17:30")));
  }

  @Test
  void roundTheClockWorksEveryDay() {
    for (DayOfWeek d : DayOfWeek.values()) {
      assertThat(WeeklyHours.allWeek().hours(d)).isEqualTo(DayHours.allDay());
    }
  }

  @Test
  void aWeekWithoutWorkIsRefused() {
    assertThatThrownBy(() -> WeeklyHours.weekdays(DayHours.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no day of the week");
  }
}
