package org.civicgrid.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.CompoundBlocks.COMPOUND;
import static org.civicgrid.geo.CompoundBlocks.COMPOUND_WKT;
import static org.civicgrid.geo.CompoundBlocks.NORTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.NORTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.geometry;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.CompoundBlocks;
import org.civicgrid.geo.Karney;
import org.civicgrid.geo.SyntheticCity;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {
  private static final GridHierarchy HIERARCHY = CompoundBlocks.hierarchy();
  private static final Level BUILDING_GRID = HIERARCHY.scheme().level("building-grid");

  /** A triangle of about 46 m² left open where the four grids meet: SW and NW cut their corner. */
  private static final Map<GridCode, String> HOLE = Map.of(
      SOUTH_WEST, "POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.0049, 121.6099 42.005, 121.60 42.005, 121.60 42.00))",
      SOUTH_EAST, "POLYGON ((121.61 42.00, 121.62 42.00, 121.62 42.005, 121.61 42.005, 121.61 42.0049, 121.61 42.00))",
      NORTH_WEST, "POLYGON ((121.60 42.005, 121.6099 42.005, 121.61 42.005, 121.61 42.01, 121.60 42.01, 121.60 42.005))");
  private static final String HOLE_WKT = "POLYGON ((121.61 42.0049, 121.61 42.005, 121.6099 42.005, 121.61 42.0049))";

  private static CoverageReport check(BoundaryLayer layer) {
    return CoverageCheck.of(HIERARCHY, layer).check(BUILDING_GRID);
  }

  private static BoundaryLayer withHole(boolean compoundBoundary) {
    Map<GridCode, String> wkt = CompoundBlocks.wkt();
    wkt.putAll(HOLE);
    if (!compoundBoundary) {
      wkt.remove(COMPOUND);
    }
    return CompoundBlocks.layer(wkt);
  }

  private static double karneySquareMetres(String wkt) {
    return Karney.squareMetres(geometry(wkt));
  }

  private static double squareMetresIn(CoverageFinding finding) {
    Matcher m = Pattern.compile("([0-9]+\\.[0-9]) m²").matcher(finding.finding().message());
    assertThat(m.find()).as(finding.toString()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void fourGridsTilingTheirCompoundAreClean() {
    CoverageReport report = check(CompoundBlocks.layer(CompoundBlocks.wkt()));
    assertThat(report.isClean()).as(report.toString()).isTrue();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void aHoleWhereTheGridsMeetIsAGapOfTheCompoundWithItsAreaInSquareMetres() {
    CoverageReport report = check(withHole(true));
    assertThat(report.findings()).hasSize(1);
    CoverageFinding gap = report.of(CoverageRule.GAP).get(0);
    assertThat(gap.finding().subject()).isEqualTo(COMPOUND.value());
    assertThat(gap.finding().severity()).isEqualTo(Severity.ERROR);
    assertThat(gap.where().equalsTopo(geometry(HOLE_WKT))).isTrue();
    assertThat(squareMetresIn(gap)).isCloseTo(karneySquareMetres(HOLE_WKT), within(0.1));
  }

  @Test
  void narrowGapsAreFoundAmongChildrenOfAGridWithoutABoundary() {
    CoverageReport report = check(withHole(false));
    assertThat(report.of(CoverageRule.MISSING_BOUNDARY)).extracting(f -> f.finding().subject())
        .containsExactly(COMPOUND.value());
    CoverageFinding gap = report.of(CoverageRule.GAP).get(0);
    assertThat(gap.finding().subject()).isEqualTo(COMPOUND.value());
    assertThat(gap.finding().message()).contains(SOUTH_WEST.value(), NORTH_WEST.value(), SOUTH_EAST.value());
    assertThat(gap.where().equalsTopo(geometry(HOLE_WKT))).isTrue();
    assertThat(CoverageCheck.of(HIERARCHY, withHole(false)).withGapWidth(1).check(BUILDING_GRID)
        .of(CoverageRule.GAP)).isEmpty();
  }

  @Test
  void gapsUpToTheAreaToleranceAreNoise() {
    assertThat(CoverageCheck.of(HIERARCHY, withHole(true)).withAreaTolerance(100).check(BUILDING_GRID).isClean())
        .isTrue();
  }

  @Test
  void aGridReachingIntoItsNeighbourIsAnOverlapWithItsArea() {
    String northEast = "POLYGON ((121.61 42.004, 121.62 42.004, 121.62 42.01, 121.61 42.01, 121.61 42.005, 121.61 42.004))";
    String strip = "POLYGON ((121.61 42.004, 121.62 42.004, 121.62 42.005, 121.61 42.005, 121.61 42.004))";
    CoverageReport report = check(CompoundBlocks.layerWith(NORTH_EAST, northEast));
    assertThat(report.of(CoverageRule.OVERLAP)).hasSize(1);
    CoverageFinding overlap = report.of(CoverageRule.OVERLAP).get(0);
    assertThat(overlap.finding().subject()).isEqualTo(SOUTH_EAST.value());
    assertThat(overlap.finding().message()).contains(NORTH_EAST.value());
    assertThat(overlap.where().equalsTopo(geometry(strip))).isTrue();
    assertThat(squareMetresIn(overlap)).isCloseTo(karneySquareMetres(strip), within(karneySquareMetres(strip) * 1e-3));
    assertThat(report.of(CoverageRule.GAP)).isEmpty();
  }

  @Test
  void aGridReachingBeyondItsCompoundIsOutsideItsParent() {
    String northEast = "POLYGON ((121.61 42.005, 121.62 42.005, 121.621 42.005, 121.621 42.01, 121.62 42.01, "
        + "121.61 42.01, 121.61 42.005))";
    String beyond = "POLYGON ((121.62 42.005, 121.621 42.005, 121.621 42.01, 121.62 42.01, 121.62 42.005))";
    CoverageReport report = check(CompoundBlocks.layerWith(NORTH_EAST, northEast));
    assertThat(report.findings()).hasSize(1);
    CoverageFinding outside = report.of(CoverageRule.OUTSIDE_PARENT).get(0);
    assertThat(outside.finding().subject()).isEqualTo(NORTH_EAST.value());
    assertThat(outside.finding().message()).contains(COMPOUND.value());
    assertThat(outside.where().equalsTopo(geometry(beyond))).isTrue();
    assertThat(squareMetresIn(outside)).isCloseTo(karneySquareMetres(beyond), within(karneySquareMetres(beyond) * 1e-3));
  }

  @Test
  void aVertexOnOneSideOfASharedEdgeOnlyIsAnUnmatchedEdgeOnBothSides() {
    String southWest = "POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.0025, 121.61 42.005, 121.60 42.005, 121.60 42.00))";
    CoverageReport report = check(CompoundBlocks.layerWith(SOUTH_WEST, southWest));
    assertThat(report.of(CoverageRule.UNMATCHED_EDGE)).extracting(f -> f.finding().subject())
        .containsExactly(SOUTH_WEST.value(), SOUTH_EAST.value());
    CoverageFinding edge = report.of(CoverageRule.UNMATCHED_EDGE).get(0);
    assertThat(edge.finding().message()).contains(SOUTH_EAST.value());
    assertThat(edge.where().getDimension()).isEqualTo(1);
    assertThat(edge.where().getEnvelopeInternal().getMinX()).isEqualTo(121.61);
    assertThat(report.of(CoverageRule.GAP)).isEmpty();
    assertThat(report.of(CoverageRule.OVERLAP)).isEmpty();
  }

  @Test
  void aGridWithoutABoundaryIsMissingAndLeavesAGap() {
    CoverageReport report = check(CompoundBlocks.layer(CompoundBlocks.wkt()).without(NORTH_EAST));
    CoverageFinding missing = report.of(CoverageRule.MISSING_BOUNDARY).get(0);
    assertThat(missing.finding().subject()).isEqualTo(NORTH_EAST.value());
    assertThat(missing.hasGeometry()).isFalse();
    CoverageFinding gap = report.of(CoverageRule.GAP).get(0);
    assertThat(gap.finding().message()).contains("1 of them have no boundary");
    assertThat(gap.where().equalsTopo(geometry(CompoundBlocks.NORTH_EAST_WKT))).isTrue();
  }

  @Test
  void aBoundaryOfAGridTheHierarchyDoesNotHaveIsAWarning() {
    GridCode retired = GridCode.of("210902001001001005");
    String area = "POLYGON ((121.63 42.00, 121.64 42.00, 121.64 42.01, 121.63 42.00))";
    CoverageReport report = check(CompoundBlocks.layer(CompoundBlocks.wkt()).with(Boundary.of(retired, geometry(area))));
    assertThat(report.findings()).hasSize(1);
    CoverageFinding unknown = report.of(CoverageRule.UNKNOWN_GRID).get(0);
    assertThat(unknown.finding().subject()).isEqualTo(retired.value());
    assertThat(unknown.finding().severity()).isEqualTo(Severity.WARNING);
    assertThat(unknown.where().equalsExact(geometry(area))).isTrue();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void checkingEveryLevelReportsTheLevelsAboveThatHaveNoBoundaryOnce() {
    CoverageReport report = CoverageCheck.of(HIERARCHY, CompoundBlocks.layer(CompoundBlocks.wkt())).checkAll();
    assertThat(report.of(CoverageRule.MISSING_BOUNDARY)).extracting(f -> f.finding().subject())
        .containsExactly("210902", "210902001", "210902001001");
    assertThat(report.toReport().findings()).hasSize(3);
    assertThat(report.toReport().of(CoverageRule.MISSING_BOUNDARY)).hasSize(3);
  }

  @Test
  void refusesBadOptionsAndLevelsOfOtherSchemes() {
    CoverageCheck check = CoverageCheck.of(HIERARCHY, CompoundBlocks.layer(CompoundBlocks.wkt()));
    assertThatThrownBy(() -> check.withAreaTolerance(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> check.withAreaTolerance(Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> check.withGapWidth(0)).hasMessageContaining("gap width 0.0");
    assertThatThrownBy(() -> check.check(LevelSchemes.wuhua().level("area")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
  }

  @Test
  void aSyntheticCityIsACoverageAtEveryLevelAndItsDefectsAreFound() {
    SyntheticCity city = SyntheticCity.of(11, 400);
    assertThat(CoverageCheck.of(city.hierarchy(), city.layer()).checkAll().isClean()).isTrue();
    GridCode border = city.buildingGridOnBorder();
    GridCode inner = city.buildingGrids().get(200).code();
    Level level = city.level("building-grid");
    assertThat(rules(CoverageCheck.of(city.hierarchy(), city.withGap(inner)).check(level)))
        .containsOnly(CoverageRule.GAP);
    assertThat(rules(CoverageCheck.of(city.hierarchy(), city.withOverlap(inner)).check(level)))
        .contains(CoverageRule.OVERLAP);
    assertThat(rules(CoverageCheck.of(city.hierarchy(), city.withBumpOutside(border)).check(level)))
        .containsOnly(CoverageRule.OUTSIDE_PARENT);
    assertThat(rules(CoverageCheck.of(city.hierarchy(), city.withOneSidedVertex(inner)).check(level)))
        .containsOnly(CoverageRule.UNMATCHED_EDGE);
    assertThat(rules(CoverageCheck.of(city.hierarchy(), city.withoutBoundary(inner)).check(level)))
        .containsOnly(CoverageRule.MISSING_BOUNDARY, CoverageRule.GAP);
  }

  /** A county of a subdistrict (west) and a township (east), children of two levels, as Fuxin has. */
  private static final GridHierarchy URBAN_AND_RURAL = GridHierarchy.of(LevelSchemes.fuxin(), List.of(
      GridNode.of("210902", "海州区", "county", null),
      GridNode.of("210902001", "和平街道", "subdistrict", "210902"),
      GridNode.of("210902101", "韩家店镇", "township", "210902")), List.of());

  private static BoundaryLayer urbanAndRural(String township) {
    return CompoundBlocks.layer(Map.of(
        GridCode.of("210902"), COMPOUND_WKT,
        GridCode.of("210902001"), "POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.01, 121.60 42.01, 121.60 42.00))",
        GridCode.of("210902101"), township));
  }

  /** Regression (issue 3): a county's township was a gap of its subdistricts' level, and vice versa. */
  @Test
  void aParentTiledByChildrenOfTwoLevelsIsCheckedWithAllOfThem() {
    BoundaryLayer layer = urbanAndRural(
        "POLYGON ((121.61 42.00, 121.62 42.00, 121.62 42.01, 121.61 42.01, 121.61 42.00))");
    CoverageCheck check = CoverageCheck.of(URBAN_AND_RURAL, layer);
    assertThat(check.checkAll().findings()).isEmpty();
    assertThat(check.check(URBAN_AND_RURAL.scheme().level("subdistrict")).findings()).isEmpty();
    assertThat(check.check(URBAN_AND_RURAL.scheme().level("township")).findings()).isEmpty();
  }

  @Test
  void aGapBesideATownshipIsReportedOnceForTheCounty() {
    BoundaryLayer layer = urbanAndRural(
        "POLYGON ((121.611 42.00, 121.62 42.00, 121.62 42.01, 121.611 42.01, 121.611 42.00))");
    CoverageReport report = CoverageCheck.of(URBAN_AND_RURAL, layer).checkAll();
    assertThat(report.findings()).hasSize(1);
    assertThat(report.of(CoverageRule.GAP)).extracting(f -> f.finding().subject()).containsExactly("210902");
  }

  @Test
  void aSubdistrictAndATownshipThatOverlapAreFoundLikeGridsOfOneLevel() {
    BoundaryLayer layer = urbanAndRural(
        "POLYGON ((121.609 42.00, 121.62 42.00, 121.62 42.01, 121.609 42.01, 121.609 42.00))");
    CoverageReport report = CoverageCheck.of(URBAN_AND_RURAL, layer).checkAll();
    assertThat(report.of(CoverageRule.OVERLAP)).extracting(f -> f.finding().subject()).containsExactly("210902001");
  }

  private static List<Object> rules(CoverageReport report) {
    return report.findings().stream().map(f -> (Object) f.finding().rule()).toList();
  }
}
