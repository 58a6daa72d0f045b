package org.civicgrid.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.spi.Config;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.stats.DueDates;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's acceptance: export → import → export yields the same {@code requests.json}, so two
 * CivicGrid platforms exchanging requests lose nothing of status, place, channel, urgency, tier,
 * units, attachments, rating or duplicate link.
 */
class RequestRoundTripTest {
  private static final List<CaseFile> CASES = List.of(Open311Fixtures.burstMainHandling(),
      Open311Fixtures.disputeRated(), Open311Fixtures.blockedCarRejected(), Open311Fixtures.streetLightOnHold(),
      Open311Fixtures.blockedCarDuplicate());
  private static final DueDates DUE = DueDates.builder()
      .both(CaseId.of("c-0401-1"), Instant.parse("2024-05-01T05:00:00Z"))
      .both(CaseId.of("c-0302-2"), Instant.parse("2024-05-03T09:00:00Z")).build();

  @Test
  void exportImportExportGivesTheSameDocument() {
    RequestExport export = Open311Fixtures.export(DUE);
    ArrayNode first = export.requests(CASES);

    try (CaseStorage other = new InMemoryCaseStorageFactory().create(Config.empty())) {
      Open311Import open311 = new Open311Import(other, Open311Fixtures.CATALOGUE, Actor.of("p-open311"),
          Clock.systemUTC(), address -> Optional.empty());
      List<CaseFile> imported = open311.requests(first.toString()).stream().map(Imported::file).toList();

      assertThat(export.requests(imported)).isEqualTo(first);
      assertThat(imported).extracting(file -> file.state().status())
          .containsExactlyElementsOf(CASES.stream().map(file -> file.state().status()).toList());
    }
  }

  @Test
  void importingTheExportAgainAddsNothing() {
    String json = Open311Fixtures.export(DUE).requests(CASES).toString();

    try (CaseStorage other = new InMemoryCaseStorageFactory().create(Config.empty())) {
      Open311Import open311 = new Open311Import(other, Open311Fixtures.CATALOGUE, Actor.of("p-open311"),
          Clock.systemUTC(), address -> Optional.empty());
      open311.requests(json);

      assertThat(open311.requests(json)).extracting(Imported::created).containsOnly(false);
    }
  }
}
