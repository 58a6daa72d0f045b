package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompositeScoreTest {

  @Test
  void totalIsTheSumOfThePartsContributions() {
    // Filing 3/4 → 75 × 0.25 = 18.75; dispatch 9/10 → 90 × 0.4 = 36; closing 7/10 → 70 × 0.35 = 24.5.
    CompositeScore score = CompositeSchemes.centre().score(Measures.of(new Rate(Indicator.FILING_RATE, 3, 4),
        new Rate(Indicator.DISPATCH_ACCURACY, 9, 10), new Rate(Indicator.ON_TIME_CLOSING, 7, 10)));
    assertThat(score.total()).hasValueCloseTo(79.25, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(score.toString()).isEqualTo("centre 79.25");
    assertThat(score.scheme()).isEqualTo(CompositeSchemes.centre());
  }
}
