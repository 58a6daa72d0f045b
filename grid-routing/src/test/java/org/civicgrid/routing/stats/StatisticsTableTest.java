package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTableTest {

  @Test
  void printsNumeratorsDenominatorsAndDefinitions() {
    var rows = ImmutableMap.of(
        "210902001001 长源社区", Measures.of(new Rate(Indicator.ON_TIME_CLOSING, 37, 40)),
        "210902001002 新华社区", Measures.of());
    String table = StatisticsTable.of("community", rows, List.of(Indicator.ON_TIME_CLOSING,
        Indicator.AVERAGE_HANDLING_TIME)).toMarkdown();
    assertThat(table).isEqualTo("""
        | community | on-time closing | average handling time |
        |---|---:|---:|
        | 210902001001 长源社区 | 37 / 40 (92.5 %%) | n/a (n = 0) |
        | 210902001002 新华社区 | 0 / 0 (n/a) | n/a (n = 0) |

        - on-time closing (按期结案率): %s
        - average handling time (平均处置时长): %s
        """.formatted(Indicator.ON_TIME_CLOSING.definition(), Indicator.AVERAGE_HANDLING_TIME.definition()));
  }

  @Test
  void labelsPeriodRowsByPeriod() {
    var may = CaseStatisticsTest.MAY;
    String table = StatisticsTable.ofPeriods(CaseStatisticsTest.Week.STATS.byPeriod(List.of(may)),
        List.of(Indicator.FILING_RATE)).toMarkdown();
    assertThat(table).startsWith("| period | filing rate |\n|---|---:|\n| 2024-05 | 5 / 6 (83.3 %) |\n");
  }

  @Test
  void showsEveryIndicatorByDefaultAndEscapesBars() {
    String table = StatisticsTable.of("unit", ImmutableMap.of("a|b", Measures.of())).toMarkdown();
    assertThat(table).contains("| a\\|b |").contains("resident satisfaction");
  }

  @Test
  void refusesNoColumnsAndRepeatedColumns() {
    assertThatThrownBy(() -> StatisticsTable.of("unit", ImmutableMap.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one column");
    assertThatThrownBy(() -> StatisticsTable.of("unit", ImmutableMap.of(),
        List.of(Indicator.SATISFACTION, Indicator.SATISFACTION)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat an indicator");
  }
}
