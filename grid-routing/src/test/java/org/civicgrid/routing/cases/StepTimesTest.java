package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.MORNING;

import org.junit.jupiter.api.Test;

class StepTimesTest {

  @Test
  void theFirstEntryStaysAndTheLastMoves() {
    StepTimes times = StepTimes.none().enter(CaseStatus.FILED, MORNING)
        .enter(CaseStatus.FILED, MORNING.plusSeconds(60));
    assertThat(times.first(CaseStatus.FILED)).contains(MORNING);
    assertThat(times.last(CaseStatus.FILED)).contains(MORNING.plusSeconds(60));
    assertThat(times.first(CaseStatus.CLOSED)).isEmpty();
    assertThat(times).hasToString("{FILED=2024-05-06T01:00:00Z}");
  }

  @Test
  void enteringMakesNewTimesAndLeavesTheOldOnesAlone() {
    StepTimes one = StepTimes.none().enter(CaseStatus.REPORTED, MORNING);
    StepTimes two = one.enter(CaseStatus.ACCEPTED, MORNING);
    assertThat(one.first(CaseStatus.ACCEPTED)).isEmpty();
    assertThat(two).isNotEqualTo(one).isEqualTo(one.enter(CaseStatus.ACCEPTED, MORNING))
        .hasSameHashCodeAs(one.enter(CaseStatus.ACCEPTED, MORNING));
    assertThat(StepTimes.none()).hasToString("{}").isNotEqualTo("{}");
    assertThatThrownBy(() -> one.first(null)).isInstanceOf(NullPointerException.class).hasMessage("status");
  }
}
