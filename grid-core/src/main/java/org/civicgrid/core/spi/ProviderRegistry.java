package org.civicgrid.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the plugins of one extension point and chooses the one to use, modelled on SLF4J 2's
 * provider binding and GeoTools' {@code DataStoreFinder}.
 *
 * <p><b>Discovery.</b> {@link #discover} loads every factory listed in {@code META-INF/services}
 * files for the {@link Spi}'s factory type. A plugin that fails to load, whose {@code id()} fails
 * or is not lower-kebab-case, is logged at WARN naming its class and the cause, and skipped: one
 * broken jar never stops the others. Embedders and tests add factories with {@link #register}.
 *
 * <p><b>Selection</b> ({@link #select(Optional)}):
 *
 * <ol>
 *   <li>An explicit id, given as the argument or else by the system property {@code
 *       civicgrid.<name>} (see {@link Spi#systemProperty()}), wins. It may name the Spi's default
 *       factory. An id nobody has is {@link ErrorCode#PLUGIN_NOT_FOUND}; an id two discovered
 *       factories share is {@link ErrorCode#PLUGIN_AMBIGUOUS}; a factory whose {@code
 *       isAvailable()} is false or fails is {@link ErrorCode#PLUGIN_UNAVAILABLE}.
 *   <li>Otherwise the available factories are the candidates (the default factory is not one). A
 *       single candidate is chosen; several are {@link ErrorCode#PLUGIN_AMBIGUOUS}, since {@link
 *       ProviderFactory#order()} never breaks a tie.
 *   <li>With no candidate, the Spi's in-memory default is chosen and an INFO line says so (WARN if
 *       plugins were present but unavailable).
 * </ol>
 *
 * <p><b>Lifecycle and thread safety.</b> A registry is safe for concurrent use: selection reads an
 * immutable snapshot that {@link #register} replaces atomically. {@link #close()} closes the
 * factories this registry discovered, which it owns; registered factories and the default belong to
 * whoever made them. Secret configuration values are never logged.
 *
 * @param <P> the provider type of the extension point
 * @param <F> the factory interface of the extension point
 */
public final class ProviderRegistry<P extends AutoCloseable, F extends ProviderFactory<P>>
    implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

  private final Spi<F> spi;
  private final Plugin<F> defaultPlugin;
  private final ImmutableList<Plugin<F>> discovered;
  private volatile ImmutableList<Plugin<F>> plugins;
  private volatile boolean closed;

  private ProviderRegistry(Spi<F> spi, ImmutableList<Plugin<F>> discovered) {
    this.spi = spi;
    this.defaultPlugin = new Plugin<>(spi.defaultFactory().id(), 0, spi.defaultFactory());
    this.discovered = discovered;
    this.plugins = discovered;
  }

  /**
   * Discovers the plugins of {@code spi} visible to the thread's context class loader, or to the
   * factory type's class loader if the thread has none.
   *
   * @param spi the extension point
   * @param <P> the provider type
   * @param <F> the factory interface
   * @return a registry holding every plugin that loaded
   */
  public static <P extends AutoCloseable, F extends ProviderFactory<P>>
      ProviderRegistry<P, F> discover(Spi<F> spi) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return discover(spi, context != null ? context : spi.factoryType().getClassLoader());
  }

  /**
   * Discovers the plugins of {@code spi} visible to {@code loader}.
   *
   * @param spi the extension point
   * @param loader the class loader whose {@code META-INF/services} files list the plugins
   * @param <P> the provider type
   * @param <F> the factory interface
   * @return a registry holding every plugin that loaded
   */
  public static <P extends AutoCloseable, F extends ProviderFactory<P>>
      ProviderRegistry<P, F> discover(Spi<F> spi, ClassLoader loader) {
    checkNotNull(spi, "spi");
    checkNotNull(loader, "loader");
    return new ProviderRegistry<>(spi, PluginDiscovery.discover(spi, loader));
  }

  /**
   * Returns the extension point this registry serves.
   *
   * @return the extension point
   */
  public Spi<F> spi() {
    return spi;
  }

  /**
   * Returns the discovered and registered factories, not the default one, highest {@link
   * ProviderFactory#order()} first, then by id.
   *
   * @return a snapshot of the factories
   */
  public ImmutableList<F> factories() {
    return plugins.stream()
        .sorted(
            Comparator.comparingInt((Plugin<F> plugin) -> plugin.order())
                .reversed()
                .thenComparing(Plugin::id))
        .map(Plugin::factory)
        .collect(toImmutableList());
  }

  /**
   * Adds a factory, as if it had been discovered; the caller keeps ownership and closes it.
   *
   * @param factory the factory to add
   * @throws IllegalArgumentException if its id is not lower-kebab-case or is already taken by
   *     another factory of this registry or by the default factory
   * @throws IllegalStateException if the registry is closed
   */
  public synchronized void register(F factory) {
    checkNotNull(factory, "factory");
    checkState(!closed, "the %s plugin registry is closed", spi.name());
    String id = factory.id();
    checkArgument(Identifiers.isLowerKebab(id), "bad plugin id %s: use lower-kebab-case", id);
    Optional<Plugin<F>> taken =
        withDefault().stream().filter(plugin -> plugin.id().equals(id)).findFirst();
    checkArgument(
        taken.isEmpty(),
        "duplicate plugin id %s: already used by %s",
        id,
        taken.map(plugin -> plugin.factory().getClass().getName()).orElse(""));
    plugins =
        ImmutableList.<Plugin<F>>builder()
            .addAll(plugins)
            .add(new Plugin<>(id, factory.order(), factory))
            .build();
    LOG.debug("Registered {} plugin {} ({})", spi.name(), id, factory.getClass().getName());
  }

  /**
   * Chooses the factory to use by the id in the system property {@code civicgrid.<name>} if it is
   * set, or else implicitly; see the class documentation for the rules.
   *
   * @return the chosen factory
   * @throws CivicGridException with {@code PLUGIN_NOT_FOUND}, {@code PLUGIN_AMBIGUOUS} or {@code
   *     PLUGIN_UNAVAILABLE} if no factory can be chosen
   * @throws IllegalStateException if the registry is closed
   */
  public F select() {
    return select(Optional.empty());
  }

  /**
   * Chooses the factory to use; see the class documentation for the rules.
   *
   * @param explicitId the id to use; if empty, the system property {@code civicgrid.<name>} is
   *     consulted, and if that is unset or blank the choice is implicit
   * @return the chosen factory
   * @throws CivicGridException with {@code PLUGIN_NOT_FOUND}, {@code PLUGIN_AMBIGUOUS} or {@code
   *     PLUGIN_UNAVAILABLE} if no factory can be chosen
   * @throws IllegalStateException if the registry is closed
   */
  public F select(Optional<String> explicitId) {
    return choose(explicitId).factory();
  }

  /**
   * Chooses a factory as {@link #select()} does, validates {@code rawConfig} against its parameters
   * and creates a provider.
   *
   * @param rawConfig the configured text per parameter key
   * @return a new provider, which the caller closes
   * @throws CivicGridException with {@code PLUGIN_CONFIG_INVALID} listing every configuration
   *     problem, {@code PLUGIN_FAILED} if the plugin fails (its exception is the cause), or any
   *     code {@link #select()} throws
   */
  public P open(Map<String, String> rawConfig) {
    return open(Optional.empty(), rawConfig);
  }

  /**
   * Chooses a factory as {@link #select(Optional)} does, validates {@code rawConfig} against its
   * parameters and creates a provider.
   *
   * @param explicitId the id to use; if empty, the choice is made as by {@link #select()}
   * @param rawConfig the configured text per parameter key
   * @return a new provider, which the caller closes
   * @throws CivicGridException with {@code PLUGIN_CONFIG_INVALID} listing every configuration
   *     problem, {@code PLUGIN_FAILED} if the plugin fails (its exception is the cause), or any
   *     code {@link #select(Optional)} throws
   */
  public P open(Optional<String> explicitId, Map<String, String> rawConfig) {
    ImmutableMap<String, String> raw = ImmutableMap.copyOf(checkNotNull(rawConfig, "rawConfig"));
    Plugin<F> plugin = choose(explicitId);
    Config config = configure(plugin, raw);
    P provider;
    try {
      provider = plugin.factory().create(config);
    } catch (CivicGridException e) {
      throw e;
    } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
      throw failed(plugin, "failed to create a provider: " + e, e);
    }
    if (provider == null) {
      throw failed(plugin, "returned null from create()", null);
    }
    LOG.debug("Opened {} plugin {} with {}", spi.name(), plugin.id(), config);
    return provider;
  }

  /**
   * Closes every factory this registry discovered; a factory that fails to close is logged and the
   * others are still closed. Idempotent. Call it once the providers opened through this registry
   * are closed and no {@code select} or {@code open} is under way; afterwards the registry refuses
   * both.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    for (Plugin<F> plugin : discovered) {
      try {
        plugin.factory().close();
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        LOG.warn("{} plugin {} failed to close: {}", spi.name(), plugin.describe(), e.toString());
      }
    }
  }

  private Plugin<F> choose(Optional<String> explicitId) {
    checkNotNull(explicitId, "explicitId");
    checkState(!closed, "the %s plugin registry is closed", spi.name());
    if (explicitId.isPresent()) {
      return chooseById(explicitId.get(), "requested explicitly");
    }
    String property = System.getProperty(spi.systemProperty());
    if (property != null && !property.isBlank()) {
      return chooseById(property.strip(), "requested by system property " + spi.systemProperty());
    }
    return chooseImplicitly();
  }

  private Plugin<F> chooseById(String id, String how) {
    ImmutableList<Plugin<F>> all = withDefault();
    ImmutableList<Plugin<F>> matches =
        all.stream().filter(plugin -> plugin.id().equals(id)).collect(toImmutableList());
    if (matches.isEmpty()) {
      throw new CivicGridException(
          ErrorCode.PLUGIN_NOT_FOUND,
          String.format(
              "no %s plugin has id %s, %s; known ids: %s", spi.name(), id, how, sortedIds(all)));
    }
    if (matches.size() > 1) {
      throw new CivicGridException(
          ErrorCode.PLUGIN_AMBIGUOUS,
          String.format(
              "several %s plugins claim id %s: %s; keep only one of them on the class path",
              spi.name(), id, matches.stream().map(Plugin::describe).collect(toImmutableList())));
    }
    Plugin<F> plugin = matches.get(0);
    boolean available;
    try {
      available = plugin.factory().isAvailable();
    } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
      throw new CivicGridException(
          ErrorCode.PLUGIN_UNAVAILABLE,
          String.format(
              "%s plugin %s, %s, failed its availability check: %s",
              spi.name(), plugin.describe(), how, e),
          e);
    }
    if (!available) {
      throw new CivicGridException(
          ErrorCode.PLUGIN_UNAVAILABLE,
          String.format(
              "%s plugin %s, %s, is not available here; is a library it needs missing?",
              spi.name(), plugin.describe(), how));
    }
    LOG.debug("Using {} plugin {}, {}", spi.name(), plugin.describe(), how);
    return plugin;
  }

  private Plugin<F> chooseImplicitly() {
    ImmutableList.Builder<Plugin<F>> available = ImmutableList.builder();
    ImmutableList.Builder<Plugin<F>> unavailable = ImmutableList.builder();
    for (Plugin<F> plugin : plugins) {
      (isAvailable(plugin) ? available : unavailable).add(plugin);
    }
    ImmutableList<Plugin<F>> candidates = available.build();
    if (candidates.size() == 1) {
      LOG.debug("Using {} plugin {}, the only one available", spi.name(), candidates.get(0).id());
      return candidates.get(0);
    }
    if (candidates.size() > 1) {
      throw new CivicGridException(
          ErrorCode.PLUGIN_AMBIGUOUS,
          String.format(
              "several %s plugins found %s; choose one with %s=<id> or an explicit id",
              spi.name(), sortedIds(candidates), spi.systemProperty()));
    }
    ImmutableList<Plugin<F>> skipped = unavailable.build();
    if (skipped.isEmpty()) {
      LOG.info(
          "No {} plugin found; using the in-memory default {}", spi.name(), defaultPlugin.id());
    } else {
      // Falling back to memory while a real store is installed loses data, so say it louder.
      LOG.warn(
          "No {} plugin is available (unavailable: {}); using the in-memory default {}",
          spi.name(),
          sortedIds(skipped),
          defaultPlugin.id());
    }
    return defaultPlugin;
  }

  private boolean isAvailable(Plugin<F> plugin) {
    try {
      return plugin.factory().isAvailable();
    } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
      LOG.warn(
          "Skipped {} plugin {}: its availability check failed: {}",
          spi.name(),
          plugin.describe(),
          e.toString());
      return false;
    }
  }

  private Config configure(Plugin<F> plugin, ImmutableMap<String, String> raw) {
    try {
      return Config.validate(plugin.id(), plugin.factory().parameters(), raw);
    } catch (CivicGridException e) {
      throw e;
    } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
      // The id and the raw map are already checked, so anything else is the plugin's declaration.
      throw failed(plugin, "declares unusable parameters: " + e, e);
    }
  }

  private CivicGridException failed(Plugin<F> plugin, String what, Throwable cause) {
    return new CivicGridException(
        ErrorCode.PLUGIN_FAILED,
        String.format("%s plugin %s %s", spi.name(), plugin.describe(), what),
        cause);
  }

  private ImmutableList<Plugin<F>> withDefault() {
    return ImmutableList.<Plugin<F>>builder().addAll(plugins).add(defaultPlugin).build();
  }

  private static <F> List<String> sortedIds(List<Plugin<F>> plugins) {
    return plugins.stream().map(Plugin::id).sorted().collect(toImmutableList());
  }
}
