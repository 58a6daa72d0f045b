package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContributionTest {
  @Test
  void namesTheKindTheTariffPrices() {
    assertThat(Contribution.tasks("hazard-report", 3).kind()).isEqualTo(ActivityKind.of("hazard-report"));
    assertThat(Contribution.hours("volunteer-service", Duration.ofMinutes(90)))
        .hasToString("PT1H30M of volunteer-service");
    assertThat(Contribution.tasks("building-check", 2)).hasToString("2 × building-check");
  }

  @Test
  void refusesNoTasksAndNoTime() {
    assertThatThrownBy(() -> Contribution.tasks("hazard-report", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hazard-report");
    assertThatThrownBy(() -> Contribution.hours("volunteer-service", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volunteer-service");
    assertThatThrownBy(() -> Contribution.hours("volunteer-service", Duration.ofMinutes(-30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-30M");
    assertThatThrownBy(() -> Contribution.hours("volunteer-service", null)).isInstanceOf(NullPointerException.class);
  }
}
