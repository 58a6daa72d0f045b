package org.civicgrid.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs {@code civicgrid} in process for tests and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
  /** The README's sample data, from the module folder tests run in. */
  static final Path SAMPLE = Path.of("sample");
  static final String HOUSEHOLDS = SAMPLE.resolve(SampleDataGenerator.HOUSEHOLDS).toString();
  static final String PARENTS = SAMPLE.resolve(SampleDataGenerator.PARENTS).toString();
  static final String SCENARIO = SAMPLE.resolve(SampleDataGenerator.SCENARIO).toString();

  static Cli run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = CivicGridCommand.run(args, o, e);
    }
    return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Lays out the sample data at {@code target} households per grid into {@code out}, quietly. */
  static Cli layoutSample(Path out, int target) {
    return run("layout", "--households", HOUSEHOLDS, "--parents", PARENTS, "--target", String.valueOf(target),
        "--out", out.toString(), "--quiet");
  }
}
