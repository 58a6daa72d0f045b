package org.civicgrid.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HouseholdBandTest {

  @Test
  void aroundGivesTargetPlusMinusPercent() {
    assertThat(HouseholdBand.around(100, 20)).isEqualTo(new HouseholdBand(80, 100, 120));
    assertThat(HouseholdBand.around(50, 20)).isEqualTo(new HouseholdBand(40, 50, 60));
    assertThat(HouseholdBand.around(300, 0)).isEqualTo(new HouseholdBand(300, 300, 300));
  }

  @Test
  void ofTargetsTheMiddle() {
    assertThat(HouseholdBand.of(80, 120).target()).isEqualTo(100);
  }

  @Test
  void containsBothEnds() {
    HouseholdBand fuxinBuilding = HouseholdBand.around(100, 20);
    assertThat(fuxinBuilding.contains(80)).isTrue();
    assertThat(fuxinBuilding.contains(120)).isTrue();
    assertThat(fuxinBuilding.contains(79)).isFalse();
    assertThat(fuxinBuilding.contains(121)).isFalse();
    assertThat(fuxinBuilding).hasToString("80–120 households (target 100)");
  }

  @Test
  void badBandIsACallerMistake() {
    assertThatThrownBy(() -> new HouseholdBand(120, 100, 80)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("120");
    assertThatThrownBy(() -> new HouseholdBand(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HouseholdBand.around(0, 20)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Guava's Preconditions substitute only %s, so an escaped percent sign was printed twice. */
  @Test
  void badBandMessageShowsOnePercentSign() {
    assertThatThrownBy(() -> HouseholdBand.around(100, 100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad band 100 ± 100 %");
  }
}
