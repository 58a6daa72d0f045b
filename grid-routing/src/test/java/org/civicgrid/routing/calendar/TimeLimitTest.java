package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeLimitTest {
  @Test
  void readsTheJiyuanTableInChineseAndEnglish() {
    assertThat(TimeLimit.parse("15工作日")).isEqualTo(TimeLimit.workingDays(15));
    assertThat(TimeLimit.parse("5 工作时")).isEqualTo(TimeLimit.workingHours(5));
    assertThat(TimeLimit.parse("5工作小时")).isEqualTo(TimeLimit.workingHours(5));
    assertThat(TimeLimit.parse("30分钟")).isEqualTo(TimeLimit.calendarMinutes(30));
    assertThat(TimeLimit.parse("2小时")).isEqualTo(TimeLimit.calendarHours(2));
    assertThat(TimeLimit.parse("3天")).isEqualTo(TimeLimit.calendarDays(3));
    assertThat(TimeLimit.parse("3自然日")).isEqualTo(TimeLimit.calendarDays(3));
    assertThat(TimeLimit.parse(" 1 Working Day ")).isEqualTo(TimeLimit.workingDays(1));
    assertThat(TimeLimit.parse("90 working  minutes")).isEqualTo(TimeLimit.workingMinutes(90));
    assertThat(TimeLimit.parse("2 calendar hours")).isEqualTo(TimeLimit.of(2, LimitUnit.CALENDAR_HOURS));
  }

  @Test
  void printsWhatItReads() {
    for (LimitUnit unit : LimitUnit.values()) {
      TimeLimit limit = TimeLimit.of(7, unit);
      assertThat(TimeLimit.parse(limit.toString())).isEqualTo(limit);
      assertThat(TimeLimit.parse(7 + unit.labelZh())).isEqualTo(limit);
    }
    assertThat(TimeLimit.workingDays(2)).hasToString("2 working days");
  }

  @Test
  void workingDaysAndWorkingHoursAreDifferentUnits() {
    assertThat(TimeLimit.workingDays(1)).isNotEqualTo(TimeLimit.workingHours(24));
    assertThat(LimitUnit.WORKING_DAYS.countsDays()).isTrue();
    assertThat(LimitUnit.WORKING_HOURS.countsDays()).isFalse();
    assertThat(LimitUnit.CALENDAR_DAYS.isWorking()).isFalse();
  }

  @Test
  void negativeZeroAndHugeAmountsAreRefused() {
    assertThatThrownBy(() -> TimeLimit.workingDays(-2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2 working days");
    assertThatThrownBy(() -> TimeLimit.workingHours(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 working hours");
    assertThatThrownBy(() -> TimeLimit.parse("-2 working days"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2 working days");
    assertThatThrownBy(() -> TimeLimit.parse("100001 calendar minutes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100001");
  }

  @Test
  void unknownOrAmbiguousUnitsAreRefusedNamingThem() {
    assertThatThrownBy(() -> TimeLimit.parse("3 fortnights"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown unit 'fortnights'");
    assertThatThrownBy(() -> TimeLimit.parse("3 days"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown unit 'days'");
    assertThatThrownBy(() -> TimeLimit.parse("working days"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an amount followed by a unit");
    assertThatThrownBy(() -> TimeLimit.of(2, null)).isInstanceOf(NullPointerException.class);
  }
}
