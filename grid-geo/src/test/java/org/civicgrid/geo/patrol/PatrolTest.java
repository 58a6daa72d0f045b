package org.civicgrid.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatrolTest {
  private static final Instant EIGHT = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant NINE_TEN = Instant.parse("2026-03-02T01:10:00Z");

  @Test
  void aPatrolWithoutShortfallsCounts() {
    Patrol patrol = new Patrol(1, EIGHT, NINE_TEN, 4667, 1.0, 421, Set.of());
    assertThat(patrol.duration()).isEqualTo(Duration.ofMinutes(70));
    assertThat(patrol.counts()).isTrue();
    assertThat(patrol).hasToString("patrol 1 2026-03-02T00:00:00Z – 2026-03-02T01:10:00Z, 4667 m, 100 % inside");
  }

  @Test
  void itsShortfallsAreKeptImmutable() {
    EnumSet<PatrolRule> missed = EnumSet.of(PatrolRule.TOO_SHORT_IN_LENGTH);
    Patrol patrol = new Patrol(2, EIGHT, NINE_TEN, 600, 1.0, 421, missed);
    missed.add(PatrolRule.TOO_LITTLE_INSIDE);
    assertThat(patrol.shortfalls()).containsExactly(PatrolRule.TOO_SHORT_IN_LENGTH);
    assertThat(patrol.counts()).isFalse();
    assertThatThrownBy(() -> patrol.shortfalls().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(patrol.toString()).endsWith("misses [TOO_SHORT_IN_LENGTH]");
  }

  @Test
  void inconsistentValuesAreRefused() {
    assertThatThrownBy(() -> new Patrol(0, EIGHT, NINE_TEN, 1, 1, 2, Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("patrol number 0 must be at least 1");
    assertThatThrownBy(() -> new Patrol(1, NINE_TEN, EIGHT, 1, 1, 2, Set.of()))
        .hasMessage("patrol 1 ends at 2026-03-02T00:00:00Z before it starts at 2026-03-02T01:10:00Z");
    assertThatThrownBy(() -> new Patrol(1, EIGHT, NINE_TEN, -1, 1, 2, Set.of()))
        .hasMessage("patrol length -1.0 m is negative");
    assertThatThrownBy(() -> new Patrol(1, EIGHT, NINE_TEN, 1, 1.5, 2, Set.of()))
        .hasMessage("patrol inside share 1.5 is outside 0..1");
    assertThatThrownBy(() -> new Patrol(1, EIGHT, NINE_TEN, 1, 1, 2, Set.of(PatrolRule.TOO_FEW_PATROLS)))
        .hasMessage("patrol 1: too few patrols is a day's failure, not a patrol's");
  }
}
