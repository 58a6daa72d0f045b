package org.civicgrid.routing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.routing.store.CaseStoreFixtures.after;
import static org.civicgrid.routing.store.CaseStoreFixtures.next;
import static org.civicgrid.routing.store.CaseStoreFixtures.noticeOf;
import static org.civicgrid.routing.store.CaseStoreFixtures.reported;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.store.StoreContract;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.notify.OutboxEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link CaseStore} and its storage's {@link Outbox}: every case-storage
 * plugin subclasses it in a few lines and must pass all of it (the GeoTools online-test pattern).
 *
 * <pre>{@code
 * class PostgresCaseStoreTest extends CaseStoreContract {
 *   protected CaseStorage open() { return factory.create(config); }
 *   protected boolean isDurable() { return true; }
 * }
 * }</pre>
 *
 * <p>It covers the log (replay, ordering, optimistic versions, refusals that write nothing), queries
 * and keyset pages of large results, concurrent writers of one case and of many, the outbox (leases,
 * concurrent claimants, retries, dead letters, replay) and durability across close and reopen.
 *
 * <p>Tests never clear the store: each one works on case ids with a fresh random prefix and looks
 * only at its own outbox entries, so the kit runs against a shared database too.
 */
public abstract class CaseStoreContract extends StoreContract<CaseStorage> {
  private static final Instant NOON = Instant.parse("2024-05-06T04:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  protected CaseStorage storage;
  protected CaseStore store;

  @BeforeEach
  void openStorage() {
    storage = openTracked();
    store = storage.cases();
  }

  /** A case id unique to this test. */
  protected final CaseId caseId(String name) {
    return CaseId.of(prefix() + name);
  }

  /** This test's entries among those claimed. */
  protected final List<OutboxEntry> claimOwn(String claimant, Instant now) {
    return storage.outbox().claim(claimant, now, LEASE, 10_000).stream()
        .filter(entry -> entry.caseId().value().startsWith(prefix()))
        .toList();
  }

  private static List<NotificationKey> keys(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::key).toList();
  }

  @Test
  void aNewCaseIsLoadedByReplayingItsEvents() {
    CaseFile file = reported(caseId("c-1"));

    assertThat(store.save(file, 0, List.of())).isEqualTo(1);

    CaseFile loaded = store.load(file.id()).orElseThrow();
    assertThat(loaded.log()).isEqualTo(file.log());
    assertThat(loaded.state()).isEqualTo(file.state());
    assertThat(store.version(file.id())).isEqualTo(1);
  }

