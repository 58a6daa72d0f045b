package org.civicgrid.core.store;

import org.civicgrid.core.spi.ProviderFactory;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.spi.Spi;

/**
 * The factory a storage plugin provides, listed in {@code
 * META-INF/services/org.civicgrid.core.store.StorageFactory}. A {@link ProviderRegistry} chooses
 * the plugin: the system property {@code civicgrid.storage=<id>} or an explicit id wins, a single
 * installed plugin is used, and with none the in-memory default is:
 *
 * <pre>{@code
 * try (var registry = ProviderRegistry.discover(StorageFactory.SPI);
 *      Storage storage = registry.open(Map.of())) {
 *   storage.grids().save(TerritoryId.of("fuxin-haizhou"), history, 0);
 * }
 * }</pre>
 *
 * Every plugin must pass the conformance kit in grid-core's test-jar: {@code GridStoreContract},
 * {@code LedgerStoreContract} and {@code StaffStoreContract}.
 */
public interface StorageFactory extends ProviderFactory<Storage> {
  /** The storage extension point; its default is {@link InMemoryStorageFactory}. */
  Spi<StorageFactory> SPI = Spi.of("storage", StorageFactory.class, new InMemoryStorageFactory());
}
