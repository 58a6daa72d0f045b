package org.civicgrid.core.spi;

import java.util.List;

/**
 * A plugin: the long-lived object that describes one implementation of an extension point and
 * creates its working objects, the providers (Keycloak's {@code ProviderFactory}, GeoTools' {@code
 * DataStoreFactorySpi}).
 *
 * <p>Each extension point declares a sub-interface, such as {@code StorageProviderFactory extends
 * ProviderFactory<Storage>}, and names it in a {@link Spi}. Implementations are found by {@link
 * java.util.ServiceLoader} through a {@code META-INF/services} file naming the implementation
 * class, which therefore needs a public no-argument constructor, or are registered in code with
 * {@link ProviderRegistry#register}. Selection runs three checks in order: the {@link #id()} chosen
 * (or the only candidate), {@link #isAvailable()}, then {@link #create} with a {@link Config}
 * already validated against {@link #parameters()}.
 *
 * <h2>Lifecycle and thread safety</h2>
 *
 * <p>A factory is instantiated once by its owner (the {@link ProviderRegistry} that discovered it,
 * or the embedder that registered it) and closed once by that owner, after the providers it created
 * are closed. Between the two, {@link #create} may be called any number of times and concurrently
 * from several threads, so implementations must be thread-safe; the other methods are called from
 * any thread and should be cheap. The provider {@code create} returns is the caller's to close, and
 * its own javadoc states its thread-safety.
 *
 * @param <P> the provider type this factory creates
 */
public interface ProviderFactory<P extends AutoCloseable> {

  /**
   * Returns the plugin's id, used to choose it explicitly (for example {@code
   * civicgrid.storage=jdbc}). It must be lower-kebab-case and stable across releases; a discovered
   * factory with a malformed id is skipped.
   *
   * @return the id, such as {@code jdbc} or {@code file-system}
   */
  String id();

  /**
   * Returns the parameters this plugin accepts; configuration is validated against them before
   * {@link #create} is called, and keys not listed here are rejected.
   *
   * @return the parameter descriptors, with distinct keys; empty by default
   */
  default List<ParameterDescriptor<?>> parameters() {
    return List.of();
  }

  /**
   * Returns whether the plugin can run in this environment, for example whether its JDBC driver is
   * on the class path. An unavailable plugin is never chosen implicitly, and choosing it explicitly
   * is an error.
   *
   * @return {@code true} unless something the plugin needs is missing; {@code true} by default
   */
  default boolean isAvailable() {
    return true;
  }

  /**
   * Creates a provider. May be called concurrently.
   *
   * @param config the configuration, already validated against {@link #parameters()}
   * @return a new provider, never {@code null}; the caller closes it
   * @throws org.civicgrid.core.CivicGridException if the provider cannot be created; any other
   *     runtime exception is wrapped by the registry as {@code PLUGIN_FAILED}
   */
  P create(Config config);

  /**
   * Releases what the factory holds (connection pools, threads). Called once by the factory's
   * owner, but must be idempotent: calling it again has no effect. Does nothing by default.
   */
  default void close() {}

  /**
   * Returns where this plugin sorts in listings such as {@link ProviderRegistry#factories()};
   * higher comes first. Order never resolves a choice: several available plugins without an
   * explicit choice remain an error.
   *
   * @return the sort order; 0 by default
   */
  default int order() {
    return 0;
  }
}
