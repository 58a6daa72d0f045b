package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.layout.UnitGraphTest.COMPOUND;
import static org.civicgrid.geo.layout.UnitGraphTest.parent;

import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.coverage.CoverageCheck;
import org.civicgrid.geo.coverage.CoverageReport;
import org.civicgrid.geo.crs.Geodesy;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.util.AffineTransformation;

class LayoutGeneratorTest {
  /** A 1000 × 200 m street block, ten buildings of 30 households in a row. */
  private static final LayoutParent STREET = parent("210902001001", "POLYGON ((0 0, 1000 0, 1000 200, 0 200, 0 0))");

  private static List<HouseholdSite> row(int buildings, int households) {
    List<HouseholdSite> sites = new ArrayList<>();
    for (int i = 0; i < buildings; i++) {
      sites.add(new HouseholdSite(50 + 100 * i, 100, households));
    }
    return sites;
  }

  @Test
  void aRowOfBuildingsBecomesGridsNumberedWestToEast() {
    Layout layout = LayoutGenerator.of(LayoutSettings.of(60)).generate(List.of(STREET), row(10, 30));

    assertThat(layout.findings()).isEmpty();
    assertThat(layout.grids()).extracting(LayoutGrid::code).containsExactly(
        "210902001001001", "210902001001002", "210902001001003", "210902001001004", "210902001001005");
    assertThat(layout.grids()).allMatch(g -> g.households() == 60 && g.units() == 2 && g.isContiguous());
    double[] west = layout.grids().stream().mapToDouble(g -> g.area().getEnvelopeInternal().getMinX()).toArray();
    assertThat(west).containsExactly(0, 200, 400, 600, 800);
  }

  @Test
  void gridsAreNumberedInRowsNorthToSouth() {
    Layout layout = LayoutGenerator.of(LayoutSettings.of(28)).generate(List.of(COMPOUND),
        List.of(new HouseholdSite(50, 50, 28), new HouseholdSite(150, 50, 28), new HouseholdSite(50, 150, 28),
            new HouseholdSite(150, 150, 28)));

    assertThat(layout.grids()).extracting(g -> g.area().getCentroid().getCoordinate().toString()).containsExactly(
        "(50.0, 150.0, NaN)", "(150.0, 150.0, NaN)", "(50.0, 50.0, NaN)", "(150.0, 50.0, NaN)");
  }

  @Test
  void gridsTileTheirCommunitiesAsTheCoverageCheckWantsThem() {
    SyntheticCity city = SyntheticCity.of(20240601, 5_000, 3);
    Layout layout = LayoutGenerator.of(LayoutSettings.of(100)).generate(city.communities(), city.households());
    double lat = 42.0;
    AffineTransformation toLonLat = AffineTransformation.scaleInstance(1 / Geodesy.metresPerDegreeLongitude(lat),
        1 / Geodesy.metresPerDegreeLatitude(lat)).translate(121.6, lat);
    List<GridNode> nodes = new ArrayList<>(List.of(GridNode.of("210902", "海州区", "county", null),
        GridNode.of(SyntheticCity.TOWNSHIP, "第1街道", "township", "210902")));
    List<Boundary> boundaries = new ArrayList<>(layout.boundaries(CoordinateSystem.WGS84, toLonLat).boundaries());
    for (LayoutParent community : city.communities()) {
      nodes.add(GridNode.of(community.id(), "社区" + community.id(), "community", SyntheticCity.TOWNSHIP));
      boundaries.add(Boundary.of(GridCode.of(community.id()), toLonLat.transform(community.area())));
    }
    nodes.addAll(layout.nodes("unit-grid", "网格%s"));
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.unitGrids(3), nodes, List.of());

    CoverageReport report = CoverageCheck.of(hierarchy, BoundaryLayer.of(CoordinateSystem.WGS84, boundaries))
        .check(hierarchy.scheme().level("unit-grid"));

