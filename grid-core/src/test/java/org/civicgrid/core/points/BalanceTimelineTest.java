package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.points.MoralBank.BUILDING_LEADER;
import static org.civicgrid.core.points.MoralBank.at;
import static org.civicgrid.core.points.MoralBank.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BalanceTimelineTest {
  private static final Instant MARCH_1 = at("2024-03-01T09:00");
  private static final Instant MARCH_15 = at("2024-03-15T09:00");
  private static final Instant APRIL_1 = at("2024-04-01T09:00");

  /** Entries in ledger order with their signed changes. */
  private static BalanceTimeline timeline(Object... instantAndChange) {
    List<LedgerEntry> entries = new ArrayList<>();
    long[] changes = new long[instantAndChange.length / 2];
    for (int i = 0; i < changes.length; i++) {
      Instant at = (Instant) instantAndChange[2 * i];
      changes[i] = (Integer) instantAndChange[2 * i + 1];
      entries.add(new LedgerEntry(EntryId.of(i + 1L), BUILDING_LEADER, EntryKind.AWARD, 1, event("e-" + i), at,
          Optional.of(Contribution.tasks("hazard-report", 1)), Optional.empty(), ""));
    }
    return new BalanceTimeline(entries, changes);
  }

  @Test
  void entriesOfOneInstantCountTogether() {
    BalanceTimeline timeline = timeline(MARCH_1, -10, MARCH_1, 10);
    assertThat(timeline.at(MARCH_1)).isZero();
    assertThat(timeline.lowestFrom(MARCH_1)).as("the -10 is never seen alone").isZero();
  }

  @Test
  void theLowestBalanceLooksAtEveryLaterInstant() {
    BalanceTimeline timeline = timeline(APRIL_1, -80, MARCH_1, 100, MARCH_15, 5);
    assertThat(timeline.at(MARCH_15)).isEqualTo(105);
    assertThat(timeline.lowestFrom(MARCH_1)).isEqualTo(25);
    assertThat(timeline.lowestFrom(APRIL_1)).isEqualTo(25);
    assertThat(timeline.lowestFrom(at("2024-02-01T00:00"))).isZero();
    assertThat(timeline.lowestFrom(at("2024-05-01T00:00"))).isEqualTo(25);
  }

  @Test
  void anEmptyTimelineIsZeroThroughout() {
    BalanceTimeline timeline = timeline();
    assertThat(timeline.at(MARCH_1)).isZero();
    assertThat(timeline.lowestFrom(MARCH_1)).isZero();
  }
}
