package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

class SyntheticCityTest {
  private static final SyntheticCity SMALL = SyntheticCity.of(7, 20_000, 7);

  @Test
  void holdsExactlyTheAskedHouseholds() {
    assertThat(SMALL.buildings().stream().mapToInt(HouseholdSite::households).sum()).isEqualTo(20_000);
    assertThat(SMALL.households()).hasSize(20_000).allMatch(h -> h.households() == 1);
  }

  @Test
  void buildingsAreApartmentBlocksHousesAndVillageHomes() {
    assertThat(SMALL.buildings()).allMatch(b -> b.households() <= 240);
    assertThat(SMALL.buildings()).anyMatch(b -> b.households() > 60);
    assertThat(SMALL.buildings()).anyMatch(b -> b.households() == 1);
  }

  @Test
  void communitiesTileTheTerritoryAsAnEdgeMatchedCoverage() {
    Geometry[] areas = SMALL.communities().stream().map(LayoutParent::area).toArray(Geometry[]::new);
    assertThat(SMALL.communities()).extracting(LayoutParent::id).containsExactly(
        "210902001001", "210902001002", "210902001003", "210902001004", "210902001005", "210902001006", "210902001007");
    assertThat(CoverageValidator.isValid(areas)).isTrue();
    double total = 0;
    for (Geometry area : areas) {
      total += area.getArea();
    }
    assertThat(total).isCloseTo(SyntheticCity.TERRITORY.getArea(), within(1.0));
  }

  @Test
  void theSameSeedGivesTheSameCityAndAnotherSeedAnother() {
    SyntheticCity again = SyntheticCity.of(7, 20_000, 7);
    assertThat(again.buildings()).isEqualTo(SMALL.buildings());
    assertThat(again.households()).isEqualTo(SMALL.households());
    assertThat(again.communities()).isEqualTo(SMALL.communities());
    assertThat(SyntheticCity.of(8, 20_000, 7).buildings()).isNotEqualTo(SMALL.buildings());
  }

  @Test
  void aScaledCityKeepsTheAnchorsHouseholdsPerCommunity() {
    assertThat(SyntheticCity.scaled(7, 20_000).communities()).hasSize(7);
    assertThat(SyntheticCity.scaled(7, 20_000).buildings()).isEqualTo(SMALL.buildings());
    assertThatThrownBy(() -> SyntheticCity.scaled(1, 200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200");
  }

  @Test
  void refusesSizesItCannotMake() {
    assertThatThrownBy(() -> SyntheticCity.of(1, 500, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500");
    assertThatThrownBy(() -> SyntheticCity.of(1, 10_000, 200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200");
  }
}
