package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ProviderRegistry;
import org.junit.jupiter.api.Test;

class StorageFactoryTest {
  @Test
  void withNoPluginInstalledTheInMemoryDefaultIsUsed() {
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI);
        Storage storage = registry.open(Map.of())) {
      assertThat(registry.select().id()).isEqualTo(InMemoryStorageFactory.ID);
      assertThat(storage.grids().load(TerritoryId.of("anywhere"))).isEmpty();
    }
  }

  @Test
  void theDefaultCanBeChosenExplicitly() {
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI)) {
      assertThat(registry.select(Optional.of("in-memory"))).isInstanceOf(InMemoryStorageFactory.class);
    }
  }

  @Test
  void anUnknownStoragePluginIsNamedInTheError() {
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI)) {
      assertThatThrownBy(() -> registry.select(Optional.of("jdbc")))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_NOT_FOUND))
          .hasMessageContaining("jdbc");
    }
  }

  @Test
  void eachInMemoryStorageStartsEmptyAndIsIndependent() {
    var factory = new InMemoryStorageFactory();
    try (Storage a = factory.create(Config.empty());
        Storage b = factory.create(Config.empty())) {
      a.grids().save(TerritoryId.of("haizhou"), GridStoreContract.history(), 0);
      assertThat(b.grids().load(TerritoryId.of("haizhou"))).isEmpty();
    }
  }

  @Test
  void territoryIdsAreKeysEveryStoreCanUse() {
    assertThat(TerritoryId.of("fuxin.haizhou_210902-v2").value()).isEqualTo("fuxin.haizhou_210902-v2");
    assertThatThrownBy(() -> TerritoryId.of("海州区")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("海州区");
    assertThatThrownBy(() -> TerritoryId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TerritoryId.of("a".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TerritoryId.of("a b")).isInstanceOf(IllegalArgumentException.class);
  }
}
