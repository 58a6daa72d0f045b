package org.civicgrid.geo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.CompoundBlocks.NORTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.NORTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.geometry;

import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.CompoundBlocks;
import org.civicgrid.geo.SyntheticCity;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

/** Seed 003: before a rainstorm, grid workers go to the low-lying houses, most households first. */
class HazardQueryTest {
  private static final BoundaryLayer LAYER = CompoundBlocks.layer(CompoundBlocks.wkt());
  private static final Level BUILDING_GRID = CompoundBlocks.hierarchy().scheme().level("building-grid");
  private static final GridHierarchy BY_BUILDING = CompoundBlocks.hierarchyWithBuildings();
  private static final PlaceLocations LOCATIONS =
      PlaceLocations.of(CoordinateSystem.WGS84, CompoundBlocks.buildingLocations());

  /** The low-lying southern half of the compound and the riverbank south of it. */
  private static final Hazard LOW_LYING = flood(
      "POLYGON ((121.59 41.99, 121.63 41.99, 121.63 42.005, 121.59 42.005, 121.59 41.99))");
  /** The southern quarter of the south-west grid only. */
  private static final Hazard SOUTH_WEST_HOLLOW = flood(
      "POLYGON ((121.59 41.99, 121.61 41.99, 121.61 42.00125, 121.59 42.00125, 121.59 41.99))");

  private static Hazard flood(String wkt) {
    return Hazard.area("暴雨积水 rainstorm flooding", geometry(wkt), CoordinateSystem.WGS84);
  }

  private static HazardQuery query() {
    return HazardQuery.of(CompoundBlocks.hierarchy(), LAYER, BUILDING_GRID);
  }

  @Test
  void beforeARainstormTheLowLyingGridsAreListedMostHouseholdsFirst() {
    HazardExposure exposure = query().affected(LOW_LYING);
    assertThat(exposure.grids()).extracting(AffectedGrid::grid).containsExactly(SOUTH_EAST, SOUTH_WEST);
    AffectedGrid first = exposure.grids().get(0);
    assertThat(first.areaShare()).isEqualTo(1.0);
    assertThat(first.households()).isEqualTo(104);
    assertThat(first.exposedHouseholds()).isEqualTo(104.0);
    assertThat(first.name()).isEqualTo("2号楼网格");
    assertThat(exposure.exposedHouseholds()).isEqualTo(200.0);
    assertThat(exposure.level().id()).isEqualTo("building-grid");
  }

  @Test
  void withoutPlacePositionsHouseholdsAreScaledByTheShareOfAreaFloodedAndTheAnswerSaysSo() {
    HazardExposure exposure = query().affected(SOUTH_WEST_HOLLOW);
    assertThat(exposure.grids()).extracting(AffectedGrid::grid).containsExactly(SOUTH_WEST);
    AffectedGrid hollow = exposure.grids().get(0);
    assertThat(hollow.areaShare()).isCloseTo(0.25, within(1e-9));
    assertThat(hollow.exposedHouseholds()).isCloseTo(24.0, within(1e-6));
    assertThat(hollow.placesInside()).isZero();
    assertThat(exposure.findings().of(HazardRule.HOUSEHOLDS_ESTIMATED)).hasSize(1);
    assertThat(exposure.findings().findings().get(0).message()).contains("no coordinates");
  }

  @Test
  void locatedBuildingsAreCountedExactlyInsideOrOutside() {
    HazardExposure estimated = HazardQuery.of(BY_BUILDING, LAYER, BUILDING_GRID).affected(SOUTH_WEST_HOLLOW);
    assertThat(estimated.grids().get(0).exposedHouseholds()).isCloseTo(24.0, within(1e-6));
    HazardExposure counted = HazardQuery.of(BY_BUILDING, LAYER, BUILDING_GRID).withPlaceLocations(LOCATIONS)
        .affected(SOUTH_WEST_HOLLOW);
    AffectedGrid hollow = counted.grids().get(0);
    assertThat(hollow.placesInside()).isEqualTo(1);
    assertThat(hollow.householdsInPlacesInside()).isEqualTo(60);
    assertThat(hollow.exposedHouseholds()).isEqualTo(60.0);
    assertThat(counted.findings().findings()).isEmpty();
  }

