package org.civicgrid.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long command on stderr, one line per finished stage with its figures and elapsed time
 * ("layout 8 communities, 196 grids 1.4 s"); silent when quiet. Not thread-safe: one per command run.
 */
final class Progress {
  private final PrintStream err;
  private final boolean quiet;
  private long stageStart;

  Progress(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.stageStart = System.nanoTime();
  }

  /** Starts timing the next stage. */
  void start() {
    stageStart = System.nanoTime();
  }

  /** Reports the stage that ends now, e.g. {@code done("layout", "%d grids", 196)}, and starts the next. */
  void done(String stage, String format, Object... args) {
    long now = System.nanoTime();
    if (!quiet) {
      err.printf(Locale.ROOT, "%s %s %.1f s%n", stage, String.format(Locale.ROOT, format, args),
          (now - stageStart) / 1e9);
    }
    stageStart = now;
  }
}
