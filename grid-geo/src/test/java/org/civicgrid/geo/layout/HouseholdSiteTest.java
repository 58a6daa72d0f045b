package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HouseholdSiteTest {
  @Test
  void aBuildingOfTwentyEightHouseholds() {
    assertThat(new HouseholdSite(120.5, 80, 28).households()).isEqualTo(28);
  }

  @Test
  void residentsAreUnknownUnlessGiven() {
    assertThat(new HouseholdSite(120.5, 80, 28).residents()).isZero();
    assertThat(new HouseholdSite(120.5, 80, 28, 84).residents()).as("DOMAIN.md: 28 households, 84 residents")
        .isEqualTo(84);
  }

  @Test
  void refusesAnEmptyBuildingOrAPositionThatIsNotANumber() {
    assertThatThrownBy(() -> new HouseholdSite(1, 2, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site (1.0, 2.0) has 0 households");
    assertThatThrownBy(() -> new HouseholdSite(Double.NaN, 2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site (NaN, 2.0) is not finite");
    assertThatThrownBy(() -> new HouseholdSite(1, 2, 3, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site (1.0, 2.0) has -1 residents");
  }
}
