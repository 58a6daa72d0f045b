package org.civicgrid.geo.bench;

import java.util.concurrent.TimeUnit;
import org.civicgrid.geo.SyntheticCity;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.coverage.CoverageCheck;
import org.civicgrid.geo.coverage.CoverageReport;
import org.civicgrid.geo.coverage.ParentBoundaries;
import org.civicgrid.geo.query.AdjacencyGraph;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Coverage validation of a Fuxin-size city ({@link SyntheticCity#fuxinSize}: 12,000 building grids
 * under 1,000 compounds, 100 communities, 10 subdistricts and one county, 13,111 boundaries), as
 * single shots: the acceptance target is the whole four-level check in at most 2 s. The baseline is
 * JTS's own {@code CoverageValidator} over the building grids alone, the cheapest part of the work.
 *
 * <pre>
 * mvn -B -o -Pbench -pl grid-core,grid-geo test-compile exec:exec -Dbench="CoverageBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CoverageBenchmark {
  private SyntheticCity city;
  private Geometry[] buildingGrids;
  private BoundaryLayer leavesOnly;

  @Setup(Level.Trial)
  public void generate() {
    city = SyntheticCity.fuxinSize(2024);
    buildingGrids = city.buildingGrids().stream()
        .map(g -> city.layer().boundary(g.code()).map(Boundary::area).orElseThrow()).toArray(Geometry[]::new);
    leavesOnly = BoundaryLayer.of(city.layer().system(), city.layer().boundaries().stream()
        .filter(b -> b.grid().length() == 18).toList());
  }

  /** The acceptance figure: every level of the city, top down. */
  @Benchmark
  public CoverageReport checkAllLevels() {
    return CoverageCheck.of(city.hierarchy(), city.layer()).checkAll();
  }

  /** The building-grid level alone: 12,000 grids tiling 1,000 compounds. */
  @Benchmark
  public CoverageReport checkBuildingGrids() {
    return CoverageCheck.of(city.hierarchy(), city.layer()).check(city.level("building-grid"));
  }

  /** Baseline: JTS's validator over the 12,000 building grids, nothing else. */
  @Benchmark
  public boolean baselineJtsValidator() {
    return CoverageValidator.isValid(buildingGrids);
  }

  /** Deriving all 1,111 parents from the building grids up, each validated and unioned. */
  @Benchmark
  public BoundaryLayer deriveParents() {
    return ParentBoundaries.deriveMissing(city.hierarchy(), leavesOnly);
  }

  /** The neighbour graph of the 12,000 building grids. */
  @Benchmark
  public AdjacencyGraph adjacencyOfBuildingGrids() {
    return AdjacencyGraph.of(city.hierarchy(), city.layer(), city.level("building-grid"));
  }

}
