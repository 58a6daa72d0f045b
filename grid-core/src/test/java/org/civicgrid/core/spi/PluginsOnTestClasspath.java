package org.civicgrid.core.spi;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notice-board plugins that {@code META-INF/services} lists in the test resources, in this
 * order: {@link ExplodingConstructor}, a class that does not exist, {@link BadId}, {@link File} and
 * {@link FailingAvailability}. Only {@link File} and {@link FailingAvailability} survive discovery.
 * {@link FileTwin} is listed only under {@code twin-plugin/}, for a class loader that sees two
 * plugins claiming one id.
 */
public final class PluginsOnTestClasspath {
  private PluginsOnTestClasspath() {}

  /** A plugin whose constructor throws, as one whose static setup fails would. */
  public static final class ExplodingConstructor extends Base {
    public ExplodingConstructor() {
      super("exploding");
      throw new IllegalStateException("boom: no notice board today");
    }
  }

  /** A plugin whose id breaks the lower-kebab rule. */
  public static final class BadId extends Base {
    public BadId() {
      super("Bad_Id");
    }
  }

  /** A working plugin that counts how often it is closed. */
  public static final class File extends Base {
    private final AtomicInteger closes = new AtomicInteger();

    public File() {
      super("file");
    }

    int closes() {
      return closes.get();
    }

    @Override
    public void close() {
      closes.incrementAndGet();
    }
  }

  /** A plugin whose availability check hits a class missing from the class path. */
  public static final class FailingAvailability extends Base {
    public FailingAvailability() {
      super("flaky");
    }

    @Override
    public boolean isAvailable() {
      throw new NoClassDefFoundError("com/example/MissingDriver");
    }
  }

  /** A second plugin with the id "file", as when two jars ship the same plugin id. */
  public static final class FileTwin extends Base {
    public FileTwin() {
      super("file");
    }
  }

  /** What the plugins share: an id and a create() that returns a fresh board. */
  abstract static class Base implements NoticeBoardFactory {
    private final String id;

    Base(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public NoticeBoard create(Config config) {
      return new NoticeBoard(id, config);
    }
  }
}
