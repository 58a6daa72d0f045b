package org.civicgrid.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.coverage.AreaBand;
import org.civicgrid.geo.coverage.CoverageCheck;
import org.civicgrid.geo.coverage.CoverageFinding;
import org.civicgrid.geo.coverage.CoverageReport;
import org.civicgrid.geo.coverage.SizingCheck;
import org.civicgrid.geo.coverage.SizingRule;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.geo.crs.Measures;
import org.civicgrid.geo.geojson.GeoJsonImport;
import org.civicgrid.geo.geojson.GeoJsonLayerReader;
import org.civicgrid.geo.index.GridIndex;
import org.civicgrid.geo.map.GridMap;

/**
 * The demo's geography: imports the sample county's boundaries (GCJ-02, as web maps give them),
 * converts them to WGS-84 once, checks coverage and sizing, locates a few addresses and writes a
 * grid map as SVG, printing each step.
 */
final class GeographyDemo {
  static final String BOUNDARIES = "/demo/sample-county-boundaries.geojson";
  /** Wide enough for full labels (name, code, households) on 150 m building grids in a 1.5 km county. */
  private static final int MAP_WIDTH = 1600;

  private GeographyDemo() {}

  /** Runs the step and returns the boundaries as imported, in GCJ-02, for the steps after it. */
  static BoundaryLayer run(GridHierarchy county, Path svg, PrintStream out) {
    GeoJsonImport imported = importBoundaries(county);
    Report notes = imported.report();
    out.printf("%nBoundaries: %d grids from %s, declared GCJ-02 in the file; import report: %s%n",
        imported.layer().size(), BOUNDARIES.substring(1),
        notes.findings().isEmpty() ? "clean, nothing repaired" : findings(notes.findings().size()));
    notes.findings().forEach(f -> out.println("  " + f));
    BoundaryLayer layer = CoordinateTransforms.transform(imported.layer(), CoordinateSystem.WGS84);
    Grid top = county.tops().get(0);
    out.printf(Locale.ROOT, "Converted to WGS-84 once for measuring and locating: %s covers %.2f km²%n",
        top.name(), Measures.areaSquareMetres(layer.boundary(top.code()).orElseThrow().area()) / 1e6);

    CoverageReport coverage = CoverageCheck.of(county, layer).checkAll();
    out.printf("%nCoverage, every level against its parent (%s):%n", findings(coverage.findings().size()));
    coverage.findings().stream().map(CoverageFinding::finding).forEach(f -> out.println("  " + f));
    out.println("  The gap is the fixture's one deliberate defect: 长源3号楼网格's west edge was drawn 4 m east of");
    out.println("  长源2号楼网格's east edge, leaving a sliver of 长源小区 that no building grid covers.");

    SizingCheck sizing = SizingCheck.of(county, layer)
        .withAreaBand("building-grid", AreaBand.hectares(0.5, 5))
        .withAreaBand("hamlet", AreaBand.hectares(10, 40));
    List<Finding> areas = sizing.checkAll().findings().stream().filter(f -> f.rule() instanceof SizingRule).toList();
    out.printf("%nSizing, area bands building grid 0.5–5 ha, hamlet 10–40 ha (%s; household bands above):%n",
        findings(areas.size()));
    areas.forEach(f -> out.println("  " + f));

    SampleAddresses.locate(county, layer, GridIndex.build(county, layer), out);

    Path written = writeMap(county, layer, top, svg);
    out.printf("%nMap of %s, households per grid with legend and scale bar: %s%n", top.name(), written);
    return imported.layer();
  }

  private static String findings(int n) {
    return n + (n == 1 ? " finding" : " findings");
  }

  /** The sample county's boundaries as imported from {@value #BOUNDARIES}, in GCJ-02. */
  static GeoJsonImport importBoundaries(GridHierarchy county) {
    try (InputStream in = GeographyDemo.class.getResourceAsStream(BOUNDARIES)) {
      if (in == null) {
        throw new IllegalStateException("the demo fixture " + BOUNDARIES + " is missing from the class path");
      }
      return GeoJsonLayerReader.of(CoordinateSystem.GCJ02).withHierarchy(county).read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo fixture " + BOUNDARIES, e);
    }
  }

  /** Writes the county's map to {@code svg}, creating its folder, and returns its absolute path. */
  private static Path writeMap(GridHierarchy county, BoundaryLayer layer, Grid top, Path svg) {
    GridMap map = GridMap.ofSubtree(layer, county, top.code())
        .title(top.name() + "网格图 · 户数")
        .metric("户数 households", Grid::households)
        .width(MAP_WIDTH)
        .build();
    Path target = svg.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, map.toSvg(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the map to " + target, e);
    }
    return target;
  }
}
