package org.civicgrid.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.CompoundBlocks.COMPOUND;
import static org.civicgrid.geo.CompoundBlocks.NORTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.geometry;

import java.util.List;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.HierarchyRule;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.CompoundBlocks;
import org.civicgrid.geo.Karney;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class SizingCheckTest {
  private static final BoundaryLayer LAYER = CompoundBlocks.layer(CompoundBlocks.wkt());
  /** Each building grid is 0.01° × 0.005°: about 46 ha at 42° N. */
  private static final double BLOCK = Karney.squareMetres(geometry(CompoundBlocks.SOUTH_WEST_WKT));

  private static GridHierarchy withOneCrowdedGrid() {
    List<GridNode> nodes = CompoundBlocks.hierarchy().grids().stream()
        .map(g -> g.code().equals(NORTH_EAST) ? g.node().withCounts(130, 360) : g.node()).toList();
    return GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of());
  }

  private static Level level(String id) {
    return LevelSchemes.fuxin().level(id);
  }

  @Test
  void aBuildingGridAboveItsHouseholdBandIsTheHierarchysOwnWarning() {
    Report report = SizingCheck.of(withOneCrowdedGrid(), LAYER).check(level("building-grid"));
    assertThat(report.findings()).hasSize(1);
    Finding crowded = report.findings().get(0);
    assertThat(crowded.rule()).isEqualTo(HierarchyRule.HOUSEHOLDS_OUTSIDE_BAND);
    assertThat(crowded.subject()).isEqualTo(NORTH_EAST.value());
    assertThat(crowded.severity()).isEqualTo(Severity.WARNING);
    assertThat(SizingCheck.of(withOneCrowdedGrid(), LAYER).check(level("compound")).findings()).isEmpty();
  }

  @Test
  void gridsOutsideTheirLevelsAreaBandAreWarnings() {
    SizingCheck tooSmall = SizingCheck.of(CompoundBlocks.hierarchy(), LAYER)
        .withAreaBand("building-grid", AreaBand.hectares(10, 40));
    Report report = tooSmall.check(level("building-grid"));
    assertThat(report.of(SizingRule.AREA_OUTSIDE_BAND)).hasSize(4);
    assertThat(report.findings().get(0).subject()).isEqualTo(SOUTH_WEST.value());
    assertThat(report.findings().get(0).message()).contains("building-grid area band");
    assertThat(report.hasErrors()).isFalse();
    SizingCheck fits = tooSmall.withAreaBand("building-grid", AreaBand.hectares(40, 50));
    assertThat(fits.check(level("building-grid")).findings()).isEmpty();
    assertThat(fits.areaBands()).containsOnlyKeys("building-grid");
  }

  @Test
  void aGridWithoutABoundaryHasAnUnknownArea() {
    Report report = SizingCheck.of(CompoundBlocks.hierarchy(), LAYER.without(NORTH_EAST))
        .withAreaBand("building-grid", AreaBand.hectares(40, 50)).check(level("building-grid"));
    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SizingRule.AREA_UNKNOWN, NORTH_EAST.value()));
  }

  @Test
  void sizesGiveHouseholdsAndCityScaleAreas() {
    List<GridSize> sizes = SizingCheck.of(CompoundBlocks.hierarchy(), LAYER.without(NORTH_EAST))
        .sizes(level("building-grid"));
    assertThat(sizes).extracting(GridSize::households).containsExactly(96L, 104L, 100L, 98L);
    assertThat(sizes.get(0).squareMetres().getAsDouble()).isCloseTo(BLOCK, within(BLOCK * 1e-4));
    assertThat(sizes.get(3).squareMetres()).isEmpty();
    GridSize compound = SizingCheck.of(CompoundBlocks.hierarchy(), LAYER).sizes(level("compound")).get(0);
    assertThat(compound.grid()).isEqualTo(COMPOUND);
    assertThat(compound.households()).isEqualTo(398);
  }

  @Test
  void checkingEveryLevelCollectsEachLevelsFindings() {
    Report report = SizingCheck.of(withOneCrowdedGrid(), LAYER).withAreaBand("compound", AreaBand.hectares(1, 2))
        .checkAll();
    assertThat(report.findings()).extracting(Finding::subject).containsExactly(COMPOUND.value(), NORTH_EAST.value());
  }

  @Test
  void refusesAnAreaBandForALevelTheSchemeDoesNotHave() {
    SizingCheck check = SizingCheck.of(CompoundBlocks.hierarchy(), LAYER);
    assertThatThrownBy(() -> check.withAreaBand("area", AreaBand.hectares(1, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
    assertThatThrownBy(() -> check.check(LevelSchemes.wuhua().level("area")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
