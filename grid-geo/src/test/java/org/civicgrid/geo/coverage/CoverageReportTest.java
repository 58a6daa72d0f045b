package org.civicgrid.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.CompoundBlocks.geometry;

import java.util.List;
import org.civicgrid.core.report.Severity;
import org.junit.jupiter.api.Test;

class CoverageReportTest {
  private static final CoverageFinding GAP = CoverageFinding.of(CoverageRule.GAP, "210902001001001",
      "46.3 m² of the grid lie in none of its 4 children",
      geometry("POLYGON ((121.61 42.0049, 121.61 42.005, 121.6099 42.005, 121.61 42.0049))"));
  private static final CoverageFinding UNKNOWN = CoverageFinding.of(CoverageRule.UNKNOWN_GRID, "210902001001001005",
      "has a boundary but is not a grid of the hierarchy", geometry("POLYGON ((0 0, 1 0, 0 1, 0 0))"));

  @Test
  void keepsEachFindingWithItsGeometryAndGivesThePlainReport() {
    CoverageReport report = CoverageReport.of(List.of(GAP)).plus(CoverageReport.of(List.of(UNKNOWN)));
    assertThat(report.findings()).containsExactly(GAP, UNKNOWN);
    assertThat(report.of(CoverageRule.GAP)).containsExactly(GAP);
    assertThat(report.toReport().findings()).containsExactly(GAP.finding(), UNKNOWN.finding());
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isClean()).isFalse();
    assertThat(report.toString()).contains("ERROR gap [210902001001001]", "WARNING unknown-grid");
    assertThat(CoverageReport.of(List.of(UNKNOWN)).hasErrors()).isFalse();
    assertThat(CoverageReport.of(List.of()).toString()).isEqualTo("no findings");
  }

  @Test
  void aFindingAlwaysHasAGeometryEvenIfEmpty() {
    assertThat(GAP.hasGeometry()).isTrue();
    assertThat(GAP.finding().severity()).isEqualTo(Severity.ERROR);
    assertThat(CoverageFinding.of(CoverageRule.MISSING_BOUNDARY, "x", "none", geometry("POLYGON EMPTY")).hasGeometry())
        .isFalse();
    assertThatThrownBy(() -> new CoverageFinding(GAP.finding(), null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("where");
  }
}
