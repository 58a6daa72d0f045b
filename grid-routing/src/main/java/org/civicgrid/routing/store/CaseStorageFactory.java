package org.civicgrid.routing.store;

import org.civicgrid.core.spi.ProviderFactory;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.spi.Spi;

/**
 * The factory a case-storage plugin provides, listed in {@code
 * META-INF/services/org.civicgrid.routing.store.CaseStorageFactory}. A {@link ProviderRegistry}
 * chooses it like every CivicGrid plugin: {@code civicgrid.case-storage=<id>} or an explicit id wins,
 * a single installed plugin is used, and with none the in-memory default:
 *
 * <pre>{@code
 * try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI);
 *      CaseStorage storage = registry.open(Map.of())) {
 *   CaseFile file = CaseFile.open(report);
 *   storage.cases().save(file, 0, List.of(notice));
 * }
 * }</pre>
 *
 * <p>This is an extension point of its own rather than a part of grid-core's {@code Storage}:
 * grid-core cannot name cases, which live in grid-routing, and an application that keeps only
 * hierarchies needs no case tables. A plugin that keeps both in one database implements {@code
 * StorageFactory} and this interface under the same id and may share its connection pool, as
 * grid-geo's {@code BoundaryStorageFactory} does for boundaries. Every plugin must pass {@code
 * CaseStoreContract} in grid-routing's test-jar. Implementations must be thread-safe, as every
 * {@link ProviderFactory} is.
 */
public interface CaseStorageFactory extends ProviderFactory<CaseStorage> {
  /** The case-storage extension point; its default is {@link InMemoryCaseStorageFactory}. */
  Spi<CaseStorageFactory> SPI =
      Spi.of("case-storage", CaseStorageFactory.class, new InMemoryCaseStorageFactory());
}
