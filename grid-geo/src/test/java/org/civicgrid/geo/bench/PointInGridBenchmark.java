package org.civicgrid.geo.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.geo.SyntheticCity;
import org.civicgrid.geo.index.FlatAreaLocator;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The point-in-grid test of patrol analysis, once per position: {@link FlatAreaLocator} against
 * JTS's {@code IndexedPointInAreaLocator} (the baseline), on the same positions. The grids are the
 * 300 compounds of a {@link SyntheticCity} of 3,600 building grids. The positions are a random walk
 * over each compound's envelope widened by a tenth on each side, so many lie inside and many near
 * an edge. Times are per position.
 *
 * <pre>
 * mvn -B -o -Pbench -pl grid-core,grid-geo test-compile exec:exec -Dbench="PointInGridBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PointInGridBenchmark {
  private static final int GRIDS = 300;
  private static final int WALK = 4096;

  private FlatAreaLocator[] flat;
  private IndexedPointInAreaLocator[] jts;
  private double[][] xs;
  private double[][] ys;
  private int next;

  @Setup
  public void setUp() {
    SyntheticCity city = SyntheticCity.of(2026, 3600);
    List<Grid> compounds = city.hierarchy().grids(city.level("compound"));
    flat = new FlatAreaLocator[GRIDS];
    jts = new IndexedPointInAreaLocator[GRIDS];
    xs = new double[GRIDS][WALK];
    ys = new double[GRIDS][WALK];
    Random random = new Random(1);
    for (int g = 0; g < GRIDS; g++) {
      Geometry area = city.layer().boundary(compounds.get(g % compounds.size()).code()).orElseThrow().area();
      flat[g] = FlatAreaLocator.of(area);
      jts[g] = new IndexedPointInAreaLocator(area);
      Envelope around = area.getEnvelopeInternal();
      around.expandBy(around.getWidth() / 10, around.getHeight() / 10);
      double x = around.centre().x;
      double y = around.centre().y;
      for (int k = 0; k < WALK; k++) {
        x = Math.max(around.getMinX(), Math.min(around.getMaxX(), x + (random.nextDouble() - 0.5) * around.getWidth() / 20));
        y = Math.max(around.getMinY(), Math.min(around.getMaxY(), y + (random.nextDouble() - 0.5) * around.getHeight() / 20));
        xs[g][k] = x;
        ys[g][k] = y;
      }
      jts[g].locate(new Coordinate(x, y));
    }
  }

  private int nextGrid() {
    next = (next + 1) % GRIDS;
    return next;
  }

  @Benchmark
  @OperationsPerInvocation(WALK)
  public int flatAreaLocator() {
    int g = nextGrid();
    FlatAreaLocator locator = flat[g];
    double[] x = xs[g];
    double[] y = ys[g];
    int inside = 0;
    for (int k = 0; k < WALK; k++) {
      inside += locator.covers(x[k], y[k]) ? 1 : 0;
    }
    return inside;
  }

  /** The baseline: JTS's indexed locator, pre-warmed, one reused coordinate. */
  @Benchmark
  @OperationsPerInvocation(WALK)
  public int jtsIndexedLocator() {
    int g = nextGrid();
    IndexedPointInAreaLocator locator = jts[g];
    double[] x = xs[g];
    double[] y = ys[g];
    Coordinate c = new Coordinate();
    int inside = 0;
    for (int k = 0; k < WALK; k++) {
      c.x = x[k];
      c.y = y[k];
      inside += locator.locate(c) != Location.EXTERIOR ? 1 : 0;
    }
    return inside;
  }
}
