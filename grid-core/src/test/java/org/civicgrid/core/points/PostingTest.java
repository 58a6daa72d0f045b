package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.points.MoralBank.BUILDING_LEADER;
import static org.civicgrid.core.points.MoralBank.at;
import static org.civicgrid.core.points.MoralBank.event;

import java.time.Instant;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class PostingTest {
  private static final Instant MARCH = at("2024-03-01T09:00");
  private static final Contribution TWO_REPORTS = Contribution.tasks("hazard-report", 2);

  @Test
  void zeroOrNegativePointsAreRefusedWithTheAmountAndEventNamed() {
    assertThatThrownBy(() -> new Posting.Award(BUILDING_LEADER, -5, TWO_REPORTS, event("task-1"), MARCH, ""))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.rule()).isEqualTo(LedgerRule.NON_POSITIVE_POINTS);
          assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
          assertThat(e.subject()).isEqualTo("task-1");
        })
        .hasMessageContaining("-5 points").hasMessageContaining("bp-0417");
    assertThatThrownBy(() -> new Posting.Redemption(BUILDING_LEADER, 0, event("shop-1"), MARCH, "rice"))
        .isInstanceOfSatisfying(LedgerException.class,
            e -> assertThat(e.rule()).isEqualTo(LedgerRule.NON_POSITIVE_POINTS))
        .hasMessageContaining("redemption of 0 points");
  }

  @Test
  void aReversalMustSayWhy() {
    assertThatThrownBy(() -> new Posting.Reversal(EntryId.of(3), event("fix-1"), MARCH, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 3");
    assertThat(new Posting.Reversal(EntryId.of(3), event("fix-1"), MARCH, "counted twice").note())
        .isEqualTo("counted twice");
  }

  @Test
  void notesAreBounded() {
    String tooLong = "米".repeat(Posting.MAX_NOTE_LENGTH + 1);
    assertThatThrownBy(() -> new Posting.Redemption(BUILDING_LEADER, 10, event("shop-1"), MARCH, tooLong))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shop-1").hasMessageContaining("501");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> new Posting.Award(null, 2, TWO_REPORTS, event("t"), MARCH, ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Posting.Award(BUILDING_LEADER, 2, null, event("t"), MARCH, ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Posting.Redemption(BUILDING_LEADER, 2, null, MARCH, ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Posting.Redemption(BUILDING_LEADER, 2, event("s"), null, ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Posting.Reversal(null, event("f"), MARCH, "why"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Posting.Reversal(EntryId.of(1), event("f"), MARCH, null))
        .isInstanceOf(NullPointerException.class);
  }
}
