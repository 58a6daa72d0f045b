package org.civicgrid.routing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.notify.OutboxEntry;
import org.junit.jupiter.api.Test;

/** The in-memory default passes the whole conformance kit, and keeps files as the engine made them. */
class InMemoryCaseStoreTest extends CaseStoreContract {
  @Override
  protected CaseStorage open() {
    return new InMemoryCaseStorageFactory().create(Config.empty());
  }

  @Override
  protected boolean isDurable() {
    return false;
  }

  @Test
  void aNewCaseAndItsNextStepAreKeptAsTheFilesMadeWithoutReplaying() {
    try (CaseStorage storage = open()) {
      CaseFile opened = CaseStoreFixtures.after(CaseId.of("c-1"), 3);
      storage.cases().save(opened, 0, List.of());
      assertThat(storage.cases().load(opened.id())).containsSame(opened);

      CaseFile next = CaseStoreFixtures.next(opened);
      storage.cases().save(next, opened.version(), List.of());
      assertThat(storage.cases().load(opened.id())).containsSame(next);
    }
  }

  @Test
  void aFileWithAnotherHistoryIsCheckedAgainstTheStoredOne() {
    try (CaseStorage storage = open()) {
      CaseFile stored = CaseStoreFixtures.after(CaseId.of("c-1"), 2);
      storage.cases().save(stored, 0, List.of());
      CaseFile rebuilt = CaseFile.replay(CaseStoreFixtures.after(CaseId.of("c-1"), 3).log());
      storage.cases().save(rebuilt, stored.version(), List.of());
      CaseFile loaded = storage.cases().load(stored.id()).orElseThrow();
      assertThat(loaded).isNotSameAs(rebuilt);
      assertThat(loaded.log()).isEqualTo(rebuilt.log());
    }
  }

  /**
   * The outbox queues entries in write order and drops those that left only when they reach the head
   * or outnumber the pending ones: an entry retried far ahead at the head must not hold back, lose or
   * reorder the thousands written after it, and a used key stays used.
   */
  @Test
  void entriesLeavingBehindAWaitingHeadKeepTheRestInWriteOrder() {
    Instant noon = Instant.parse("2024-05-06T04:00:00Z");
    Duration lease = Duration.ofMinutes(5);
    try (CaseStorage storage = open()) {
      Outbox outbox = storage.outbox();
      List<NotificationKey> written = new ArrayList<>();
      for (int i = 0; i < 5000; i++) {
        CaseFile file = CaseStoreFixtures.reported(CaseId.of("c-" + (10_000 + i)));
        storage.cases().save(file, 0, List.of(CaseStoreFixtures.noticeOf(file)));
        written.add(CaseStoreFixtures.noticeOf(file).key());
      }
      NotificationKey head = written.get(0);
      assertThat(outbox.claim("node-1", noon, lease, 1)).extracting(OutboxEntry::key).containsExactly(head);
      assertThat(outbox.retryLater(head, "node-1", noon.plus(Duration.ofDays(1)), "gateway down")).isTrue();
      for (int i = 1; i < written.size(); i += 2) {
        assertThat(outbox.delivered(written.get(i))).isTrue();
      }
      assertThat(outbox.pendingCount()).isEqualTo(2500);

      List<NotificationKey> claimed = new ArrayList<>();
      for (OutboxEntry entry : outbox.claim("node-2", noon, lease, 10_000)) {
        claimed.add(entry.key());
      }
      List<NotificationKey> even = new ArrayList<>();
      for (int i = 2; i < written.size(); i += 2) {
        even.add(written.get(i));
      }
      assertThat(claimed).containsExactlyElementsOf(even);
      for (NotificationKey key : even) {
        assertThat(outbox.delivered(key)).isTrue();
      }
      assertThat(outbox.pendingCount()).isEqualTo(1);
      assertThat(outbox.claim("node-3", noon.plus(Duration.ofDays(1)), lease, 10_000)).extracting(OutboxEntry::key)
          .containsExactly(head);

      CaseFile again = CaseStoreFixtures.reported(CaseId.of("c-99999"));
      List<Notification> reused = List.of(
          CaseStoreFixtures.noticeOf(CaseStoreFixtures.reported(CaseId.of("c-10001"))));
      assertThatThrownBy(() -> storage.cases().save(again, 0, reused))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(written.get(1).value());
      assertThat(storage.cases().load(again.id())).isEmpty();
    }
  }
}
