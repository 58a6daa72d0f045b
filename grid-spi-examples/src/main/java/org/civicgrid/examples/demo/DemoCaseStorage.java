package org.civicgrid.examples.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStorageFactory;
import org.civicgrid.routing.store.CaseStore;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;

/**
 * Where the demo's day of cases is stored: in memory, or in the plugin {@code
 * -Dcivicgrid.case-storage=<id>} names, configured by {@code -Dcivicgrid.case-storage.<key>=<value>}
 * (for {@code embedded} the file path defaults to a new file under {@value #EMBEDDED_DIRECTORY} for
 * each run, since the day's case ids can be stored only once). The chosen plugin's
 * registry stays open until the storage is closed. Not thread-safe; the demo uses it from one thread.
 */
final class DemoCaseStorage implements CaseStorage {
  static final String EMBEDDED_DIRECTORY = "target/demo/cases";

  private final CaseStorage storage;
  private final AutoCloseable registry;
  private final String description;

  private DemoCaseStorage(CaseStorage storage, AutoCloseable registry, String description) {
    this.storage = storage;
    this.registry = registry;
    this.description = description;
  }

  /** The storage the system properties choose; in memory when none is named. */
  static DemoCaseStorage open(Properties system) {
    String property = CaseStorageFactory.SPI.systemProperty();
    String id = system.getProperty(property);
    if (id == null || id.equals(InMemoryCaseStorageFactory.ID)) {
      return new DemoCaseStorage(new InMemoryCaseStorageFactory().create(Config.empty()), () -> { }, "in memory");
    }
    Map<String, String> raw = new HashMap<>();
    for (String name : system.stringPropertyNames()) {
      if (name.startsWith(property + ".")) {
        raw.put(name.substring(property.length() + 1), system.getProperty(name));
      }
    }
    if (id.equals("embedded")) {
      raw.putIfAbsent("path", EMBEDDED_DIRECTORY + "/day-" + System.currentTimeMillis());
    }
    ProviderRegistry<CaseStorage, CaseStorageFactory> registry = ProviderRegistry.discover(CaseStorageFactory.SPI);
    try {
      CaseStorage storage = registry.open(Optional.of(id), raw);
      return new DemoCaseStorage(storage, registry, "in plugin " + id
          + (raw.containsKey("path") ? " (" + raw.get("path") + ")" : ""));
    } catch (RuntimeException e) {
      registry.close();
      throw e;
    }
  }

  /** Where the cases are, for the demo's header line. */
  String description() {
    return description;
  }

  @Override
  public CaseStore cases() {
    return storage.cases();
  }

  @Override
  public Outbox outbox() {
    return storage.outbox();
  }

  @Override
  public void close() {
    try (AutoCloseable owner = registry) {
      storage.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the demo's case storage plugin", e);
    }
  }
}
