package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompositeSchemesTest {

  @Test
  void presetsWeighTheIndicatorsTheirJavadocNames() {
    assertThat(CompositeSchemes.gridWorker().weights()).containsExactly(
        java.util.Map.entry(Indicator.ON_TIME_HANDLING, 0.4), java.util.Map.entry(Indicator.SATISFACTION, 0.4),
        java.util.Map.entry(Indicator.SEND_BACK_RATE, 0.2));
    assertThat(CompositeSchemes.centre().weights()).containsKeys(Indicator.FILING_RATE,
        Indicator.DISPATCH_ACCURACY, Indicator.ON_TIME_CLOSING);
    assertThat(CompositeSchemes.department().weights()).containsKeys(Indicator.ON_TIME_HANDLING,
        Indicator.COMPLETION_RATE, Indicator.REWORK_RATE);
  }

  @Test
  void eachCallGivesAnEqualScheme() {
    assertThat(CompositeSchemes.department()).isEqualTo(CompositeSchemes.department())
        .hasSameHashCodeAs(CompositeSchemes.department());
  }
}
