package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void showsItsNumeratorAndDenominator() {
    Rate tianmen = new Rate(Indicator.COMPLETION_RATE, 911, 972);
    assertThat(tianmen.display()).isEqualTo("911 / 972 (93.7 %)");
    assertThat(tianmen.percent()).hasValueCloseTo(93.72, org.assertj.core.data.Offset.offset(0.005));
    assertThat(tianmen.toString()).isEqualTo("completion rate 911 / 972 (93.7 %)");
  }

  @Test
  void withAZeroDenominatorIsNotApplicableNeverZeroOrNaN() {
    Rate none = new Rate(Indicator.SATISFACTION, 0, 0);
    assertThat(none.isApplicable()).isFalse();
    assertThat(none.fraction()).isEmpty();
    assertThat(none.percent()).isEmpty();
    assertThat(none.display()).isEqualTo("0 / 0 (n/a)");
  }

  @Test
  void refusesANumeratorAboveItsDenominator() {
    assertThatThrownBy(() -> new Rate(Indicator.FILING_RATE, 5, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FILING_RATE numerator 5 and denominator 4");
  }

  @Test
  void refusesAMeanTimeIndicator() {
    assertThatThrownBy(() -> new Rate(Indicator.AVERAGE_ACCEPTANCE_TIME, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AVERAGE_ACCEPTANCE_TIME is not a rate");
  }
}
