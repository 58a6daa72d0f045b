package org.civicgrid.routing.cases;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * Captures what slf4j-simple writes (to {@code System.err}, looked up on every write) while open,
 * so tests can check what the lifecycle logs; captured text is not echoed, keeping the build quiet.
 */
final class CapturedLog implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  private CapturedLog() {
    System.setErr(new PrintStream(buffer, true, UTF_8));
  }

  static CapturedLog start() {
    return new CapturedLog();
  }

  String text() {
    return buffer.toString(UTF_8);
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
