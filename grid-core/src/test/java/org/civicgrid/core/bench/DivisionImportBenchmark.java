package org.civicgrid.core.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.io.DivisionTableReader;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports the national division table ({@link NationalDivisions.Shape#NATIONAL}, about 700,000 rows
 * in five levels) from memory: CSV parsing, building and validating the hierarchy. Each iteration is
 * one import (single shot) in a fork limited to 300 MB of heap, so completing at all proves the
 * import fits. After each iteration the retained heap of the built hierarchy is measured (used heap
 * after {@code System.gc()} with and without it) and printed. Targets: ≤ 3 s, ≤ 300 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx300m")
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class DivisionImportBenchmark {
  static final long SEED = 20240601L;

  private byte[] table;
  private GridHierarchy imported;

  @Setup(Level.Trial)
  public void generateTable() {
    NationalDivisions.Table generated = NationalDivisions.generate(SEED, NationalDivisions.Shape.NATIONAL);
    table = generated.csv();
    System.out.printf("%nnational table: %,d rows, %,d bytes%n", generated.rows(), table.length);
  }

  @Benchmark
  public GridHierarchy importNationalTable() throws IOException {
    imported = DivisionTableReader.read(new ByteArrayInputStream(table)).hierarchy();
    return imported;
  }

  /** Measures, then drops, the hierarchy of the iteration, so two never share the 300 MB heap. */
  @TearDown(Level.Iteration)
  public void measureRetainedHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long withHierarchy = usedAfterGc(memory);
    int grids = imported.size();
    imported = null;
    long without = usedAfterGc(memory);
    System.out.printf("%nretained heap of the hierarchy (%,d grids): %.1f MB (heap used %.1f MB with it, max %.0f MB)%n",
        grids, (withHierarchy - without) / 1e6, withHierarchy / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
