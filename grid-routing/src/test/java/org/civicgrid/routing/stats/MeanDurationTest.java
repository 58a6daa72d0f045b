package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeanDurationTest {

  @Test
  void showsTheMeanAndHowManyCasesItIsOver() {
    MeanDuration handling = new MeanDuration(Indicator.AVERAGE_HANDLING_TIME, Duration.ofMinutes(360), 4);
    assertThat(handling.mean()).contains(Duration.ofMinutes(90));
    assertThat(handling.display()).isEqualTo("1 h 30 min (n = 4)");
    assertThat(new MeanDuration(Indicator.AVERAGE_HANDLING_TIME, Duration.ofHours(50), 2).display())
        .isEqualTo("1 d 1 h 0 min (n = 2)");
  }

  @Test
  void overNoCasesIsNotApplicable() {
    MeanDuration none = new MeanDuration(Indicator.AVERAGE_ACCEPTANCE_TIME, Duration.ZERO, 0);
    assertThat(none.isApplicable()).isFalse();
    assertThat(none.mean()).isEmpty();
    assertThat(none.display()).isEqualTo("n/a (n = 0)");
  }

  @Test
  void refusesATimeOverNoCasesAndARate() {
    assertThatThrownBy(() -> new MeanDuration(Indicator.AVERAGE_ACCEPTANCE_TIME, Duration.ofMinutes(5), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("over no cases");
    assertThatThrownBy(() -> new MeanDuration(Indicator.SATISFACTION, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SATISFACTION is not a mean duration");
  }
}
