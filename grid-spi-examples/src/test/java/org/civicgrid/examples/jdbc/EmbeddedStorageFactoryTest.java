package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.points.SourceEventId;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.store.Storage;
import org.civicgrid.core.store.StorageFactory;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStorageFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin {@code embedded}: chosen by id, one file shared by its storages, durable, failures named. */
class EmbeddedStorageFactoryTest {
  private static final TerritoryId HAIZHOU = TerritoryId.of("haizhou");

  @TempDir Path folder;

  @AfterEach
  void forgetTheChoice() {
    System.clearProperty("civicgrid.storage");
    System.clearProperty("civicgrid.boundary-storage");
  }

  @Test
  void theSystemPropertyChoosesItAndOnlyPathIsRequired() {
    System.setProperty("civicgrid.storage", "embedded");
    System.setProperty("civicgrid.boundary-storage", "embedded");
    Path file = folder.resolve("not/yet/there/civicgrid");
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI);
        var boundaryRegistry = ProviderRegistry.discover(BoundaryStorageFactory.SPI);
        Storage storage = registry.open(Map.of("path", file.toString()));
        BoundaryStorage boundaries = boundaryRegistry.open(Map.of("path", file.toString()))) {
      assertThat(registry.select()).isInstanceOf(EmbeddedStorageFactory.class);
      assertThat(boundaryRegistry.select()).isInstanceOf(EmbeddedBoundaryStorageFactory.class);
      storage.grids().save(HAIZHOU, Histories.start(), 0);
      boundaries.boundaries().save(HAIZHOU, BoundaryLayer.empty(CoordinateSystem.GCJ02), 0);
    }
    assertThat(folder.resolve("not/yet/there/civicgrid.mv.db")).isRegularFile();
  }

  @Test
  void withoutAPathItDoesNotStart() {
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI)) {
      assertThatThrownBy(() -> registry.open(Optional.of("embedded"), Map.of("pool.max-size", "0")))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID))
          .hasMessageContaining("missing required key path");
    }
  }

  @Test
  void storagesOnOneFileShareItAndTheLastToCloseClosesIt() {
    Path file = folder.resolve("civicgrid");
    Storage first = EmbeddedTestFile.storage(file);
    BoundaryStorage second = EmbeddedTestFile.boundaryStorage(file);
    first.grids().save(HAIZHOU, Histories.start(), 0);
    first.close();
    second.boundaries().save(HAIZHOU, BoundaryLayer.empty(CoordinateSystem.WGS84), 0);
    second.close();

    try (Storage reopened = EmbeddedTestFile.storage(file);
        BoundaryStorage boundaries = EmbeddedTestFile.boundaryStorage(file)) {
      assertThat(reopened.grids().load(HAIZHOU)).isPresent();
      assertThat(boundaries.boundaries().load(HAIZHOU).orElseThrow().version()).isEqualTo(1);
    }
  }

  @Test
  void everyAcknowledgedAppendSurvivesTheProcessDyingAbruptly() throws Exception {
    Path file = folder.resolve("civicgrid");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), AbruptlyStoppedWriter.class.getName(), file.toString(), "200")
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    List<String> acknowledged;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      acknowledged = out.lines().toList();
    }
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as("halted, not closed").isEqualTo(3);
    assertThat(acknowledged).hasSize(200);

    try (Storage reopened = EmbeddedTestFile.storage(file)) {
      for (String event : acknowledged) {
        assertThat(reopened.ledger().entryOfEvent(SourceEventId.of(event))).as(event).isPresent();
      }
      assertThat(reopened.ledger().account(PersonId.of("bp-v-0021")).balance()).isEqualTo(200);
    }
  }

  @Test
  void aFailingStatementNamesWhatTheStoreWasDoing() throws Exception {
    Path file = folder.resolve("civicgrid");
    try (Storage storage = EmbeddedTestFile.storage(file)) {
      String url = JdbcParameters.embedded(Config.validate("embedded", JdbcParameters.EMBEDDED,
          Map.of("path", file.toString()))).url();
      try (Connection connection = DriverManager.getConnection(url, "civicgrid", "");
          Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE grid_revision");
        assertThatThrownBy(() -> storage.grids().save(HAIZHOU, Histories.start(), 0))
            .isInstanceOfSatisfying(CivicGridException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
            .hasMessageContainingAll("embedded storage at jdbc:h2:file:",
                "could not save the history of territory haizhou", "grid_revision");
        try (ResultSet territories = statement.executeQuery("SELECT count(*) FROM grid_territory")) {
          territories.next();
          assertThat(territories.getInt(1)).as("the version claimed is rolled back").isZero();
        }
      }
    }
  }

  @Test
  void aStoredRevisionThatNoLongerReplaysIsNamed() throws Exception {
    Path file = folder.resolve("civicgrid");
    try (Storage storage = EmbeddedTestFile.storage(file)) {
      storage.grids().save(HAIZHOU, Histories.withEveryKindOfChange(), 0);
      String url = JdbcParameters.embedded(Config.validate("embedded", JdbcParameters.EMBEDDED,
          Map.of("path", file.toString()))).url();
      try (Connection connection = DriverManager.getConnection(url, "civicgrid", "");
          Statement statement = connection.createStatement()) {
        statement.execute("UPDATE grid_revision SET content = '[{\"change\":\"retire\",\"code\":\"210902\"}]' "
            + "WHERE revision = 3");
      }
      assertThatThrownBy(() -> storage.grids().load(HAIZHOU))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
          .hasMessageContaining("revision 3 of territory haizhou");
    }
    assertThat(Files.exists(file.resolveSibling("civicgrid.mv.db"))).isTrue();
  }
}
