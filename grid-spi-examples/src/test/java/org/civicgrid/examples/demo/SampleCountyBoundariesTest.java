package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.coverage.CoverageCheck;
import org.civicgrid.geo.coverage.CoverageFinding;
import org.civicgrid.geo.coverage.CoverageReport;
import org.civicgrid.geo.coverage.CoverageRule;
import org.civicgrid.geo.crs.Measures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class SampleCountyBoundariesTest {
  private static final GridHierarchy COUNTY = Demo.loadSampleCounty();

  @Test
  void theCommittedFixtureIsTheGeneratorsOutput() throws IOException {
    String committed;
    try (InputStream in = Demo.class.getResourceAsStream("/demo/sample-county-boundaries.geojson")) {
      assertThat(in).as("the fixture on the class path").isNotNull();
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(committed)
        .as("%s differs from SampleCountyBoundaries' output; regenerate it as that class says",
            SampleCountyBoundaries.FIXTURE)
        .isEqualTo(SampleCountyBoundaries.geoJson());
  }

  @Test
  void everyGridHasABoundaryInGcj02NearFuxin() {
    BoundaryLayer layer = SampleCountyBoundaries.asShipped(COUNTY);
    assertThat(layer.system()).isEqualTo(CoordinateSystem.GCJ02);
    assertThat(layer.size()).isEqualTo(COUNTY.size());
    COUNTY.grids().forEach(g -> assertThat(layer.boundary(g.code())).as("boundary of %s", g.code()).isPresent());
    Envelope county = layer.boundary(COUNTY.tops().get(0).code()).orElseThrow().area().getEnvelopeInternal();
    assertThat(new Envelope(121.6, 121.7, 41.98, 42.05).contains(county)).isTrue();
  }

  @Test
  void withoutTheDefectEveryLevelTilesItsParentEdgeForEdge() {
    CoverageReport report = CoverageCheck.of(COUNTY, SampleCountyBoundaries.seamless(COUNTY)).checkAll();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void theDefectIsOneSliverGapBetweenTwoBuildingGridsOfChangyuanCompound() {
    CoverageReport report = CoverageCheck.of(COUNTY, SampleCountyBoundaries.asShipped(COUNTY)).checkAll();
    assertThat(report.findings()).hasSize(1);
    CoverageFinding gap = report.findings().get(0);
    assertThat(gap.finding().rule()).isEqualTo(CoverageRule.GAP);
    assertThat(gap.finding().subject()).isEqualTo("210902001001001");
    // 4 m wide, tapering to nothing at the compound's edges, along a 150 m shared edge.
    assertThat(Measures.areaSquareMetres(gap.where())).isCloseTo(400, within(5.0));
  }
}
