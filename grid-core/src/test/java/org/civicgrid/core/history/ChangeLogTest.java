package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.history.FuxinHistory.G1;
import static org.civicgrid.core.history.FuxinHistory.G2;
import static org.civicgrid.core.history.FuxinHistory.JUNE;
import static org.civicgrid.core.history.FuxinHistory.MARCH;
import static org.civicgrid.core.history.FuxinHistory.history;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLogTest {
  private static final GridHistory HISTORY = history()
      .apply(MARCH, "B2 re-assigned", new Change.MovePlaces(List.of("B2"), G2))
      .apply(MARCH.plusDays(14), "named after the street", new Change.Rename(G1, "和平路1号网格"))
      .apply(JUNE, "B2 back", new Change.MovePlaces(List.of("B2"), G1));

  @Test
  void keepsRecordsInTheOrderTheyWereMade() {
    assertThat(HISTORY.log().records()).extracting(ChangeRecord::revision).containsExactly(2, 3, 4);
    assertThat(HISTORY.log()).extracting(ChangeRecord::kind)
        .containsExactly(ChangeKind.PLACE_MOVED, ChangeKind.RENAMED, ChangeKind.PLACE_MOVED);
  }

  @Test
  void filtersByHalfOpenDateRanges() {
    ChangeLog march = HISTORY.log().between(MARCH, LocalDate.of(2024, 4, 1));
    assertThat(march.records()).extracting(ChangeRecord::revision).containsExactly(2, 3);
    assertThat(HISTORY.log().between(MARCH.plusDays(1), JUNE).records()).extracting(ChangeRecord::revision)
        .containsExactly(3);
    assertThat(HISTORY.log().since(JUNE).size()).isEqualTo(1);
    assertThat(HISTORY.log().before(MARCH).isEmpty()).isTrue();
    assertThat(HISTORY.log().between(JUNE, JUNE).isEmpty()).isTrue();
  }

  @Test
  void filtersByKind() {
    assertThat(HISTORY.log().ofKind(ChangeKind.PLACE_MOVED).records()).extracting(ChangeRecord::subject)
        .containsExactly("B2", "B2");
    assertThat(HISTORY.log().ofKind(ChangeKind.SPLIT).isEmpty()).isTrue();
    assertThat(HISTORY.log().ofKind(ChangeKind.PLACE_MOVED).since(JUNE).size()).isEqualTo(1);
  }

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> HISTORY.log().between(JUNE, MARCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-03-01");
  }
}
