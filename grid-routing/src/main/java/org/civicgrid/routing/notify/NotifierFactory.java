package org.civicgrid.routing.notify;

import org.civicgrid.core.spi.ProviderFactory;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.spi.Spi;

/**
 * The factory a notifier plugin provides, listed in {@code
 * META-INF/services/org.civicgrid.routing.notify.NotifierFactory}. A {@link ProviderRegistry}
 * chooses it like every CivicGrid plugin: {@code civicgrid.notifier=<id>} or an explicit id wins, a
 * single installed plugin is used, and with none the masked {@link LogNotifierFactory log notifier}:
 *
 * <pre>{@code
 * try (var registry = ProviderRegistry.discover(NotifierFactory.SPI);
 *      Notifier notifier = registry.open(Map.of())) {
 *   new NotificationDispatcher(storage.outbox(), notifier, clock, RetryPolicy.standard(), "node-1")
 *       .dispatchDue();
 * }
 * }</pre>
 *
 * Implementations must be thread-safe, as every {@link ProviderFactory} is.
 */
public interface NotifierFactory extends ProviderFactory<Notifier> {
  /** The notifier extension point; its default is {@link LogNotifierFactory}. */
  Spi<NotifierFactory> SPI = Spi.of("notifier", NotifierFactory.class, new LogNotifierFactory());
}
