package org.civicgrid.core.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.io.DivisionTableReader;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Queries on the national hierarchy (about 700,000 grids): find by code, and the ancestor test both
 * on grids ({@link Grid#isAncestorOf}) and on codes ({@link GridHierarchy#isAncestor}). Targets: find
 * ≤ 150 ns, ancestor test ≤ 20 ns.
 *
 * <p>The {@link QuerySet#HOT} set cycles through 1,024 precomputed random queries, so the grids they
 * touch stay in cache; the {@link QuerySet#COLD} set cycles through 2<sup>20</sup> queries over all
 * grids, so most touch memory no recent query touched. Half of the ancestor pairs are true (a grid and
 * one of its ancestors), half random. Query codes are fresh strings (sharing no characters with the
 * hierarchy) laid out in query order, as codes parsed from requests would be: the key is warm, the
 * hierarchy is not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HierarchyQueryBenchmark {
  /** Which precomputed queries a benchmark cycles through. */
  public enum QuerySet {
    /** 1,024 random queries: the grids they touch stay in cache. */
    HOT(1 << 10),
    /** 2<sup>20</sup> random queries over all grids: mostly cache misses. */
    COLD(1 << 20);

    final int size;

    QuerySet(int size) {
      this.size = size;
    }
  }

  @Param({"HOT", "COLD"})
  public QuerySet querySet;

  private GridHierarchy hierarchy;
  private String[] codes;
  private Grid[] ancestors;
  private Grid[] descendants;
  private GridCode[] ancestorCodes;
  private GridCode[] descendantCodes;
  private int mask;
  private int next;

  @Setup(Level.Trial)
  public void buildQueries() throws IOException {
    byte[] table = NationalDivisions.generate(DivisionImportBenchmark.SEED, NationalDivisions.Shape.NATIONAL).csv();
    hierarchy = DivisionTableReader.read(new ByteArrayInputStream(table)).hierarchy();
    Grid[] grids = hierarchy.grids().toArray(Grid[]::new);
    Random random = new Random(7);
    int n = querySet.size;
    mask = n - 1;
    codes = new String[n];
    ancestors = new Grid[n];
    descendants = new Grid[n];
    ancestorCodes = new GridCode[n];
    descendantCodes = new GridCode[n];
    for (int i = 0; i < n; i++) {
      codes[i] = fresh(grids[random.nextInt(grids.length)].code());
      Grid descendant = grids[random.nextInt(grids.length)];
      Grid ancestor = i % 2 == 0 ? randomAncestor(descendant, random) : grids[random.nextInt(grids.length)];
      ancestors[i] = ancestor;
      descendants[i] = descendant;
      ancestorCodes[i] = GridCode.of(fresh(ancestor.code()));
      descendantCodes[i] = GridCode.of(fresh(descendant.code()));
    }
  }

  /** A copy of the code's characters, sharing nothing with the hierarchy, as a parsed request's would. */
  private static String fresh(GridCode code) {
    return new String(code.value().toCharArray());
  }

  private Grid randomAncestor(Grid grid, Random random) {
    var path = hierarchy.pathToTop(grid.code());
    return path.size() == 1 ? grid : path.get(1 + random.nextInt(path.size() - 1));
  }

  @Benchmark
  public Optional<Grid> findByCode() {
    return hierarchy.find(codes[next++ & mask]);
  }

  @Benchmark
  public boolean gridIsAncestorOf() {
    int i = next++ & mask;
    return ancestors[i].isAncestorOf(descendants[i]);
  }

  @Benchmark
  public boolean hierarchyIsAncestor() {
    int i = next++ & mask;
    return hierarchy.isAncestor(ancestorCodes[i], descendantCodes[i]);
  }
}
