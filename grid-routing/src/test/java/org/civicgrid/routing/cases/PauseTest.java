package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.MORNING;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PauseTest {

  @Test
  void aPauseHasItsWallClockLength() {
    Pause pause = new Pause(MORNING, MORNING.plus(Duration.ofHours(30)), CaseStatus.HANDLING);
    assertThat(pause.length()).isEqualTo(Duration.ofHours(30));
    assertThat(new Pause(MORNING, MORNING, CaseStatus.FILED).length()).isZero();
  }

  @Test
  void aPauseCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new Pause(MORNING, MORNING.minusSeconds(1), CaseStatus.FILED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pause ends at 2024-05-06T00:59:59Z before it starts at 2024-05-06T01:00:00Z");
    assertThatThrownBy(() -> new Pause(null, MORNING, CaseStatus.FILED)).hasMessage("start");
    assertThatThrownBy(() -> new Pause(MORNING, MORNING, null)).hasMessage("heldIn");
  }
}
