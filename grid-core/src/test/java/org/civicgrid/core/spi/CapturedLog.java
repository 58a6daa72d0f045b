package org.civicgrid.core.spi;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * Captures what slf4j-simple writes (to {@code System.err}, looked up on every write) while open,
 * so tests can check what the framework logs; captured text is not echoed, keeping the build quiet.
 * Public so that tests of other packages (staff: masked contacts) capture the log the same way.
 */
public final class CapturedLog implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  private CapturedLog() {
    System.setErr(new PrintStream(buffer, true, UTF_8));
  }

  public static CapturedLog start() {
    return new CapturedLog();
  }

  public String text() {
    return buffer.toString(UTF_8);
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
