package org.civicgrid.geo.store;

import org.civicgrid.core.spi.ProviderFactory;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.spi.Spi;

/**
 * The factory a boundary-storage plugin provides, listed in {@code
 * META-INF/services/org.civicgrid.geo.store.BoundaryStorageFactory}. Chosen like every CivicGrid
 * plugin by a {@link ProviderRegistry}: the system property {@code civicgrid.boundary-storage=<id>}
 * or an explicit id wins, a single installed plugin is used, and with none the in-memory default is:
 *
 * <pre>{@code
 * try (var registry = ProviderRegistry.discover(BoundaryStorageFactory.SPI);
 *      BoundaryStorage storage = registry.open(Map.of())) {
 *   long version = storage.boundaries().save(TerritoryId.of("fuxin-haizhou"), layer, 0);
 * }
 * }</pre>
 *
 * <p>This is an extension point of its own rather than a part of grid-core's {@code Storage}, which
 * cannot name JTS types. A plugin that keeps hierarchies and boundaries in one database implements
 * both {@code StorageFactory} and this interface (two small factories, one id, listed in both
 * service files), and can share its connection pool between them. Every plugin must pass the
 * conformance kit ({@code BoundaryStoreContract} in grid-geo's test-jar). Implementations must be
 * thread-safe, as every {@link ProviderFactory} is.
 */
public interface BoundaryStorageFactory extends ProviderFactory<BoundaryStorage> {
  /** The boundary-storage extension point; its default is {@link InMemoryBoundaryStorageFactory}. */
  Spi<BoundaryStorageFactory> SPI =
      Spi.of("boundary-storage", BoundaryStorageFactory.class, new InMemoryBoundaryStorageFactory());
}
