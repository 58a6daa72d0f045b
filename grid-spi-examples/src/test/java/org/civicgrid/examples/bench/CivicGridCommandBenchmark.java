package org.civicgrid.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.civicgrid.examples.cli.CivicGridCommand;
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
 * The README's research commands end to end, files included, on the sample data in {@code sample/} (run from
 * the module folder, as the bench profile does): {@code civicgrid layout} of 20,000 households in 8
 * communities at 100 households a grid, and {@code civicgrid simulate} of the sample week on that layout under
 * Tongnan's policy. One command is one operation; the process exit code is checked, not timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CivicGridCommandBenchmark {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true,
      StandardCharsets.UTF_8);

  private Path out;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    out = Files.createTempDirectory("civicgrid-bench");
    run("layout", "--households", "sample/households.csv", "--parents", "sample/parents.geojson", "--out",
        out.resolve("layout").toString(), "--quiet");
  }

  @Benchmark
  public int layoutOfTheSample() {
    return run("layout", "--households", "sample/households.csv", "--parents", "sample/parents.geojson", "--out",
        out.resolve("again").toString(), "--quiet");
  }

  @Benchmark
  public int simulateAWeekOfTheSample() {
    return run("simulate", "--grids", out.resolve("layout").resolve("grids.geojson").toString(), "--parents",
        "sample/parents.geojson", "--scenario", "sample/week.json", "--out", out.resolve("simulation").toString(),
        "--quiet");
  }

  private static int run(String... args) {
    int code = CivicGridCommand.run(args, NOWHERE, NOWHERE);
    if (code != 0) {
      throw new IllegalStateException("civicgrid " + args[0] + " ended with exit code " + code);
    }
    return code;
  }
}
