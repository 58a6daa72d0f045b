package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScorePartTest {

  @Test
  void explainsHowItsPointsWereMade() {
    ScorePart part = new ScorePart(new Rate(Indicator.ON_TIME_CLOSING, 37, 40), 0.4, 0.4, 92.5);
    assertThat(part.contribution()).isEqualTo(37.0);
    assertThat(part.explain()).isEqualTo("on-time closing 37 / 40 (92.5 %) → 92.5 points × 0.400 = 37.00");
  }

  @Test
  void refusesPointsOutsideZeroToHundred() {
    assertThatThrownBy(() -> new ScorePart(new Rate(Indicator.ON_TIME_CLOSING, 1, 1), 0.4, 0.4, 101))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ON_TIME_CLOSING");
  }
}
