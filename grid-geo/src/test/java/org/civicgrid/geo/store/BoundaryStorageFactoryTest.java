package org.civicgrid.geo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.store.StorageFactory;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class BoundaryStorageFactoryTest {
  @Test
  void withNoPluginInstalledTheInMemoryDefaultIsUsed() {
    try (var registry = ProviderRegistry.discover(BoundaryStorageFactory.SPI);
        BoundaryStorage storage = registry.open(Map.of())) {
      assertThat(registry.select().id()).isEqualTo(InMemoryBoundaryStorageFactory.ID);
      assertThat(storage.boundaries().load(TerritoryId.of("anywhere"))).isEmpty();
    }
  }

  @Test
  void isAnExtensionPointOfItsOwnBesideCoreStorage() {
    assertThat(BoundaryStorageFactory.SPI.name()).isEqualTo("boundary-storage");
    assertThat(BoundaryStorageFactory.SPI.systemProperty()).isEqualTo("civicgrid.boundary-storage");
    assertThat(BoundaryStorageFactory.SPI.systemProperty()).isNotEqualTo(StorageFactory.SPI.systemProperty());
  }

  @Test
  void anUnknownPluginIsNamedInTheError() {
    try (var registry = ProviderRegistry.discover(BoundaryStorageFactory.SPI)) {
      assertThat(registry.select(Optional.of("in-memory"))).isInstanceOf(InMemoryBoundaryStorageFactory.class);
      assertThatThrownBy(() -> registry.select(Optional.of("postgis")))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_NOT_FOUND))
          .hasMessageContaining("postgis").hasMessageContaining("boundary-storage");
    }
  }

  @Test
  void eachInMemoryStorageStartsEmptyAndIsIndependent() {
    var factory = new InMemoryBoundaryStorageFactory();
    try (BoundaryStorage a = factory.create(Config.empty());
        BoundaryStorage b = factory.create(Config.empty())) {
      a.boundaries().save(TerritoryId.of("haizhou"), BoundaryLayer.empty(CoordinateSystem.GCJ02), 0);
      assertThat(b.boundaries().load(TerritoryId.of("haizhou"))).isEmpty();
    }
  }

  @Test
  void storedBoundariesHaveAPositiveVersion() {
    assertThatThrownBy(() -> new StoredBoundaries(BoundaryLayer.empty(CoordinateSystem.WGS84), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> new StoredBoundaries(null, 1)).isInstanceOf(NullPointerException.class);
  }
}
