package org.civicgrid.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Names an extension point (storage, notification, …): the name users choose a plugin by, the
 * factory interface plugins implement, and the in-memory factory used when no plugin is present.
 *
 * <p>Each extension point keeps one instance as a constant:
 *
 * <pre>{@code
 * public static final Spi<StorageProviderFactory> STORAGE =
 *     Spi.of("storage", StorageProviderFactory.class, new MemoryStorageProviderFactory());
 * }</pre>
 *
 * <p>The default factory is shared by every registry built from this Spi and is never closed by
 * them, so it should hold no resources. Instances are immutable and thread-safe.
 *
 * @param name the extension point's lower-kebab name, used in the system property {@code
 *     civicgrid.<name>}
 * @param factoryType the factory interface that plugins of this extension point implement
 * @param defaultFactory the in-memory factory used when no plugin is available
 * @param <F> the factory interface
 */
public record Spi<F extends ProviderFactory<?>>(
    String name, Class<F> factoryType, F defaultFactory) {

  /**
   * Validates the components; {@link #of} is the usual way to call this.
   *
   * @throws IllegalArgumentException if the name or the default factory's id is not
   *     lower-kebab-case, or the default factory does not implement {@code factoryType}
   */
  public Spi {
    checkArgument(Identifiers.isLowerKebab(name), "bad extension point name %s", name);
    checkNotNull(factoryType, "factoryType");
    checkNotNull(defaultFactory, "defaultFactory");
    checkArgument(
        factoryType.isInstance(defaultFactory),
        "default factory %s of extension point %s does not implement %s",
        defaultFactory.getClass().getName(),
        name,
        factoryType.getName());
    checkArgument(
        Identifiers.isLowerKebab(defaultFactory.id()),
        "bad id %s of the default factory of extension point %s",
        defaultFactory.id(),
        name);
  }

  /**
   * Names an extension point.
   *
   * @param name the extension point's lower-kebab name, such as {@code storage}
   * @param factoryType the factory interface that plugins implement
   * @param defaultFactory the in-memory factory used when no plugin is available
   * @param <F> the factory interface
   * @return the extension point
   * @throws IllegalArgumentException if the name or the default factory's id is not
   *     lower-kebab-case
   */
  public static <F extends ProviderFactory<?>> Spi<F> of(
      String name, Class<F> factoryType, F defaultFactory) {
    return new Spi<>(name, factoryType, defaultFactory);
  }

  /**
   * Returns the system property that chooses this extension point's plugin by id.
   *
   * @return {@code civicgrid.} followed by the name, such as {@code civicgrid.storage}
   */
  public String systemProperty() {
    return "civicgrid." + name;
  }
}
