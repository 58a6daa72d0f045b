package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {
  static final ZoneId FUXIN = ZoneId.of("Asia/Shanghai");

  @Test
  void aDayRunsFromLocalMidnightToMidnight() {
    Period day = Period.of(PeriodUnit.DAY, LocalDate.of(2024, 5, 6), FUXIN);
    assertThat(day.start()).isEqualTo(Instant.parse("2024-05-05T16:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2024-05-06T16:00:00Z"));
    assertThat(day.label()).isEqualTo("2024-05-06");
    assertThat(day.contains(day.start())).isTrue();
    assertThat(day.contains(day.end())).as("the end belongs to the next day").isFalse();
  }

  @Test
  void aWeekRunsFromMonday() {
    Period week = Period.of(PeriodUnit.WEEK, LocalDate.of(2024, 5, 9), FUXIN);
    assertThat(week.start()).isEqualTo(Instant.parse("2024-05-05T16:00:00Z"));
    assertThat(week.end()).isEqualTo(Instant.parse("2024-05-12T16:00:00Z"));
    assertThat(week.label()).isEqualTo("2024-W19");
  }

  @Test
  void aMonthRunsFromItsFirstDay() {
    Period february = Period.of(PeriodUnit.MONTH, LocalDate.of(2024, 2, 29), FUXIN);
    assertThat(february.start()).isEqualTo(Instant.parse("2024-01-31T16:00:00Z"));
    assertThat(february.end()).isEqualTo(Instant.parse("2024-02-29T16:00:00Z"));
    assertThat(february.label()).isEqualTo("2024-02");
  }

  @Test
  void aSeriesCoversTheFirstToTheLastDateWithoutGaps() {
    var weeks = Period.series(PeriodUnit.WEEK, LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 13), FUXIN);
    assertThat(weeks).extracting(Period::label).containsExactly("2024-W18", "2024-W19", "2024-W20");
    assertThat(weeks.get(0).end()).isEqualTo(weeks.get(1).start());
  }

  @Test
  void refusesASeriesThatEndsBeforeItStartsAndAnEmptySpan() {
    assertThatThrownBy(() -> Period.series(PeriodUnit.DAY, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1), FUXIN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 2024-05-02 ends at 2024-05-01");
    Instant at = Instant.parse("2024-05-01T00:00:00Z");
    assertThatThrownBy(() -> Period.of(at, at)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not after its start");
  }
}
