package org.civicgrid.core.spi;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the factories of one extension point with {@link ServiceLoader}, surviving broken plugins:
 * each failure is logged at WARN, naming the plugin class and the cause, and skipped.
 */
final class PluginDiscovery {
  // Logs under the public class, so one logger setting covers everything the registry reports.
  private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

  // ServiceLoader can report one failure forever (a configuration file that cannot be read), so
  // discovery gives up after this many failures in a row instead of looping.
  private static final int MAX_FAILURES_IN_A_ROW = 100;

  private PluginDiscovery() {}

  /**
   * Returns every factory of {@code spi} listed for {@code loader} that loads and has a valid id.
   */
  static <F extends ProviderFactory<?>> ImmutableList<Plugin<F>> discover(
      Spi<F> spi, ClassLoader loader) {
    ImmutableList.Builder<Plugin<F>> found = ImmutableList.builder();
    Iterator<F> factories = ServiceLoader.load(spi.factoryType(), loader).iterator();
    int failuresInARow = 0;
    while (true) {
      F factory;
      try {
        if (!factories.hasNext()) {
          break;
        }
        factory = factories.next();
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        LOG.warn("Skipped a {} plugin that failed to load: {}", spi.name(), describe(e));
        LOG.debug("Stack trace of the {} plugin that failed to load", spi.name(), e);
        if (++failuresInARow == MAX_FAILURES_IN_A_ROW) {
          LOG.warn("Stopped discovering {} plugins after {} failures", spi.name(), failuresInARow);
          break;
        }
        continue;
      }
      failuresInARow = 0;
      identify(spi, factory).ifPresent(found::add);
    }
    return found.build();
  }

  /** Reads a discovered factory's id and order, or logs why the factory is skipped. */
  private static <F extends ProviderFactory<?>> Optional<Plugin<F>> identify(
      Spi<F> spi, F factory) {
    String type = factory.getClass().getName();
    try {
      String id = factory.id();
      if (!Identifiers.isLowerKebab(id)) {
        LOG.warn("Skipped {} plugin {}: its id {} is not lower-kebab-case", spi.name(), type, id);
        return Optional.empty();
      }
      return Optional.of(new Plugin<>(id, factory.order(), factory));
    } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
      LOG.warn("Skipped {} plugin {}: {}", spi.name(), type, e.toString());
      return Optional.empty();
    }
  }

  // ServiceLoader names the plugin class in its message and keeps the plugin's own exception as
  // the cause; both are needed to fix the plugin.
  private static String describe(Throwable e) {
    return e.getCause() == null ? e.toString() : e + ", caused by " + e.getCause();
  }
}
