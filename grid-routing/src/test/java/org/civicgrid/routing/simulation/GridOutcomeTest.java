package org.civicgrid.routing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

class GridOutcomeTest {
  @Test
  void ratesAreSharesOfTheirPopulation() {
    GridOutcome grid = new GridOutcome("210902001001001001", 96, Optional.of(PersonId.of("p-006")), 40, 37, 3, 20, 15,
        8, Duration.ofMinutes(630), Duration.ofMinutes(840));

    assertThat(grid.onTimeRate()).hasValue(0.75);
    assertThat(grid.escalationRate()).hasValue(0.2);
    assertThat(grid.utilisation()).hasValue(0.75);
  }

  @Test
  void emptyPopulationsHaveNoRate() {
    GridOutcome quiet = new GridOutcome("210902001001001002", 104, Optional.empty(), 0, 0, 0, 0, 0, 0, Duration.ZERO,
        Duration.ZERO);

    assertThat(quiet.onTimeRate()).isEmpty();
    assertThat(quiet.escalationRate()).isEmpty();
    assertThat(quiet.utilisation()).isEmpty();
  }

  @Test
  void countsThatDoNotAddUpAreRefusedNamingTheGrid() {
    assertThatThrownBy(() -> new GridOutcome("210902001001001001", 96, Optional.empty(), 40, 37, 2, 0, 0, 0,
        Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("210902001001001001");
    assertThatThrownBy(() -> new GridOutcome("210902001001001001", 96, Optional.empty(), 40, 40, 0, 3, 4, 0,
        Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inconsistent");
  }
}
