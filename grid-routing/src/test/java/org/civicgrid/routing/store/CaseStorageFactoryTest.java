package org.civicgrid.routing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.routing.cases.CaseId;
import org.junit.jupiter.api.Test;

class CaseStorageFactoryTest {

  @Test
  void withoutPluginsTheInMemoryStorageIsUsed() {
    try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI);
        CaseStorage storage = registry.open(Map.of())) {
      assertThat(registry.spi().systemProperty()).isEqualTo("civicgrid.case-storage");
      assertThat(registry.select()).isInstanceOf(InMemoryCaseStorageFactory.class);
      assertThat(storage.cases().find(CaseQuery.all(), Optional.empty(), 10)).isEmpty();
    }
  }

  @Test
  void eachInMemoryStorageStartsEmpty() {
    InMemoryCaseStorageFactory factory = new InMemoryCaseStorageFactory();
    try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI);
        CaseStorage first = registry.open(Map.of());
        CaseStorage second = registry.open(Map.of())) {
      first.cases().save(CaseStoreFixtures.reported(CaseId.of("c-1")), 0,
          List.of());
      assertThat(second.cases().version(CaseId.of("c-1"))).isZero();
      assertThat(factory.id()).isEqualTo("in-memory");
    }
  }

  @Test
  void anUnknownIdIsAnErrorNamingIt() {
    try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI)) {
      assertThatThrownBy(() -> registry.open(Optional.of("jdbc"), Map.of()))
          .isInstanceOfSatisfying(CivicGridException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_NOT_FOUND);
            assertThat(e.getMessage()).contains("jdbc", "case-storage");
          });
    }
  }

  @Test
  void unknownConfigurationKeysAreRefused() {
    try (var registry = ProviderRegistry.discover(CaseStorageFactory.SPI)) {
      assertThatThrownBy(() -> registry.open(Map.of("url", "jdbc:postgresql://db/cases")))
          .isInstanceOfSatisfying(CivicGridException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID));
    }
  }
}
