package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.points.MoralBank.BUILDING_LEADER;
import static org.civicgrid.core.points.MoralBank.at;
import static org.civicgrid.core.points.MoralBank.event;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {
  private static final Instant MARCH = at("2024-03-01T09:00");
  private static final Optional<Contribution> REPORT = Optional.of(Contribution.tasks("hazard-report", 1));

  private static LedgerEntry entry(long id, EntryKind kind, int points, Optional<Contribution> contribution,
      Optional<EntryId> reverses) {
    return new LedgerEntry(EntryId.of(id), BUILDING_LEADER, kind, points, event("e-" + id), MARCH, contribution,
        reverses, "");
  }

  @Test
  void aReversalTakesItsPersonAndPointsFromTheEntryItUndoes() {
    LedgerEntry award = LedgerEntry.of(EntryId.of(1),
        new Posting.Award(BUILDING_LEADER, 2, REPORT.get(), event("task-1"), MARCH, "broken railing"));
    LedgerEntry reversal = LedgerEntry.of(EntryId.of(2), award,
        new Posting.Reversal(award.id(), event("fix-1"), MARCH.plusSeconds(60), "reported twice"));

    assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
    assertThat(reversal.person()).isEqualTo(BUILDING_LEADER);
    assertThat(reversal.points()).isEqualTo(2);
    assertThat(reversal.reverses()).contains(award.id());
    assertThat(reversal.contribution()).isEmpty();
    assertThat(reversal.note()).isEqualTo("reported twice");
  }

  @Test
  void fieldsMustFitTheKind() {
    assertThatThrownBy(() -> entry(1, EntryKind.AWARD, 2, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 1");
    assertThatThrownBy(() -> entry(2, EntryKind.REDEMPTION, 2, REPORT, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REDEMPTION");
    assertThatThrownBy(() -> entry(3, EntryKind.REVERSAL, 2, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 3");
    assertThatThrownBy(() -> entry(4, EntryKind.AWARD, 2, REPORT, Optional.of(EntryId.of(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 4");
  }

  @Test
  void aReversalUndoesAnEarlierEntryOnly() {
    assertThatThrownBy(() -> entry(5, EntryKind.REVERSAL, 2, Optional.empty(), Optional.of(EntryId.of(5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 5 reverses entry");
    assertThatThrownBy(() -> entry(5, EntryKind.REVERSAL, 2, Optional.empty(), Optional.of(EntryId.of(9))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9");
  }

  @Test
  void aStoredRowWithNonPositivePointsIsRefusedAsTheLedgerWould() {
    assertThatThrownBy(() -> entry(7, EntryKind.AWARD, 0, REPORT, Optional.empty()))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.rule()).isEqualTo(LedgerRule.NON_POSITIVE_POINTS);
          assertThat(e.subject()).isEqualTo("7");
        })
        .hasMessageContaining("0 points");
  }
}
