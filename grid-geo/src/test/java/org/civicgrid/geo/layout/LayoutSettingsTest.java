package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayoutSettingsTest {
  @Test
  void fuxinsHundredHouseholdsAllowNinetyToOneHundredAndTen() {
    LayoutSettings fuxin = LayoutSettings.of(100);
    assertThat(fuxin.minimum()).isEqualTo(90);
    assertThat(fuxin.maximum()).isEqualTo(110);
    assertThat(fuxin.meanTolerance()).isEqualTo(0.05);
    assertThat(fuxin.splitBuildings()).isFalse();
  }

  @Test
  void aNarrowerBandNarrowsTheMeanToleranceWithIt() {
    LayoutSettings beipiao = LayoutSettings.of(300).withBand(0.03).withSeed(37).withSplitBuildings(true);
    assertThat(beipiao.meanTolerance()).isEqualTo(0.03);
    assertThat(beipiao.seed()).isEqualTo(37);
    assertThat(beipiao.splitBuildings()).isTrue();
  }

  @Test
  void refusesTargetsAndBandsThatMeanNothing() {
    assertThatThrownBy(() -> LayoutSettings.of(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target 0 households is not positive");
    assertThatThrownBy(() -> LayoutSettings.of(50).withBand(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band ±1.5 is not between 0 and 1");
    assertThatThrownBy(() -> LayoutSettings.of(50).withMeanTolerance(0.2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mean tolerance 0.2 is not in (0, band 0.1]");
  }
}
