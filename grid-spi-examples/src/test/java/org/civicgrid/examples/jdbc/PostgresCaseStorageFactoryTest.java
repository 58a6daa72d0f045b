package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStorageFactory;
import org.civicgrid.routing.store.CaseStoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Discovery, configuration and failures at start of the case plugins {@code postgresql} and {@code embedded}. */
class PostgresCaseStorageFactoryTest {
  private static final String WRONG_PASSWORD = "not-the-password-9Kv";

  @AfterEach
  void forgetTheChoice() {
    System.clearProperty("civicgrid.case-storage");
  }

  @Test
  void bothPluginsAreDiscoveredAndTheSystemPropertyChooses() {
    PostgresTestServer.require();
    System.setProperty("civicgrid.case-storage", "postgresql");
    try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI);
        CaseStorage storage = registry.open(PostgresTestServer.config("civicgrid", Map.of()))) {
      assertThat(registry.factories()).extracting(CaseStorageFactory::id).contains("postgresql", "embedded");
      assertThat(registry.select()).isInstanceOf(PostgresCaseStorageFactory.class);
      assertThat(registry.select().parameters()).isEqualTo(new PostgresStorageFactory().parameters());
      CaseFile file = CaseStoreFixtures.reported(CaseId.of("factory-" + System.nanoTime()));
      storage.cases().save(file, 0, List.of());
      assertThat(storage.cases().load(file.id())).isPresent();
    }
  }

  @Test
  void everyBadKeyIsReportedAtOnceWithoutTheSecret() {
    try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI)) {
      assertThatThrownBy(() -> registry.open(Optional.of("postgresql"),
          Map.of("pool.max-size", "many", "colour", "red", "password", WRONG_PASSWORD)))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID))
          .hasMessageContainingAll("missing required key url", "missing required key user", "pool.max-size",
              "unknown key colour")
          .message().doesNotContain(WRONG_PASSWORD);
      assertThatThrownBy(() -> registry.open(Optional.of("embedded"), Map.of()))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID))
          .hasMessageContaining("missing required key path");
    }
  }

  @Test
  void aWrongPasswordFailsAtStartWithoutShowingIt() {
    PostgresTestServer.require();
    try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI)) {
      assertThatThrownBy(() -> registry.open(Optional.of("postgresql"),
          PostgresTestServer.config("civicgrid", Map.of("password", WRONG_PASSWORD))))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
          .hasMessageContaining("as user " + PostgresTestServer.USER)
          .message().doesNotContain(WRONG_PASSWORD);
    }
  }
}
