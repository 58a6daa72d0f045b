package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidayTest {
  private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
  private static final LocalDate MAY_5 = LocalDate.of(2025, 5, 5);

  @Test
  void labourDay2025IsFiveDaysOffPaidForByASunday() {
    PublicHoliday labour = new PublicHoliday("劳动节", "Labour Day", MAY_1, MAY_5,
        ImmutableSortedSet.of(LocalDate.of(2025, 4, 27)));
    assertThat(labour.days()).hasSize(5);
    assertThat(labour.contains(LocalDate.of(2025, 5, 3))).isTrue();
    assertThat(labour.contains(LocalDate.of(2025, 4, 27))).isFalse();
  }

  @Test
  void aMakeUpDayOnAWeekdayOrInsideTheHolidayIsRefused() {
    assertThatThrownBy(() -> new PublicHoliday("劳动节", "Labour Day", MAY_1, MAY_5,
        ImmutableSortedSet.of(LocalDate.of(2025, 4, 28))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-04-28").hasMessageContaining("MONDAY");
    assertThatThrownBy(() -> new PublicHoliday("劳动节", "Labour Day", MAY_1, MAY_5,
        ImmutableSortedSet.of(LocalDate.of(2025, 5, 3))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-05-03 of holiday Labour Day falls inside");
  }

  @Test
  void aReversedOrOverlongPeriodIsRefused() {
    assertThatThrownBy(() -> PublicHoliday.of("劳动节", "Labour Day", MAY_5, MAY_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-05-01, before its first day 2025-05-05");
    assertThatThrownBy(() -> PublicHoliday.of("春节", "Spring Festival", LocalDate.of(2025, 1, 28),
        LocalDate.of(2025, 12, 4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-12-04");
  }

  @Test
  void namesAreRequired() {
    assertThatThrownBy(() -> PublicHoliday.of(" ", "Labour Day", MAY_1, MAY_5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Labour Day has no Chinese name");
  }
}