  @Test
  void unitsStandWhereTheirBuildingStands() {
    Hazard southEastHalf = flood("POLYGON ((121.61 42.00, 121.62 42.00, 121.62 42.0026, 121.61 42.0026, 121.61 42.00))");
    AffectedGrid southEast = HazardQuery.of(BY_BUILDING, LAYER, BUILDING_GRID).withPlaceLocations(LOCATIONS)
        .affected(southEastHalf).grids().get(0);
    assertThat(southEast.grid()).isEqualTo(SOUTH_EAST);
    assertThat(southEast.placesInside()).isEqualTo(1);
    assertThat(southEast.householdsInPlacesInside()).isEqualTo(104);
    assertThat(southEast.exposedHouseholds()).isEqualTo(104.0);
  }

  @Test
  void aGasLeakAtTheCrossroadsReachesAllFourGridsEquallyAndTheMostPopulousComesFirst() {
    HazardExposure exposure = query().affected(Hazard.circle("燃气泄漏 gas leak", GeoPoint.wgs84(121.61, 42.005), 200));
    assertThat(exposure.grids()).extracting(AffectedGrid::grid)
        .containsExactly(SOUTH_EAST, NORTH_WEST, NORTH_EAST, SOUTH_WEST);
    double share = exposure.grids().get(0).areaShare();
    assertThat(exposure.grids()).allSatisfy(g -> assertThat(g.areaShare()).isCloseTo(share, within(share * 1e-6)));
  }

  @Test
  void aHazardReachingNoGridGivesAnEmptyList() {
    HazardExposure exposure = query().affected(Hazard.circle("leak", GeoPoint.wgs84(121.8, 42.15), 100));
    assertThat(exposure.isEmpty()).isTrue();
    assertThat(exposure.exposedHouseholds()).isZero();
  }

  @Test
  void gridsWithoutABoundaryAreReportedAsNotAssessed() {
    HazardExposure exposure = HazardQuery.of(CompoundBlocks.hierarchy(), LAYER.without(NORTH_EAST), BUILDING_GRID)
        .affected(LOW_LYING);
    Finding unassessed = exposure.findings().of(HazardRule.GRID_WITHOUT_BOUNDARY).get(0);
    assertThat(unassessed.subject()).isEqualTo(NORTH_EAST.value());
    assertThat(unassessed.message()).contains("98 households");
    assertThat(unassessed.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aRepairedFloodZoneIsUsedAndTheRepairReported() {
    Hazard bowtie = flood("POLYGON ((121.60 42.00, 121.62 42.01, 121.62 42.00, 121.60 42.01, 121.60 42.00))");
    HazardExposure exposure = query().affected(bowtie);
    assertThat(exposure.findings().of(HazardRule.HAZARD_REPAIRED)).hasSize(1);
    assertThat(exposure.grids()).extracting(AffectedGrid::grid)
        .containsExactlyInAnyOrder(SOUTH_WEST, SOUTH_EAST, NORTH_WEST, NORTH_EAST);
  }

  @Test
  void refusesHazardsAndPlacesInAnotherCoordinateSystem() {
    Hazard gcj = Hazard.area("flood", geometry("POLYGON ((121.6 42, 121.7 42, 121.7 42.1, 121.6 42))"),
        CoordinateSystem.GCJ02);
    assertThatThrownBy(() -> query().affected(gcj)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GCJ02").hasMessageContaining("WGS84");
    assertThatThrownBy(() -> query().withPlaceLocations(PlaceLocations.of(CoordinateSystem.GCJ02,
        java.util.Map.of("SW-A", GeoPoint.gcj02(121.602, 42.001))))).hasMessageContaining("GCJ02");
  }

  @Test
  void aFloodOverTheWholeCityExposesEveryHousehold() {
    SyntheticCity city = SyntheticCity.of(4, 300);
    Level level = city.level("building-grid");
    Hazard everywhere = Hazard.area("flood", city.layer().boundary(SyntheticCity.COUNTY).orElseThrow().area(),
        CoordinateSystem.WGS84);
    HazardExposure estimated = HazardQuery.of(city.hierarchy(), city.layer(), level).affected(everywhere);
    HazardExposure counted = HazardQuery.of(city.hierarchy(), city.layer(), level)
        .withPlaceLocations(city.placeLocations()).affected(everywhere);
    long households = city.hierarchy().get(SyntheticCity.COUNTY).households();
    assertThat(estimated.grids()).hasSize(300);
    assertThat(estimated.exposedHouseholds()).isCloseTo(households, within(1e-6));
    assertThat(counted.exposedHouseholds()).isEqualTo((double) households);
    assertThat(counted.grids()).isSortedAccordingTo((a, b) -> Double.compare(b.exposedHouseholds(), a.exposedHouseholds()));
  }
}
