package org.civicgrid.geo.layout.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGenerator;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.SyntheticCity;
import org.civicgrid.geo.layout.UnitGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The layout generator on the anchors' synthetic city (issue 7, goal G-200k): every household a unit,
 * 70 communities, 100 households ±10 % per grid. The two stages are timed apart, as the acceptance
 * asks: building the unit graphs (Voronoi cells clipped to each community) and partitioning them
 * into grids (bisection, boundary moves, pair re-splits, dissolving cells into grid polygons). Single
 * shots on one thread; {@code households=1000000} gives the 1M city (more communities in
 * proportion). At the end of the partition stage's trial, when {@code gpmetis} is on PATH, the same
 * graphs are laid out side by side with gpmetis ({@link GpmetisComparison}: household points at 100,
 * buildings at 300) and the Markdown tables printed, so both sides' figures come from the same run.
 *
 * <pre>
 * mvn -B -o -Pbench -pl grid-core,grid-geo test-compile exec:exec -Dbench="LayoutBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class LayoutBenchmark {
  @Param({"200000"})
  public int households;

  private SyntheticCity city;
  private List<HouseholdSite> sites;
  private LayoutGenerator generator;
  private List<UnitGraph> graphs;

  @Setup(Level.Trial)
  public void generate() {
    city = SyntheticCity.scaled(20240601, households);
    sites = city.households();
    generator = LayoutGenerator.of(LayoutSettings.of(100));
    graphs = generator.graphs(city.communities(), sites);
  }

  /** After the partition stage's trial, prints the side-by-side tables with gpmetis, or why they are missing. */
  @TearDown(Level.Trial)
  public void sideBySideWithGpmetis(BenchmarkParams params) {
    if (!params.getBenchmark().endsWith(".partition")) {
      return;
    }
    try {
      GpmetisComparison comparison = GpmetisComparison.onPath(GpmetisComparison.SEEDS);
      for (GpmetisResult result : comparison.anchorsInstances(city, graphs)) {
        System.out.println(result.markdown());
      }
    } catch (IllegalStateException e) {
      System.out.println("No side-by-side tables: " + e.getMessage());
    }
  }

  /** Stage 1: unit graphs of every community from the household points. */
  @Benchmark
  public List<UnitGraph> buildGraphs() {
    return generator.graphs(city.communities(), sites);
  }

  /** Stage 2 (acceptance: at most 5 s for 200k): every community's graph laid out into grids. */
  @Benchmark
  public List<Layout> partition() {
    List<Layout> layouts = new ArrayList<>();
    for (UnitGraph graph : graphs) {
      layouts.add(generator.layOut(graph));
    }
    return layouts;
  }
}