  @Test
  void appendsContinueTheLogInSequenceOrder() {
    CaseFile reported = reported(caseId("c-1"));
    store.save(reported, 0, List.of());
    CaseFile dispatched = next(next(next(reported)));

    assertThat(store.save(dispatched, 1, List.of())).isEqualTo(4);

    CaseFile loaded = store.load(reported.id()).orElseThrow();
    assertThat(loaded.log()).extracting(CaseEvent::sequence).containsExactly(1, 2, 3, 4);
    assertThat(loaded.state().status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(loaded.state()).isEqualTo(dispatched.state());
  }

  @Test
  void anUnknownCaseIsAbsentWithVersionZero() {
    assertThat(store.load(caseId("nobody"))).isEmpty();
    assertThat(store.version(caseId("nobody"))).isZero();
  }

  @Test
  void aStaleVersionIsAConflictAndWritesNeitherEventsNorNotifications() {
    CaseFile reported = reported(caseId("c-1"));
    store.save(reported, 0, List.of());
    CaseFile accepted = next(reported);
    store.save(accepted, 1, List.of(noticeOf(accepted)));
    CaseFile rival = reported.execute(new CaseCommand.Reject(
        CaseStoreFixtures.OPERATOR, reported.state().lastAt().plusSeconds(30), "a private parking dispute"));

    assertThatThrownBy(() -> store.save(rival, 1, List.of(CaseStoreFixtures.notice(rival, "rival"))))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.VERSION_CONFLICT);
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
          assertThat(e.getMessage()).contains(reported.id().value());
        });
    assertThat(store.load(reported.id()).orElseThrow().state()).isEqualTo(accepted.state());
    assertThat(keys(claimOwn("node-1", NOON))).containsExactly(noticeOf(accepted).key());
  }

  @Test
  void creatingACaseThatExistsIsAConflict() {
    CaseFile file = reported(caseId("c-1"));
    store.save(file, 0, List.of());

    assertThatThrownBy(() -> store.save(file, 0, List.of()))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(1));
  }

  @Test
  void aVersionAheadOfTheStoredOneIsAConflict() {
    CaseFile accepted = after(caseId("c-1"), 1);

    assertThatThrownBy(() -> store.save(accepted, 1, List.of()))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store.load(accepted.id())).isEmpty();
  }

  @Test
  void aUsedNotificationKeyRefusesTheWholeAppend() {
    CaseFile reported = reported(caseId("c-1"));
    store.save(reported, 0, List.of(noticeOf(reported)));
    CaseFile accepted = next(reported);

    assertThatThrownBy(() -> store.save(accepted, 1, List.of(noticeOf(reported))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(noticeOf(reported).key().value());
    assertThat(store.version(reported.id())).isEqualTo(1);
  }

  @Test
  void aKeyRepeatedInOneAppendRefusesIt() {
    CaseFile reported = reported(caseId("c-1"));

    assertThatThrownBy(() -> store.save(reported, 0, List.of(noticeOf(reported), noticeOf(reported))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(noticeOf(reported).key().value());
    assertThat(store.load(reported.id())).isEmpty();
    assertThat(claimOwn("node-1", NOON)).isEmpty();
  }

  @Test
  void misnumberedForeignOrNoEventsAreRefusedNamingTheCase() {
    CaseFile accepted = after(caseId("c-1"), 1);
    CaseId other = caseId("c-2");

    assertThatThrownBy(() -> store.append(accepted.id(), 0, accepted.log().subList(1, 2), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(accepted.id().value());
    assertThatThrownBy(() -> store.append(other, 0, accepted.log(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(other.value());
    assertThatThrownBy(() -> store.append(other, 0, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(other.value());
    assertThat(store.load(accepted.id())).isEmpty();
    assertThat(store.load(other)).isEmpty();
  }

  @Test
  void eventsThatDoNotFitTheLogAreRefusedOrCaughtOnLoad() {
    CaseFile reported = reported(caseId("c-1"));
    CaseFile rejected = reported.execute(new CaseCommand.Reject(
        CaseStoreFixtures.OPERATOR, CaseStoreFixtures.MORNING.plusSeconds(60), "not a public matter"));
    store.save(rejected, 0, List.of());
    // Event 3 of another history: numbered right, but it files an accepted case and this one is rejected.
    CaseFile elsewhere = after(caseId("c-1"), 2);

    try {
      store.append(reported.id(), 2, elsewhere.log().subList(2, 3), List.of());
    } catch (CivicGridException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
      assertThat(store.version(reported.id())).isEqualTo(2);
      return;
    }
    assertThatThrownBy(() -> store.load(reported.id()))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT));
  }

  @Test
  void aSavedFileOfAnotherHistoryIsRefusedOrCaughtOnLoad() {
    CaseFile reported = reported(caseId("c-1"));
    CaseFile rejected = reported.execute(new CaseCommand.Reject(
        CaseStoreFixtures.OPERATOR, CaseStoreFixtures.MORNING.plusSeconds(60), "not a public matter"));
    store.save(rejected, 0, List.of());
    // Same id and versions, but a history where the case was accepted and filed, not rejected.
    CaseFile elsewhere = after(caseId("c-1"), 2);

    try {
      store.save(elsewhere, 2, List.of());
    } catch (CivicGridException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
      assertThat(store.load(reported.id()).orElseThrow().log()).isEqualTo(rejected.log());
      return;
    }
    assertThatThrownBy(() -> store.load(reported.id()))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT));
  }

  @Test
  void pagesListCasesInIdOrderWithoutGapsOrRepeats() {
    for (String name : List.of("c-3", "c-1", "c-5", "c-2", "c-4")) {
      store.save(reported(caseId(name)), 0, List.of());
    }

    List<CaseId> seen = new ArrayList<>();
    Optional<CaseId> after = Optional.empty();
    while (true) {
      ImmutableList<CaseSummary> page = store.find(CaseQuery.all(), after, 2);
      page.stream().map(CaseSummary::id).filter(id -> id.value().startsWith(prefix())).forEach(seen::add);
      if (page.size() < 2) {
        break;
      }
      after = Optional.of(page.get(page.size() - 1).id());
    }
    assertThat(seen).containsExactly(caseId("c-1"), caseId("c-2"), caseId("c-3"), caseId("c-4"), caseId("c-5"));
  }

  @Test
  void queriesSelectOpenCasesByStatusAndGridSubtree() {
    store.save(after(caseId("dispatched"), 3), 0, List.of());
    store.save(reported(caseId("reported")), 0, List.of());
    CaseFile rejected = reported(caseId("rejected")).execute(new CaseCommand.Reject(
        CaseStoreFixtures.OPERATOR, CaseStoreFixtures.MORNING.plusSeconds(60), "not a public matter"));
    store.save(rejected, 0, List.of());

    assertThat(own(CaseQuery.open())).containsExactly(caseId("dispatched"), caseId("reported"));
    assertThat(own(CaseQuery.all().withStatuses(Set.of(CaseStatus.REJECTED)))).containsExactly(caseId("rejected"));
    assertThat(own(CaseQuery.open().within(SUBDISTRICT))).containsExactly(caseId("dispatched"), caseId("reported"));
    assertThat(own(CaseQuery.open().within(CHANGYUAN).withStatuses(Set.of(CaseStatus.DISPATCHED))))
        .containsExactly(caseId("dispatched"));
    assertThat(own(CaseQuery.all().within(XINHUA))).isEmpty();
    CaseSummary dispatched = store.find(CaseQuery.all(), Optional.of(caseId("c")), 1).get(0);
    assertThat(dispatched.grid()).contains(CHANGYUAN);
    assertThat(dispatched.version()).isEqualTo(4);
    assertThat(dispatched.reportedAt()).isEqualTo(CaseStoreFixtures.MORNING);
  }

  private List<CaseId> own(CaseQuery query) {
    return store.find(query, Optional.of(CaseId.of(prefix())), 10_000).stream()
        .map(CaseSummary::id).filter(id -> id.value().startsWith(prefix())).toList();
  }

  @Test
  void concurrentWritersOfOneCaseNeverOverwriteEachOther() throws Exception {
    CaseFile reported = reported(caseId("c-1"));
    store.save(reported, 0, List.of());
    int writers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        tasks.add(() -> {
          int conflicts = 0;
          while (true) {
            CaseFile loaded = store.load(reported.id()).orElseThrow();
            if (loaded.state().status() == CaseStatus.HANDLED) {
              return conflicts;
            }
            CaseFile stepped = next(loaded);
            try {
              store.save(stepped, loaded.version(), List.of(noticeOf(stepped)));
            } catch (VersionConflictException e) {
              conflicts++;
            }
          }
        });
      }
      for (Future<Integer> result : pool.invokeAll(tasks)) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }

    CaseFile stored = store.load(reported.id()).orElseThrow();
    assertThat(stored.log()).extracting(CaseEvent::sequence).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(keys(claimOwn("node-1", NOON))).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void largeResultsPageCompletelyInIdOrder() {
    int cases = 120;
    List<CaseId> written = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      CaseId id = caseId(String.format("c-%03d", i));
      store.save(i % 2 == 0 ? after(id, 3) : reported(id), 0, List.of());
      written.add(id);
    }

    List<CaseId> seen = new ArrayList<>();
    Optional<CaseId> after = Optional.of(CaseId.of(prefix()));
    while (true) {
      ImmutableList<CaseSummary> page = store.find(CaseQuery.open().within(CHANGYUAN), after, 25);
      List<CaseId> own = page.stream().map(CaseSummary::id).filter(id -> id.value().startsWith(prefix())).toList();
      seen.addAll(own);
      if (page.size() < 25 || own.size() < page.size()) {
        break;
      }
      after = Optional.of(page.get(page.size() - 1).id());
    }
    assertThat(seen).isEqualTo(written);
  }

  @Test
  void concurrentWritersOfDifferentCasesAllSucceedWithTheirNotifications() throws Exception {
    int writers = 4;
    int casesEach = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        tasks.add(() -> {
          for (int i = 0; i < casesEach; i++) {
            CaseFile reported = reported(caseId("w" + writer + "-c" + i));
            store.save(reported, 0, List.of(noticeOf(reported)));
            CaseFile accepted = next(reported);
            store.save(accepted, 1, List.of(noticeOf(accepted)));
          }
          return null;
        });
      }
      for (Future<Void> result : pool.invokeAll(tasks)) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }

    for (int w = 0; w < writers; w++) {
      for (int i = 0; i < casesEach; i++) {
        assertThat(store.load(caseId("w" + w + "-c" + i)).orElseThrow().state().status())
            .isEqualTo(CaseStatus.ACCEPTED);
      }
    }
    assertThat(keys(claimOwn("node-1", NOON))).hasSize(writers * casesEach * 2).doesNotHaveDuplicates();
  }

  @Test
  void concurrentClaimantsNeverLeaseOneEntryTwice() throws Exception {
    List<NotificationKey> written = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      CaseFile file = reported(caseId("c-" + i));
      store.save(file, 0, List.of(noticeOf(file)));
      written.add(noticeOf(file).key());
    }
    Instant later = NOON.plus(Duration.ofDays(3650));
    int claimants = 4;
    ExecutorService pool = Executors.newFixedThreadPool(claimants);
    List<NotificationKey> claimed = new ArrayList<>();
    try {
      List<Callable<List<NotificationKey>>> tasks = new ArrayList<>();
      for (int c = 0; c < claimants; c++) {
        String claimant = "node-" + c;
        tasks.add(() -> {
          List<NotificationKey> mine = new ArrayList<>();
          while (true) {
            ImmutableList<OutboxEntry> batch = storage.outbox().claim(claimant, later, LEASE, 3);
            if (batch.isEmpty()) {
              return mine;
            }
            batch.stream().filter(entry -> entry.caseId().value().startsWith(prefix()))
                .forEach(entry -> mine.add(entry.key()));
          }
        });
      }
      for (Future<List<NotificationKey>> result : pool.invokeAll(tasks)) {
        claimed.addAll(result.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  void whatWasWrittenSurvivesReopeningOrTheClosedStorageRefusesUse() throws Exception {
    CaseFile file = after(caseId("c-1"), 2);
    store.save(file, 0, List.of(noticeOf(file)));
    closeAll();

    if (isDurable()) {
      CaseStorage reopened = openTracked();
      assertThat(reopened.cases().load(file.id()).orElseThrow().state()).isEqualTo(file.state());
      assertThat(reopened.outbox().claim("node-1", NOON, LEASE, 10_000)).extracting(OutboxEntry::key)
          .contains(noticeOf(file).key());
    } else {
      assertThatThrownBy(() -> storage.cases()).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> store.load(file.id())).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aClaimLeasesEntriesToOneClaimantUntilTheLeaseEnds() {
    CaseFile file = reported(caseId("c-1"));
    store.save(file, 0, List.of(noticeOf(file)));

    List<OutboxEntry> first = claimOwn("node-1", NOON);
    assertThat(first).singleElement().satisfies(entry -> {
      assertThat(entry.attempts()).isEqualTo(1);
      assertThat(entry.caseId()).isEqualTo(file.id());
      assertThat(entry.notification()).isEqualTo(noticeOf(file));
    });
    assertThat(claimOwn("node-2", NOON.plus(LEASE).minusSeconds(1))).isEmpty();
    assertThat(claimOwn("node-2", NOON.plus(LEASE))).singleElement()
        .satisfies(entry -> assertThat(entry.attempts()).isEqualTo(2));
    assertThat(storage.outbox().retryLater(noticeOf(file).key(), "node-1", NOON, "late")).isFalse();
  }

  @Test
  void aRetryWaitsUntilItIsDueAndKeepsItsFailure() {
    CaseFile file = reported(caseId("c-1"));
    store.save(file, 0, List.of(noticeOf(file)));
    NotificationKey key = noticeOf(file).key();
    claimOwn("node-1", NOON);

    assertThat(storage.outbox().retryLater(key, "node-1", NOON.plusSeconds(30), "SMS gateway timed out")).isTrue();

    assertThat(claimOwn("node-1", NOON.plusSeconds(29))).isEmpty();
    assertThat(claimOwn("node-2", NOON.plusSeconds(30))).singleElement().satisfies(entry -> {
      assertThat(entry.attempts()).isEqualTo(2);
      assertThat(entry.lastFailure()).contains("SMS gateway timed out");
    });
  }

  @Test
  void aDeliveredEntryLeavesTheOutboxForGood() {
    CaseFile file = reported(caseId("c-1"));
    store.save(file, 0, List.of(noticeOf(file)));
    claimOwn("node-1", NOON);

    assertThat(storage.outbox().delivered(noticeOf(file).key())).isTrue();
    assertThat(storage.outbox().delivered(noticeOf(file).key())).isFalse();
    assertThat(claimOwn("node-1", NOON.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void deadLettersAreListedInKeyOrderAndReplayedDueAtOnce() {
    CaseFile file = after(caseId("c-1"), 2);
    List<CaseFile> steps = List.of(after(caseId("c-1"), 0), after(caseId("c-1"), 1), file);
    store.save(file, 0, steps.stream().map(CaseStoreFixtures::noticeOf).toList());
    for (OutboxEntry entry : claimOwn("node-1", NOON)) {
      assertThat(storage.outbox().deadLetter(entry.key(), "node-1", "no such SMS recipient")).isTrue();
    }

    List<NotificationKey> dead = new ArrayList<>();
    Optional<NotificationKey> after = Optional.empty();
    while (true) {
      ImmutableList<OutboxEntry> page = storage.outbox().deadLetters(after, 2);
      page.stream().filter(entry -> entry.caseId().value().startsWith(prefix()))
          .forEach(entry -> {
            assertThat(entry.lastFailure()).contains("no such SMS recipient");
            dead.add(entry.key());
          });
      if (page.size() < 2) {
        break;
      }
      after = Optional.of(page.get(page.size() - 1).key());
    }
    assertThat(dead).hasSize(3).isSorted();
    assertThat(claimOwn("node-1", NOON.plus(Duration.ofDays(1)))).isEmpty();

    assertThat(storage.outbox().replay(dead.get(0))).isTrue();
    assertThat(storage.outbox().replay(dead.get(0))).isFalse();
    assertThat(claimOwn("node-2", NOON)).singleElement().satisfies(entry -> {
      assertThat(entry.key()).isEqualTo(dead.get(0));
      assertThat(entry.attempts()).isEqualTo(1);
    });
  }

  @Test
  void onlyTheLeaseHolderCanDeadLetter() {
    CaseFile file = reported(caseId("c-1"));
    store.save(file, 0, List.of(noticeOf(file)));
    claimOwn("node-1", NOON);

    assertThat(storage.outbox().deadLetter(noticeOf(file).key(), "node-2", "not mine")).isFalse();
    assertThat(storage.outbox().deadLetters(Optional.of(NotificationKey.of(prefix())), 10_000))
        .noneMatch(entry -> entry.caseId().value().startsWith(prefix()));
  }
}