    assertThat(hierarchy.findings().findings()).isEmpty();
    assertThat(report.findings()).isEmpty();
    assertThat(layout.grids()).hasSize(50);
    assertThat(layout.findings()).isEmpty();
  }

  @Test
  void anEmptyParentIsFlaggedByName() {
    Layout layout = LayoutGenerator.of(LayoutSettings.of(60)).generate(List.of(STREET, parent("210902001009", "POLYGON ((2000 0, 2200 0, 2200 200, 2000 200, 2000 0))")),
        row(10, 30));
    assertThat(layout.findings()).containsExactly(
        new LayoutFinding("210902001009", null, LayoutProblem.EMPTY_PARENT, "no households"));
  }

  @Test
  void aVillageOnTwoIslandsIsFlaggedAndItsGridsStayInside() {
    LayoutParent islands = parent("210902001003",
        "MULTIPOLYGON (((0 0, 100 0, 100 100, 0 100, 0 0)), ((300 0, 400 0, 400 100, 300 100, 300 0)))");
    Layout layout = LayoutGenerator.of(LayoutSettings.of(50)).generate(List.of(islands),
        List.of(new HouseholdSite(30, 50, 25), new HouseholdSite(70, 50, 25), new HouseholdSite(350, 50, 50)));

    assertThat(layout.findings()).containsExactly(
        new LayoutFinding("210902001003", null, LayoutProblem.DISCONNECTED_PARENT, "2 pieces of units"));
    assertThat(layout.grids()).hasSize(2).allMatch(g -> g.households() == 50 && g.isContiguous()
        && islands.area().covers(g.area()));
  }

  @Test
  void aSiteOutsideEveryParentIsATypedErrorNamingIt() {
    List<HouseholdSite> sites = new ArrayList<>(row(10, 30));
    sites.add(new HouseholdSite(1500, 100, 84));
    assertThatThrownBy(() -> LayoutGenerator.of(LayoutSettings.of(60)).generate(List.of(STREET), sites))
        .isInstanceOfSatisfying(LayoutInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageContaining("site 10 at (1500.0, 100.0) with 84 households lies outside every parent");
  }

  @Test
  void aParentWhoseMeanCannotFitTheBandIsFlaggedWithItsFigures() {
    Layout layout = LayoutGenerator.of(LayoutSettings.of(100)).generate(List.of(STREET), row(10, 15));
    assertThat(layout.findings()).extracting(LayoutFinding::problem)
        .contains(LayoutProblem.NO_FEASIBLE_COUNT, LayoutProblem.GRID_OUTSIDE_BAND);
    assertThat(layout.findings().get(0).toString())
        .isEqualTo("NO_FEASIBLE_COUNT in parent 210902001001: 150 households: 2 grids hold 75.0 each, 3 hold 50.0,"
            + " band 90–110");
  }

  @Test
  void aParentSmallerThanTheBandBecomesOneFlaggedGrid() {
    Layout layout = LayoutGenerator.of(LayoutSettings.of(100)).generate(List.of(STREET), row(2, 25));
    assertThat(layout.grids()).singleElement().satisfies(g -> assertThat(g.households()).isEqualTo(50));
    assertThat(layout.findings()).extracting(LayoutFinding::problem)
        .containsExactly(LayoutProblem.TOO_FEW_HOUSEHOLDS, LayoutProblem.GRID_OUTSIDE_BAND);
  }

  @Test
  void aTowerAboveTheBandIsFlaggedUnlessItMayBeSplit() {
    List<HouseholdSite> sites = new ArrayList<>(row(10, 10));
    sites.add(new HouseholdSite(975, 180, 200));
    LayoutSettings settings = LayoutSettings.of(100);

    Layout atomic = LayoutGenerator.of(settings).generate(List.of(STREET), sites);
    Layout split = LayoutGenerator.of(settings.withSplitBuildings(true)).generate(List.of(STREET), sites);

    assertThat(atomic.findings()).extracting(LayoutFinding::problem).contains(LayoutProblem.BUILDING_ABOVE_BAND);
    assertThat(atomic.findings().get(0).detail()).isEqualTo("building at (975.0, 180.0) has 200 households, band 90–110");
    assertThat(split.findings()).isEmpty();
    assertThat(split.grids()).hasSize(3).allMatch(g -> g.households() == 100);
  }

  @Test
  void buildingsTooCoarseToBalanceAreFlaggedWithTheCountsTried() {
    List<HouseholdSite> sites = List.of(new HouseholdSite(100, 100, 60), new HouseholdSite(300, 100, 60),
        new HouseholdSite(500, 100, 60), new HouseholdSite(700, 100, 20));

    Layout layout = LayoutGenerator.of(LayoutSettings.of(100)).generate(List.of(STREET), sites);

    assertThat(layout.findings().get(0)).isEqualTo(new LayoutFinding("210902001001", null,
        LayoutProblem.UNITS_TOO_COARSE,
        "2 of 2 grids outside band 90–110 or ±5% of the mean with [2] grids; largest building 60 households"));
    assertThat(layout.grids()).hasSize(2).allMatch(LayoutGrid::isContiguous);
  }

  @Test
  void anotherGridCountIsTriedWhenWholeBuildingsCannotBalanceTheFirst() {
    List<HouseholdSite> sites = List.of(new HouseholdSite(100, 100, 95), new HouseholdSite(300, 100, 95),
        new HouseholdSite(500, 100, 95), new HouseholdSite(700, 100, 95));

    Layout layout = LayoutGenerator.of(LayoutSettings.of(120).withBand(0.25).withMeanTolerance(0.25))
        .generate(List.of(STREET), sites);

    assertThat(layout.findings()).isEmpty();
    assertThat(layout.grids()).hasSize(4).allMatch(g -> g.households() == 95);
  }

  @Test
  void refusesTwoParentsWithOneId() {
    assertThatThrownBy(() -> LayoutGenerator.of(LayoutSettings.of(60)).generate(List.of(STREET, STREET), row(1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent 210902001001 is given twice");
  }
}
