package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.store.Storage;
import org.civicgrid.core.store.StorageFactory;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStorageFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Discovery, configuration and failures at start of plugin {@code postgresql}, against a real server. */
class PostgresStorageFactoryTest {
  private static final String WRONG_PASSWORD = "not-the-password-7Qx";

  private final PostgresStorageFactory factory = new PostgresStorageFactory();

  @AfterEach
  void forgetTheChoice() {
    System.clearProperty("civicgrid.storage");
    System.clearProperty("civicgrid.boundary-storage");
  }

  private Config config(Map<String, String> raw) {
    return Config.validate(factory.id(), factory.parameters(), raw);
  }

  private static CivicGridException startFailure(Map<String, String> raw) {
    var factory = new PostgresStorageFactory();
    try (Storage storage = factory.create(Config.validate(factory.id(), factory.parameters(), raw))) {
      throw new AssertionError("started: " + storage);
    } catch (CivicGridException e) {
      return e;
    }
  }

  @Test
  void withBothPluginsInstalledTheSystemPropertyChooses() {
    PostgresTestServer.require();
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI)) {
      assertThat(registry.factories()).extracting(StorageFactory::id).contains("postgresql", "embedded");
      assertThatThrownBy(registry::select)
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_AMBIGUOUS))
          .hasMessageContaining("postgresql").hasMessageContaining("embedded");

      System.setProperty("civicgrid.storage", "postgresql");
      TerritoryId haizhou = TerritoryId.of("factory-" + System.nanoTime());
      try (Storage storage = registry.open(PostgresTestServer.config("civicgrid", Map.of()))) {
        storage.grids().save(haizhou, Histories.start(), 0);
        assertThat(storage.grids().load(haizhou)).isPresent();
        storage.grids().delete(haizhou, 1);
      }
    }
  }

  @Test
  void theBoundaryPluginHasTheSameIdAndKeys() {
    PostgresTestServer.require();
    System.setProperty("civicgrid.boundary-storage", "postgresql");
    try (var registry = ProviderRegistry.discover(BoundaryStorageFactory.SPI);
        BoundaryStorage storage = registry.open(PostgresTestServer.config("civicgrid", Map.of()))) {
      assertThat(registry.select()).isInstanceOf(PostgresBoundaryStorageFactory.class);
      assertThat(registry.select().parameters()).isEqualTo(factory.parameters());
      assertThat(storage.boundaries().load(TerritoryId.of("nowhere-" + System.nanoTime()))).isEmpty();
    }
  }

  @Test
  void theParametersDescribeThemselvesAndThePasswordIsSecret() {
    assertThat(factory.parameters()).extracting(ParameterDescriptor::key).containsExactly("url", "user", "password",
        "schema", "geometry", "pool.max-size", "connection-timeout");
    assertThat(factory.parameters()).filteredOn(ParameterDescriptor::isSecret).extracting(ParameterDescriptor::key)
        .containsExactly("password");
    assertThat(factory.parameters()).filteredOn(ParameterDescriptor::isRequired)
        .extracting(ParameterDescriptor::key).containsExactly("url", "user");
    assertThat(factory.isAvailable()).isTrue();
    assertThat(config(Map.of("url", "jdbc:postgresql://db/x", "user", "u", "password", WRONG_PASSWORD)).toString())
        .contains("jdbc:postgresql://db/x").doesNotContain(WRONG_PASSWORD);
  }

  @Test
  void everyBadKeyIsReportedAtOnce() {
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI)) {
      assertThatThrownBy(() -> registry.open(Optional.of("postgresql"),
          Map.of("pool.max-size", "many", "colour", "red", "password", WRONG_PASSWORD)))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID))
          .hasMessageContainingAll("missing required key url", "missing required key user", "pool.max-size",
              "unknown key colour")
          .message().doesNotContain(WRONG_PASSWORD);
    }
  }

  @Test
  void valuesOutOfRangeAreReportedWithMissingKeysAtOnceBeforeConnecting() {
    Map<String, String> raw = new HashMap<>(PostgresTestServer.config("Bad-Schema",
        Map.of("pool.max-size", "0", "connection-timeout", "10ms")));
    raw.remove("user");
    CivicGridException e = startFailure(raw);
    assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID);
    assertThat(e).hasMessageContainingAll("4 problems", "missing required key user",
        "bad value for pool.max-size: \"0\" must be at least 1",
        "bad value for connection-timeout: \"10ms\" must be at least 250 ms",
        "bad value for schema: \"Bad-Schema\" must be 1 to 63 lower-case letters");
  }

  @Test
  void aWrongPasswordFailsAtStartWithoutShowingIt() {
    PostgresTestServer.require();
    CivicGridException e = startFailure(PostgresTestServer.config("civicgrid", Map.of("password", WRONG_PASSWORD)));
    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED);
    assertThat(e).hasMessageContainingAll(PostgresTestServer.URL.split("\\?")[0], "as user " + PostgresTestServer.USER);
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
      messages.add(t.toString());
    }
    assertThat(messages).noneMatch(m -> m.contains(WRONG_PASSWORD));
  }

  @Test
  void aPasswordInTheUrlIsNotShownEither() {
    PostgresTestServer.require();
    String url = PostgresTestServer.URL + (PostgresTestServer.URL.contains("?") ? "&" : "?")
        + "password=" + WRONG_PASSWORD;
    CivicGridException e = startFailure(PostgresTestServer.config("civicgrid",
        Map.of("url", url, "password", WRONG_PASSWORD)));
    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED);
    assertThat(e.getMessage()).doesNotContain(WRONG_PASSWORD);
  }

  @Test
  void anUnreachableServerFailsAtStartNamingIt() {
    CivicGridException e = startFailure(Map.of("url", "jdbc:postgresql://127.0.0.1:1/civicgrid_test",
        "user", "civicgrid", "connection-timeout", "2s"));
    assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED);
    assertThat(e).hasMessageContaining("jdbc:postgresql://127.0.0.1:1/civicgrid_test").hasMessageContaining("connect");
  }

  @Test
  void aUrlForAnotherDriverIsRefused() {
    CivicGridException e = startFailure(Map.of("url", "jdbc:mysql://localhost/civicgrid", "user", "civicgrid"));
    assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID);
    assertThat(e).hasMessageContaining("jdbc:mysql://localhost/civicgrid");
  }

  @Test
  void aClosedStorageStaysClosedAndClosingTwiceIsHarmless() {
    Storage storage = PostgresTestServer.storage("civicgrid");
    storage.close();
    storage.close();
    assertThatThrownBy(storage::ledger).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
