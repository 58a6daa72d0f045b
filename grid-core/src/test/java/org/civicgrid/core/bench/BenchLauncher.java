package org.civicgrid.core.bench;

import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its usual command line in the module the bench profile is executing in. A module
 * where no benchmark matches the pattern is skipped rather than failed, so one command can run
 * benchmarks across several modules (for example {@code -pl grid-core,grid-geo}).
 */
public final class BenchLauncher {
  private BenchLauncher() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (BenchLauncher.class.getResource("/META-INF/BenchmarkList") == null) {
      System.out.println("This module has no benchmarks; skipped.");
      return;
    }
    try {
      new Runner(options).run();
    } catch (NoBenchmarksException e) {
      System.out.println("No benchmark in this module matches " + options.getIncludes() + "; skipped.");
    } catch (RunnerException e) {
      System.err.println("Benchmark run failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
