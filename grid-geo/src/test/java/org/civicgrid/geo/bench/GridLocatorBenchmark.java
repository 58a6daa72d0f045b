package org.civicgrid.geo.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.crs.Geodesy;
import org.civicgrid.geo.index.FlatGridLocator;
import org.civicgrid.geo.index.GridIndex;
import org.civicgrid.geo.index.JtsBaselineLocator;
import org.civicgrid.geo.index.VoronoiGrids;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Point → grid over 10,000 Voronoi grids around Fuxin (issue 3): the flat index against the
 * STRtree + IndexedPointInAreaLocator baseline in the same run. Each invocation locates a batch of
 * points, so the reported times are per lookup. Point sets: "random", 4,096 uniform points over
 * the territory, the cold case of java-anchors §3.1 (the index is touched all over, though the
 * cells those points hit stay cached between batches); "million", 2²⁰ distinct uniform points, so
 * nearly every lookup misses the caches; "window", 4,096 points in one 1 km square (hot caches).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class GridLocatorBenchmark {
  private static final int BATCH = 1024;

  /** Mean vertices per grid: 7 for plain Voronoi cells, 200 for street-following edges. */
  @Param({"7", "200"})
  int vertices;

  @Param({"random", "million", "window"})
  String points;

  @Param({"64"})
  int cellsPerGrid;

  private FlatGridLocator flat;
  private JtsBaselineLocator jts;
  private double[] xs;
  private double[] ys;
  private int cursor;

  @Setup
  public void setUp() {
    VoronoiGrids grids = VoronoiGrids.generate(10_000, vertices, 3);
    flat = GridIndex.builder(grids.hierarchy(), grids.layer()).cellsPerGrid(cellsPerGrid).build();
    jts = new JtsBaselineLocator(grids.polygons());
    boolean random = !points.equals("window");
    int count = points.equals("million") ? 1 << 20 : 4096;
    double lon0 = random ? VoronoiGrids.FUXIN.getMinX() : 121.7;
    double lat0 = random ? VoronoiGrids.FUXIN.getMinY() : 42.05;
    double width = random ? VoronoiGrids.FUXIN.getWidth() : 1000 / Geodesy.metresPerDegreeLongitude(lat0);
    double height = random ? VoronoiGrids.FUXIN.getHeight() : 1000 / Geodesy.metresPerDegreeLatitude(lat0);
    Random generator = new Random(42);
    xs = new double[count];
    ys = new double[count];
    for (int n = 0; n < count; n++) {
      xs[n] = lon0 + generator.nextDouble() * width;
      ys[n] = lat0 + generator.nextDouble() * height;
    }
    System.out.println(flat);
  }

  private int nextBatch() {
    int from = cursor;
    cursor = (cursor + BATCH) % xs.length;
    return from;
  }

  /**
   * The full API as a service calls it: a GeoPoint made for the request, a Location (leaf and
   * ancestors) out. Points are not built in advance: a million pre-built points would be moved
   * about the heap by the collector, and the benchmark would then measure their layout.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void flatLocate(Blackhole hole) {
    int from = nextBatch();
    for (int n = from; n < from + BATCH; n++) {
      hole.consume(flat.locate(GeoPoint.wgs84(xs[n], ys[n])));
    }
  }

  /** The allocation-free lookup: which leaf owns the point. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void flatLeafIndex(Blackhole hole) {
    int from = nextBatch();
    for (int n = from; n < from + BATCH; n++) {
      hole.consume(flat.leafIndexAt(xs[n], ys[n]));
    }
  }

  /** STRtree + pre-warmed IndexedPointInAreaLocator, first covering area wins. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void jtsBaseline(Blackhole hole) {
    int from = nextBatch();
    for (int n = from; n < from + BATCH; n++) {
      hole.consume(jts.firstCovering(xs[n], ys[n]));
    }
  }
}
