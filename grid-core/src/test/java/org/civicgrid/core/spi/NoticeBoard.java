package org.civicgrid.core.spi;

/** The provider of the test extension point: remembers who created it, with which config. */
public final class NoticeBoard implements AutoCloseable {
  private final String factoryId;
  private final Config config;
  private boolean closed;

  NoticeBoard(String factoryId, Config config) {
    this.factoryId = factoryId;
    this.config = config;
  }

  String factoryId() {
    return factoryId;
  }

  Config config() {
    return config;
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
