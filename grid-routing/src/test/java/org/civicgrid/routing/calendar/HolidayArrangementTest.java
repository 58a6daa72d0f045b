package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayArrangementTest {
  @Test
  void aYearsNoticeMayStartInTheDecemberBefore() {
    // The 2019 notice: 30 December 2018 to 1 January 2019 off, Saturday 29 December 2018 worked.
    HolidayArrangement y2019 = HolidayArrangement.of(2019, "2019 notice", new PublicHoliday("元旦", "New Year's Day",
        LocalDate.of(2018, 12, 30), LocalDate.of(2019, 1, 1), ImmutableSortedSet.of(LocalDate.of(2018, 12, 29))));
    assertThat(y2019.holidays()).hasSize(1);
  }

  @Test
  void otherDatesOutsideTheYearAreRefused() {
    assertThatThrownBy(() -> HolidayArrangement.of(2025, "2025 notice",
        PublicHoliday.of("国庆节", "National Day", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-10-01 lies outside the 2025 arrangement");
  }

  @Test
  void aDateClaimedTwiceIsRefused() {
    assertThatThrownBy(() -> HolidayArrangement.of(2025, "2025 notice",
        PublicHoliday.of("国庆节", "National Day", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 7)),
        PublicHoliday.of("中秋节", "Mid-Autumn Festival", LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holiday Mid-Autumn Festival 2025-10-06 is already holiday National Day");
    assertThatThrownBy(() -> HolidayArrangement.of(2025, "2025 notice",
        PublicHoliday.of("国庆节", "National Day", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 7)),
        new PublicHoliday("中秋节", "Mid-Autumn Festival", LocalDate.of(2025, 9, 29), LocalDate.of(2025, 9, 30),
            ImmutableSortedSet.of(LocalDate.of(2025, 10, 4)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-10-04");
  }

  @Test
  void aSourceIsRequired() {
    assertThatThrownBy(() -> HolidayArrangement.of(2025, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025 names no source");
  }
}
