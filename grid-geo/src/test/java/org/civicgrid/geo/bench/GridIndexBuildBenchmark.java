package org.civicgrid.geo.bench;

import java.util.concurrent.TimeUnit;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.index.FlatGridLocator;
import org.civicgrid.geo.index.GridIndex;
import org.civicgrid.geo.index.JtsBaselineLocator;
import org.civicgrid.geo.index.VoronoiGrids;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the point → grid index of a Fuxin-sized city, 12,000 Voronoi grids (issue 3: ≤ 2 s),
 * one build per measurement; the JTS baseline's build (STRtree plus forcing every lazy per-polygon
 * index) for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class GridIndexBuildBenchmark {
  @Param({"7", "200"})
  int vertices;

  private VoronoiGrids grids;
  private GridHierarchy hierarchy;
  private BoundaryLayer layer;

  @Setup
  public void setUp() {
    grids = VoronoiGrids.generate(12_000, vertices, 2);
    hierarchy = grids.hierarchy();
    layer = grids.layer();
  }

  @Benchmark
  public FlatGridLocator flatIndex() {
    return GridIndex.build(hierarchy, layer);
  }

  @Benchmark
  public JtsBaselineLocator jtsBaseline() {
    return new JtsBaselineLocator(grids.polygons());
  }
}
