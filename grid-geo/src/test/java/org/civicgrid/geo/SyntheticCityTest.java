package org.civicgrid.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.Boundary;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class SyntheticCityTest {
  private static final SyntheticCity SMALL = SyntheticCity.of(7, 600);

  @Test
  void aFuxinSizeCityHasTwelveThousandBuildingGridsUnderFourLevelsEachAValidCoverage() {
    SyntheticCity city = SyntheticCity.fuxinSize(3);
    assertThat(city.buildingGrids()).hasSize(12_000);
    assertThat(city.hierarchy().grids(city.level("compound"))).hasSize(1_000);
    assertThat(city.hierarchy().grids(city.level("community"))).hasSize(100);
    assertThat(city.hierarchy().grids(city.level("subdistrict"))).hasSize(10);
    assertThat(city.layer().size()).isEqualTo(city.hierarchy().size()).isEqualTo(13_111);
    for (String id : List.of("subdistrict", "community", "compound", "building-grid")) {
      assertThat(CoverageValidator.isValid(areas(city, city.level(id)))).as(id).isTrue();
    }
  }

  @Test
  void everyLevelOfASmallCityIsAnEdgeMatchedCoverageInsideTheExtent() {
    for (Level level : SMALL.hierarchy().scheme().levels()) {
      if (!SMALL.hierarchy().grids(level).isEmpty()) {
        assertThat(CoverageValidator.isValid(areas(SMALL, level))).as(level.id()).isTrue();
      }
    }
    assertThat(SMALL.layer().boundary(SyntheticCity.COUNTY).orElseThrow().area().getEnvelopeInternal()
        .equals(SyntheticCity.EXTENT)).isTrue();
    assertThat(SMALL.buildingGrids()).hasSize(600);
  }

  @Test
  void buildingGridsHoldAboutAHundredHouseholdsInBuildingsThatStandInsideThem() {
    GeometryFactory factory = new GeometryFactory();
    for (Grid grid : SMALL.buildingGrids()) {
      assertThat(grid.households()).isBetween(80L, 120L);
      Geometry area = SMALL.layer().boundary(grid.code()).orElseThrow().area();
      for (Place building : grid.places()) {
        GeoPoint at = SMALL.buildingLocations().get(building.id());
        assertThat(area.contains(factory.createPoint(new Coordinate(at.longitude(), at.latitude())))).isTrue();
      }
    }
    assertThat(SMALL.hierarchy().findings().findings()).isEmpty();
    assertThat(SMALL.placeLocations().size()).isEqualTo(SMALL.hierarchy().places().size());
  }

  @Test
  void theSameSeedGivesTheSameCityAndAnotherSeedAnother() {
    SyntheticCity again = SyntheticCity.of(7, 600);
    Grid first = SMALL.buildingGrids().get(0);
    assertThat(again.hierarchy().grids()).extracting(Grid::code)
        .isEqualTo(SMALL.hierarchy().grids().stream().map(Grid::code).toList());
    assertThat(again.layer().boundary(first.code())).isEqualTo(SMALL.layer().boundary(first.code()));
    assertThat(SyntheticCity.of(8, 600).layer().boundary(first.code())).isNotEqualTo(SMALL.layer().boundary(first.code()));
  }

  private static Geometry[] areas(SyntheticCity city, Level level) {
    return city.hierarchy().grids(level).stream()
        .map(g -> city.layer().boundary(g.code()).map(Boundary::area).orElseThrow()).toArray(Geometry[]::new);
  }
}
