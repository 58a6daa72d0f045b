package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.calendar.Shanghai.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private static final WorkingCalendar NATIONAL = WorkingCalendar.chinaNational();

  /** A dispute dispatched to the community on Friday afternoon with 2 working days to handle it. */
  private static final Deadline FRIDAY_DISPUTE =
      Deadline.start(NATIONAL, TimeLimit.workingDays(2), at("2025-03-14 16:00"));

  /** A dirty street with 4 working hours, reported on Monday morning. */
  private static final Deadline MONDAY_STREET =
      Deadline.start(NATIONAL, TimeLimit.workingHours(4), at("2025-03-17 09:00"));

  @Test
  void aWorkingDayLimitAllowsWhatItsCountedDaysHold() {
    assertThat(FRIDAY_DISPUTE.due()).contains(at("2025-03-18 17:30"));
    assertThat(FRIDAY_DISPUTE.allowance()).isEqualTo(Duration.ofMinutes(90 + 2 * 7 * 60));
    assertThat(MONDAY_STREET.due()).contains(at("2025-03-17 15:00"));
    assertThat(MONDAY_STREET.allowance()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void elapsedCountsOnlyWorkingTime() {
    assertThat(FRIDAY_DISPUTE.elapsed(at("2025-03-16 20:00"))).as("over the weekend").isEqualTo(Duration.ofMinutes(90));
    assertThat(FRIDAY_DISPUTE.elapsed(at("2025-03-17 13:00"))).isEqualTo(Duration.ofMinutes(90 + 210));
    assertThat(FRIDAY_DISPUTE.remaining(at("2025-03-17 13:00"))).isEqualTo(Duration.ofMinutes(7 * 60 + 120 + 90));
  }

  @Test
  void theTrafficLightTurnsYellowAtExactlyEightyPercentAndRedJustAfterTheDueInstant() {
    // 80 % of 15.5 hours is 744 minutes: Friday's 90, Monday's 420, then 234 on Tuesday up to 14:24.
    assertThat(FRIDAY_DISPUTE.status(at("2025-03-14 16:00"))).isEqualTo(TrafficLight.GREEN);
    assertThat(FRIDAY_DISPUTE.status(at("2025-03-18 14:24").minusMillis(1))).isEqualTo(TrafficLight.GREEN);
    assertThat(FRIDAY_DISPUTE.status(at("2025-03-18 14:24"))).isEqualTo(TrafficLight.YELLOW);
    assertThat(FRIDAY_DISPUTE.status(at("2025-03-18 17:30"))).as("exactly 100 %").isEqualTo(TrafficLight.YELLOW);
    assertThat(FRIDAY_DISPUTE.isOverdue(at("2025-03-18 17:30"))).isFalse();
    assertThat(FRIDAY_DISPUTE.status(at("2025-03-18 17:30").plusMillis(1))).isEqualTo(TrafficLight.RED);
    assertThat(FRIDAY_DISPUTE.status(at("2025-03-18 21:00"))).as("the evening after the close of business")
        .isEqualTo(TrafficLight.RED);
    assertThat(FRIDAY_DISPUTE.isOverdue(at("2025-03-18 21:00"))).isTrue();
    assertThat(FRIDAY_DISPUTE.remaining(at("2025-03-18 21:00"))).isZero();
    assertThat(FRIDAY_DISPUTE.remaining(at("2025-03-19 09:00"))).isEqualTo(Duration.ofMinutes(-30));
  }

  /** The light reads the wall clock first (used time never exceeds it); it must agree with used time. */
  @Test
  void theTrafficLightAlwaysComparesTheUsedTimeWithTheAllowance() {
    Deadline paused = MONDAY_STREET.pause(at("2025-03-17 10:00")).resume(at("2025-03-17 14:00"));
    Deadline calendarHours = Deadline.start(NATIONAL, TimeLimit.calendarHours(2), at("2025-01-28 22:00"))
        .pause(at("2025-01-28 22:30")).resume(at("2025-01-28 23:00"));
    int yellow = 0;
    for (Deadline d : List.of(MONDAY_STREET, FRIDAY_DISPUTE, paused, calendarHours)) {
      for (int minutes = 0; minutes <= 6 * 24 * 60; minutes += 7) {
        Instant now = d.start().plus(Duration.ofMinutes(minutes));
        TrafficLight expected = d.isOverdue(now) ? TrafficLight.RED : TrafficLight.of(d.elapsed(now), d.allowance());
        assertThat(d.status(now)).as("%s at %s", d, now).isEqualTo(expected);
        yellow += expected == TrafficLight.YELLOW ? 1 : 0;
      }
    }
    assertThat(yellow).as("yellow was reached").isPositive();
  }

  @Test
  void pausedWorkingTimePushesTheDueInstantOn() {
    Deadline onHold = MONDAY_STREET.pause(at("2025-03-17 10:00"));
    assertThat(onHold.isPaused()).isTrue();
    assertThat(onHold.due()).as("nothing falls due on hold").isEmpty();
    assertThat(onHold.elapsed(at("2025-03-17 16:00"))).isEqualTo(Duration.ofHours(1));
    assertThat(onHold.status(at("2025-03-20 16:00"))).isEqualTo(TrafficLight.GREEN);

    Deadline resumed = onHold.resume(at("2025-03-17 15:00"));
    assertThat(resumed.pauses()).containsExactly(new Pause(at("2025-03-17 10:00"), at("2025-03-17 15:00")));
    assertThat(resumed.due()).as("3 working hours paused: 15:00 + 3 h is Tuesday 09:00")
        .contains(at("2025-03-18 09:00"));
    assertThat(resumed.elapsed(at("2025-03-17 16:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(resumed.status(at("2025-03-18 09:00"))).isEqualTo(TrafficLight.YELLOW);
    assertThat(resumed.status(at("2025-03-18 09:01"))).isEqualTo(TrafficLight.RED);
  }

  @Test
  void aPauseOverTheSpringFestivalsMakeUpSundaySavesThatWorkingDay() {
    Deadline dispute = Deadline.start(NATIONAL, TimeLimit.workingDays(3), at("2025-01-24 16:00"));
    assertThat(dispute.due()).contains(at("2025-02-05 17:30"));
    Deadline resumed = dispute.pause(at("2025-01-26 08:30")).resume(at("2025-01-27 08:30"));
    assertThat(resumed.due()).contains(at("2025-02-06 17:30"));
    assertThat(resumed.elapsed(at("2025-02-01 12:00"))).isEqualTo(Duration.ofMinutes(90 + 7 * 60));
  }

  @Test
  void severalPausesEachSaveTheirWorkingTime() {
    Deadline twice = MONDAY_STREET.pause(at("2025-03-17 10:00")).resume(at("2025-03-17 11:00"))
        .pause(at("2025-03-17 14:00")).resume(at("2025-03-17 14:30"));
    assertThat(twice.due()).contains(at("2025-03-17 16:30"));
    assertThat(twice.pauses()).hasSize(2);
  }

  @Test
  void aPauseAfterTheDueInstantDoesNotMoveIt() {
    Deadline late = MONDAY_STREET.pause(at("2025-03-17 16:00"));
    assertThat(late.due()).contains(at("2025-03-17 15:00"));
    assertThat(late.status(at("2025-03-18 10:00"))).isEqualTo(TrafficLight.RED);
    assertThat(late.resume(at("2025-03-18 10:00")).due()).contains(at("2025-03-17 15:00"));
  }

  @Test
  void aStoppedClockKeepsItsLastStatus() {
    Deadline done = FRIDAY_DISPUTE.stop(at("2025-03-17 11:00"));
    assertThat(done.isStopped()).isTrue();
    assertThat(done.stoppedAt()).contains(at("2025-03-17 11:00"));
    assertThat(done.status(at("2025-04-30 10:00"))).isEqualTo(TrafficLight.GREEN);
    assertThat(done.elapsed(at("2025-04-30 10:00"))).isEqualTo(Duration.ofMinutes(90 + 150));
    Deadline doneLate = FRIDAY_DISPUTE.stop(at("2025-03-19 09:00"));
    assertThat(doneLate.status(at("2025-04-30 10:00"))).isEqualTo(TrafficLight.RED);
  }

  @Test
  void stoppingOnHoldEndsThePause() {
    Deadline done = MONDAY_STREET.pause(at("2025-03-17 10:00")).stop(at("2025-03-17 14:30"));
    assertThat(done.isPaused()).isFalse();
    assertThat(done.pauses()).containsExactly(new Pause(at("2025-03-17 10:00"), at("2025-03-17 14:30")));
    assertThat(done.elapsed(at("2025-03-18 10:00"))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void calendarLimitsPauseInElapsedTime() {
    Deadline burst = Deadline.start(NATIONAL, TimeLimit.calendarHours(2), at("2025-01-28 22:00"));
    assertThat(burst.due()).contains(at("2025-01-29 00:00"));
    Deadline resumed = burst.pause(at("2025-01-28 22:30")).resume(at("2025-01-28 23:00"));
    assertThat(resumed.due()).contains(at("2025-01-29 00:30"));
    assertThat(resumed.elapsed(at("2025-01-29 00:00"))).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void aClosureAddedToTheCalendarReprojectsTheDeadlineAndSaysWhy() {
    Deadline dispute = Deadline.start(NATIONAL, TimeLimit.workingDays(2), at("2025-07-11 16:00"));
    WorkingCalendar typhoon = NATIONAL.derive("wuhua-xihe").closedOn(LocalDate.of(2025, 7, 15)).build();
    Reprojection r = dispute.reproject(typhoon, "typhoon closure on 15 July");
    assertThat(r.reason()).isEqualTo("typhoon closure on 15 July");
    assertThat(r.oldDue()).contains(at("2025-07-15 17:30"));
    assertThat(r.newDue()).contains(at("2025-07-16 17:30"));
    assertThat(r.dueChanged()).isTrue();
    assertThat(r.before()).isEqualTo(dispute);
    assertThat(r.after().calendar()).isSameAs(typhoon);
    assertThat(r.after().start()).isEqualTo(dispute.start());
  }

  @Test
  void movingACaseToARoundTheClockUnitReprojectsItsHourLimit() {
    WorkingCalendar hotline = NATIONAL.derive("fuxin-12345-hotline").weeklyHours(WeeklyHours.allWeek())
        .publicHolidays(PublicHolidays.none()).build();
    Deadline streetFriday = Deadline.start(NATIONAL, TimeLimit.workingHours(4), at("2025-03-14 16:00"));
    assertThat(streetFriday.due()).contains(at("2025-03-17 11:00"));
    Reprojection r = streetFriday.reproject(hotline, "transferred to the 12345 hotline");
    assertThat(r.newDue()).contains(at("2025-03-14 20:00"));
    assertThat(NATIONAL.deadline(at("2025-03-14 16:00"), TimeLimit.workingHours(4))).isEqualTo(at("2025-03-17 11:00"));
  }

  @Test
  void aReprojectionKeepsPausesAndAnUnchangedCalendarMovesNothing() {
    Deadline onHold = MONDAY_STREET.pause(at("2025-03-17 10:00"));
    Reprojection same = onHold.reproject(NATIONAL, "calendar data reloaded");
    assertThat(same.dueChanged()).isFalse();
    assertThat(same.after()).isEqualTo(onHold);
    assertThat(same.newDue()).isEmpty();
  }

  @Test
  void anApprovedExtensionReprojectsWithTheNewLimit() {
    Reprojection r = FRIDAY_DISPUTE.withLimit(TimeLimit.workingDays(4), "extension approved by the subdistrict");
    assertThat(r.newDue()).contains(at("2025-03-20 17:30"));
    assertThat(r.after().limit()).isEqualTo(TimeLimit.workingDays(4));
  }

  @Test
  void aReprojectionOntoACalendarWithoutTheYearIsRefusedAndChangesNothing() {
    WorkingCalendar only2025 = NATIONAL.derive("only-2025")
        .publicHolidays(PublicHolidays.of(PublicHolidays.china().arrangement(2025).orElseThrow())).build();
    Deadline yearEnd = Deadline.start(NATIONAL, TimeLimit.workingDays(5), at("2025-12-29 10:00"));
    assertThatThrownBy(() -> yearEnd.reproject(only2025, "unit calendar"))
        .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2026");
    assertThat(yearEnd.calendar()).isSameAs(NATIONAL);
  }

  @Test
  void replayingTheSameEventsGivesAnEqualDeadline() {
    Deadline a = MONDAY_STREET.pause(at("2025-03-17 10:00")).resume(at("2025-03-17 11:00"));
    Deadline b = Deadline.start(NATIONAL, TimeLimit.workingHours(4), at("2025-03-17 09:00"))
        .pause(at("2025-03-17 10:00")).resume(at("2025-03-17 11:00"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(MONDAY_STREET);
    assertThat(a.toString()).contains("4 working hours", "china-national", "2025-03-17T16:00+08:00");
  }

  @Test
  void clockEventsOutOfOrderAreRefused() {
    assertThatThrownBy(() -> MONDAY_STREET.pause(at("2025-03-17 08:00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the clock's last start");
    Deadline onHold = MONDAY_STREET.pause(at("2025-03-17 10:00"));
    assertThatThrownBy(() -> onHold.pause(at("2025-03-17 11:00")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already paused");
    assertThatThrownBy(() -> onHold.resume(at("2025-03-17 09:30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the pause started");
    assertThatThrownBy(() -> MONDAY_STREET.resume(at("2025-03-17 11:00")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not paused");
    Deadline resumed = onHold.resume(at("2025-03-17 11:00"));
    assertThatThrownBy(() -> resumed.pause(at("2025-03-17 10:30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the clock's last start or resume");
    Deadline done = MONDAY_STREET.stop(at("2025-03-17 12:00"));
    assertThatThrownBy(() -> done.pause(at("2025-03-17 13:00"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> done.stop(at("2025-03-17 13:00"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> MONDAY_STREET.elapsed(at("2025-03-17 08:00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the deadline's start");
  }

  @Test
  void aLimitReachingAnUndeclaredYearCannotStart() {
    assertThatThrownBy(() -> Deadline.start(NATIONAL, TimeLimit.workingDays(10), at("2026-12-25 10:00")))
        .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2027");
  }
}
