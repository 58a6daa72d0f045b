package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.layout.SquareLayouts.COMMUNITY;
import static org.civicgrid.geo.layout.SquareLayouts.NE;
import static org.civicgrid.geo.layout.SquareLayouts.NW;
import static org.civicgrid.geo.layout.SquareLayouts.SE;
import static org.civicgrid.geo.layout.SquareLayouts.SW;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.policy.StaffPlan;
import org.civicgrid.core.staff.policy.StaffingPolicies;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class LayoutReportTest {
  private static final LayoutSettings TWENTY = LayoutSettings.of(20);
  private static final double DIAGONAL = Math.sqrt(2) * 50;

  private static LayoutReport twoByTwo() {
    return LayoutReport.of(SquareLayouts.twoByTwo(), SquareLayouts.sites(), TWENTY);
  }

  @Test
  void aSquareGridHasTheCompactnessOfASquareAndTwoNeighboursNotThree() {
    GridFigures sw = twoByTwo().grid(SW);

    assertThat(sw.areaSquareMetres()).isEqualTo(10_000);
    assertThat(sw.polsbyPopper()).isCloseTo(Math.PI / 4, within(1e-12));
    assertThat(sw.hullRatio()).isEqualTo(1.0);
    assertThat(sw.neighbours()).as("NW and SE share an edge; NE only a corner").isEqualTo(2);
    assertThat(sw.parent()).isEqualTo(COMMUNITY);
  }

  @Test
  void householdsAndResidentsAreCountedFromTheSitesInside() {
    GridFigures sw = twoByTwo().grid(SW);

    assertThat(sw.households()).isEqualTo(20);
    assertThat(sw.residents()).isEqualTo(60);
    assertThat(sw.sites()).isEqualTo(4);
    assertThat(sw.deviation()).isZero();
  }

  @Test
  void theServicePointIsTheHouseholdWeightedMedoid() {
    GridFigures sw = twoByTwo().grid(SW);
    GridFigures nw = twoByTwo().grid(NW);

    assertThat(sw.serviceEast()).isEqualTo(25);
    assertThat(sw.serviceNorth()).as("17 of the 20 households live there").isEqualTo(25);
    assertThat(nw.serviceEast()).as("four equal sites: the first").isEqualTo(25);
    assertThat(nw.serviceNorth()).isEqualTo(125);
  }

  @Test
  void distancesToTheServicePointAreWeightedByHouseholds() {
    GridFigures sw = twoByTwo().grid(SW);
    GridFigures nw = twoByTwo().grid(NW);

    assertThat(sw.meanDistance()).isCloseTo((50 + 50 + DIAGONAL) / 20, within(1e-9));
    assertThat(sw.p95Distance()).as("19 of 20 households live within 50 m").isEqualTo(50);
    assertThat(nw.meanDistance()).isCloseTo(5 * (50 + 50 + DIAGONAL) / 20, within(1e-9));
    assertThat(nw.p95Distance()).isCloseTo(DIAGONAL, within(1e-9));
  }

  @Test
  void thePatrolGoesRoundTheFourSitesBesideItsBhhEstimate() {
    GridFigures sw = twoByTwo().grid(SW);

    assertThat(sw.patrolMetres()).isCloseTo(200, within(1e-9));
    assertThat(sw.bhhMetres()).isCloseTo(0.7124 * Math.sqrt(4 * 10_000), within(1e-9));
  }

  @Test
  void theSummaryKeepsTheLayoutMetricsAndWeighsDistancesOverEveryHousehold() {
    LayoutSummary summary = twoByTwo().summary();

    assertThat(summary.layout().grids()).isEqualTo(4);
    assertThat(summary.layout().withinBand()).isEqualTo(1.0);
    assertThat(summary.layout().meanPolsbyPopper()).isCloseTo(Math.PI / 4, within(1e-12));
    assertThat(summary.households()).isEqualTo(80);
    assertThat(summary.residents()).isEqualTo(240);
    assertThat(summary.outsideSites()).isZero();
    assertThat(summary.meanDistance()).as("SW's three single households, the other grids' twelve sites of 5")
        .isCloseTo((1 + 3 * 5) * (50 + 50 + DIAGONAL) / 80, within(1e-9));
    assertThat(summary.p95Distance()).as("76 of 80 households: past the 64 within 50 m").isCloseTo(DIAGONAL,
        within(1e-9));
    assertThat(summary.neighbours().mean()).isEqualTo(2);
    assertThat(summary.patrol().max()).isCloseTo(200, within(1e-9));
    assertThat(summary.fullTimeWorkers()).isEmpty();
    assertThat(summary.figures()).doesNotContainKey("full-time workers").containsEntry("grids", 4.0);
  }

  @Test
  void theLayoutMetricsCountTheHouseholdsOfTheSitesNotOfTheLayout() {
    LayoutSummary summary = LayoutReport.of(SquareLayouts.twoByTwo(), SquareLayouts.sites(), LayoutSettings.of(100))
        .summary();

    assertThat(summary.layout().withinBand()).as("the toy's grids have 0 households in the layout").isZero();
    assertThat(summary.layout().smallest()).isEqualTo(20);
    assertThat(summary.maxDeviation()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void aSiteOnASharedCornerLandsInTheLowestCodedGridAndASiteOutsideIsCounted() {
    List<HouseholdSite> sites = new ArrayList<>(SquareLayouts.sites());
    sites.add(new HouseholdSite(100, 100, 2));
    sites.add(new HouseholdSite(150, 100, 3));
    sites.add(new HouseholdSite(250, 50, 7));

    LayoutReport report = LayoutReport.of(SquareLayouts.twoByTwo(), sites, TWENTY);

    assertThat(report.grid(NW).households()).isEqualTo(22);
    assertThat(report.grid(NE).households()).as("NE < SE").isEqualTo(23);
    assertThat(report.grid(SE).households()).isEqualTo(20);
    assertThat(report.summary().outsideSites()).isEqualTo(1);
    assertThat(report.summary().outsideHouseholds()).isEqualTo(7);
    assertThat(report.firstOutside()).contains(new HouseholdSite(250, 50, 7));
    assertThat(report.toMarkdown()).contains("**1 sites (7 households) lie in no grid**; the first at (250, 50).");
  }

  @Test
  void workloadIsHouseholdsPerFullTimeWorker() {
    LayoutReport report = LayoutReport.of(SquareLayouts.twoByTwo(), SquareLayouts.sites(), TWENTY,
        LayoutReport.Options.defaults().workersPerGrid(code -> code.equals(SW) ? 2 : code.equals(NE) ? 0 : 1));

    assertThat(report.grid(SW).householdsPerFullTimeWorker()).hasValue(10.0);
    assertThat(report.grid(NE).fullTimeWorkers()).hasValue(0);
    assertThat(report.grid(NE).householdsPerFullTimeWorker()).isEmpty();
    assertThat(report.summary().fullTimeWorkers()).hasValue(4);
    assertThat(report.summary().householdsPerFullTimeWorker()).hasValueSatisfying(s -> {
      assertThat(s.count()).isEqualTo(3);
      assertThat(s.max()).isEqualTo(20);
    });
  }

  @Test
  void aStaffPlanOverTheLayoutsHierarchyStaffsEachGrid() {
    Layout layout = SquareLayouts.twoByTwo();
    List<GridNode> nodes = new ArrayList<>(List.of(GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902"),
        GridNode.of(COMMUNITY, "长源社区", "community", "210902001")));
    LayoutReport counted = LayoutReport.of(layout, SquareLayouts.sites(), TWENTY);
    counted.grids().forEach(g -> nodes.add(GridNode.of(g.code(), "网格 " + g.code(), "compound", g.parent())
        .withCounts(g.households(), (int) g.residents())));
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of());
    StaffPlan plan = StaffPlan.of(StaffingPolicies.tongnan("compound"), RoleCatalogues.tongnan(), hierarchy);

    LayoutReport report = LayoutReport.of(layout, SquareLayouts.sites(), TWENTY,
        LayoutReport.Options.defaults().staffedBy(plan));

    assertThat(report.grid(SW).fullTimeWorkers()).hasValue(1);
    assertThat(report.grid(SW).householdsPerFullTimeWorker()).hasValue(20.0);
  }

  @Test
  void aStaffPlanLackingAGridOfTheLayoutIsATypedErrorNamingIt() {
    GridHierarchy other = GridHierarchy.of(LevelSchemes.fuxin(), List.of(GridNode.of("210902", "海州区", "county",
        null)), List.of());
    StaffPlan plan = StaffPlan.of(StaffingPolicies.tongnan("compound"), RoleCatalogues.tongnan(), other);

    assertThatThrownBy(() -> LayoutReport.of(SquareLayouts.twoByTwo(), SquareLayouts.sites(), TWENTY,
        LayoutReport.Options.defaults().staffedBy(plan))).isInstanceOf(CivicGridException.class)
        .hasMessageContaining("no grid " + NW);
  }

  @Test
  void givenServicePointsReplaceTheMedoid() {
    LayoutReport report = LayoutReport.of(SquareLayouts.twoByTwo(), SquareLayouts.sites(), TWENTY,
        LayoutReport.Options.defaults().servicePoints(Map.of(NW, new Coordinate(50, 150))));

    assertThat(report.grid(NW).meanDistance()).as("the grid's centre").isCloseTo(DIAGONAL / 2, within(1e-9));
    assertThat(report.grid(NW).patrolMetres()).as("out to a corner, three sides, back").isCloseTo(150 + DIAGONAL,
        within(1e-9));
    assertThat(report.grid(SW).serviceEast()).isEqualTo(25);
  }

  @Test
  void aGridWithoutSitesIsMeasuredFromAPointInside() {
    Layout layout = SquareLayouts.layout(SquareLayouts.grid(NW, 0, 100, 0, 100),
        SquareLayouts.grid(NE, 100, 200, 0, 100));

    GridFigures empty = LayoutReport.of(layout, List.of(new HouseholdSite(50, 50, 20)), TWENTY).grid(NE);

    assertThat(empty.households()).isZero();
    assertThat(empty.deviation()).isEqualTo(-1);
    assertThat(empty.patrolMetres()).isZero();
    assertThat(empty.meanDistance()).isZero();
    assertThat(empty.serviceEast()).isBetween(100.0, 200.0);
  }

  @Test
  void theCsvHasAHeaderAndOneRowPerGrid() {
    String[] lines = twoByTwo().toCsv().split("\n");

    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("code,parent,households,residents,sites,deviation,area_m2,polsby_popper");
    assertThat(lines[3]).isEqualTo(SW + "," + COMMUNITY + ",20,60,4,0.0000,10000.0,0.7854,1.0000,2,,,200.0,142.5,"
        + "25.000,25.000,8.5,50.0");
  }

  @Test
  void theJsonHoldsTheSummaryAndEveryGrid() throws Exception {
    JsonNode json = new ObjectMapper().readTree(twoByTwo().toJson());

    assertThat(json.at("/settings/target").asInt()).isEqualTo(20);
    assertThat(json.at("/summary/grids").asInt()).isEqualTo(4);
    assertThat(json.at("/summary/householdsPerGrid/mean").asDouble()).isEqualTo(20);
    assertThat(json.at("/grids")).hasSize(4);
    assertThat(json.at("/grids/2/code").asText()).isEqualTo(SW);
    assertThat(json.at("/grids/2/p95Distance").asDouble()).isEqualTo(50);
    assertThat(json.at("/grids/2/fullTimeWorkers").isMissingNode()).isTrue();
  }

  @Test
  void theMarkdownShowsTheSummaryAndTheWorstGrids() {
    Layout layout = SquareLayouts.twoByTwo();
    List<HouseholdSite> sites = new ArrayList<>(SquareLayouts.sites());
    sites.add(new HouseholdSite(150, 150, 10));

    String markdown = LayoutReport.of(layout, sites, TWENTY, LayoutReport.Options.defaults().worstGrids(1))
        .toMarkdown();

    assertThat(markdown).startsWith("# Layout report\n\nTarget 20 households ±10 %; 4 grids; 90 households in 17 sites.")
        .contains("| grids | 4 |", "| Polsby-Popper: mean | 0.785 |", "## Furthest from target",
            "| " + NE + " | " + COMMUNITY + " | 30 | 50 | 0.785 |", "## Least compact");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(twoByTwo().toJson()).isEqualTo(twoByTwo().toJson());
    assertThat(twoByTwo().toCsv()).isEqualTo(twoByTwo().toCsv());
  }

  @Test
  void anUnknownGridIsATypedErrorNamingIt() {
    assertThatThrownBy(() -> twoByTwo().grid("210902001001009")).isInstanceOf(CivicGridException.class)
        .hasMessage("NOT_FOUND: no grid 210902001001009 in this layout report");
  }

  @Test
  void badOptionsAreRefusedNamingTheValue() {
    LayoutReport.Options options = LayoutReport.Options.defaults();

    assertThatIllegalArgumentException().isThrownBy(() -> LayoutReport.of(SquareLayouts.twoByTwo(),
            SquareLayouts.sites(), TWENTY, options.servicePoints(Map.of("210902001001009", new Coordinate(1, 1)))))
        .withMessage("service point of grid 210902001001009, which the layout lacks");
    assertThatIllegalArgumentException().isThrownBy(
            () -> options.servicePoints(Map.of(NW, new Coordinate(Double.NaN, 1))))
        .withMessageStartingWith("service point of grid " + NW + " is not a finite point");
    assertThatIllegalArgumentException().isThrownBy(() -> options.worstGrids(-1))
        .withMessage("worst grids -1 is negative");
  }

  @Test
  void nullArgumentsAreRefused() {
    Layout layout = SquareLayouts.twoByTwo();
    List<HouseholdSite> sites = SquareLayouts.sites();

    assertThatNullPointerException().isThrownBy(() -> LayoutReport.of(null, sites, TWENTY));
    assertThatNullPointerException().isThrownBy(() -> LayoutReport.of(layout, null, TWENTY));
    assertThatNullPointerException().isThrownBy(() -> LayoutReport.of(layout, sites, null));
    assertThatNullPointerException().isThrownBy(() -> LayoutReport.of(layout, sites, TWENTY, null));
    assertThatNullPointerException().isThrownBy(() -> LayoutReport.Options.defaults().staffedBy(null));
    assertThatNullPointerException().isThrownBy(() -> LayoutReport.Options.defaults().workersPerGrid(null));
    assertThat(LayoutReport.of(layout, ImmutableList.of(), TWENTY).summary().households()).isZero();
  }
}
