package org.civicgrid.routing.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.store.CaseStoreFixtures.MORNING;
import static org.civicgrid.routing.store.CaseStoreFixtures.next;
import static org.civicgrid.routing.store.CaseStoreFixtures.noticeOf;
import static org.civicgrid.routing.store.CaseStoreFixtures.reported;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.spi.Config;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {
  private static final RetryPolicy PATIENT =
      new RetryPolicy(40, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1), 50);

  private final VirtualClock clock = new VirtualClock(MORNING);
  private final IdempotentReceiver receiver = new IdempotentReceiver();
  private CaseStorage storage;
  private CapturedLog log;

  @BeforeEach
  void openStorage() {
    storage = new InMemoryCaseStorageFactory().create(Config.empty());
    // Failed attempts are logged with their stack traces; keep them out of the build output.
    log = CapturedLog.start();
  }

  @AfterEach
  void close() {
    log.close();
    storage.close();
  }

  /** A receiver that applies each key once, however often it is called. */
  private static final class IdempotentReceiver {
    final Map<NotificationKey, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Set<NotificationKey> applied = ConcurrentHashMap.newKeySet();
    final AtomicInteger effects = new AtomicInteger();

    void receive(Notification notification) {
      calls.computeIfAbsent(notification.key(), key -> new AtomicInteger()).incrementAndGet();
      if (applied.add(notification.key())) {
        effects.incrementAndGet();
      }
    }
  }

  /**
   * Fails {@code failRate} of the calls, half before the receiver gets the message and half after it
   * (a lost acknowledgement, so the retry is a duplicate).
   */
  private Notifier flaky(double failRate, long seed) {
    Random random = new Random(seed);
    return new Notifier() {
      @Override
      public void deliver(Notification notification) {
        double roll;
        synchronized (random) {
          roll = random.nextDouble();
        }
        if (roll < failRate / 2) {
          throw new CivicGridException(ErrorCode.PLUGIN_FAILED, "SMS gateway refused " + notification.key());
        }
        receiver.receive(notification);
        if (roll < failRate) {
          throw new CivicGridException(ErrorCode.PLUGIN_FAILED, "no acknowledgement for " + notification.key());
        }
      }

      @Override
      public void close() {}
    };
  }

  private List<NotificationKey> reportCases(int count) {
    List<NotificationKey> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CaseFile file = reported(CaseId.of("c-" + i));
      storage.cases().save(file, 0, List.of(noticeOf(file)));
      keys.add(noticeOf(file).key());
    }
    return keys;
  }

  private void runUntilEmpty(NotificationDispatcher dispatcher) {
    for (int round = 0; round < 200 && storage.outbox().pendingCount() > 0; round++) {
      dispatcher.dispatchDue();
      clock.advance(Duration.ofMinutes(5));
    }
  }

  @Test
  void aNotifierFailingThirtyPercentOfCallsStillDeliversEveryNotificationOnce() {
    List<NotificationKey> keys = reportCases(300);
    var dispatcher = new NotificationDispatcher(storage.outbox(), flaky(0.3, 5), clock, PATIENT, "node-1");

    runUntilEmpty(dispatcher);

    assertThat(storage.outbox().pendingCount()).isZero();
    assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).isEmpty();
    assertThat(receiver.applied).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(receiver.effects).hasValue(keys.size());
    assertThat(receiver.calls.values()).anyMatch(calls -> calls.get() > 1);
  }

  @Test
  void aFailedAttemptIsRetriedOnlyAfterItsBackOff() {
    reportCases(1);
    AtomicBoolean down = new AtomicBoolean(true);
    Notifier notifier = new Notifier() {
      @Override
      public void deliver(Notification notification) {
        if (down.get()) {
          throw new CivicGridException(ErrorCode.PLUGIN_FAILED, "gateway down");
        }
        receiver.receive(notification);
      }

      @Override
      public void close() {}
    };
    var policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(1), 10);
    var dispatcher = new NotificationDispatcher(storage.outbox(), notifier, clock, policy, "node-1");

    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(0, 1, 0, 0));
    clock.advance(Duration.ofSeconds(30));
    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(0, 1, 0, 0));
    down.set(false);
    clock.advance(Duration.ofSeconds(59));
    assertThat(dispatcher.dispatchDue().isIdle()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(1, 0, 0, 0));
    assertThat(receiver.effects).hasValue(1);
  }

  @Test
  void whatKeepsFailingBecomesADeadLetterAndIsDeliveredWhenReplayed() {
    List<NotificationKey> keys = reportCases(5);
    AtomicBoolean down = new AtomicBoolean(true);
    Notifier notifier = new Notifier() {
      @Override
      public void deliver(Notification notification) {
        if (down.get()) {
          throw new CivicGridException(ErrorCode.PLUGIN_FAILED, "no such recipient " + notification.recipient());
        }
        receiver.receive(notification);
      }

      @Override
      public void close() {}
    };
    var policy = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(1), 2);
    var dispatcher = new NotificationDispatcher(storage.outbox(), notifier, clock, policy, "node-1");

    runUntilEmpty(dispatcher);

    assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).hasSize(5).allSatisfy(entry -> {
      assertThat(entry.attempts()).isEqualTo(3);
      assertThat(entry.lastFailure()).hasValueSatisfying(text -> assertThat(text).contains("no such recipient"));
    });
    assertThat(log.text()).contains("dead letter after 3 attempts");
    assertThat(receiver.effects).hasValue(0);

    down.set(false);
    assertThat(dispatcher.replayDeadLetters()).isEqualTo(5);
    assertThat(dispatcher.dispatchDue().delivered()).isEqualTo(5);
    assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).isEmpty();
    assertThat(receiver.applied).containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void aRefusedNotificationIsADeadLetterAtOnceWhileOthersAreRetried() {
    List<NotificationKey> keys = reportCases(2);
    NotificationKey refusedKey = keys.get(0);
    Notifier notifier = new Notifier() {
      @Override
      public void deliver(Notification notification) {
        if (notification.key().equals(refusedKey)) {
          throw new NotificationRefusedException(notification.key(), "webhook answered 400", null);
        }
        throw new CivicGridException(ErrorCode.PLUGIN_FAILED, "webhook answered 503 for " + notification.key());
      }

      @Override
      public void close() {}
    };
    var dispatcher = new NotificationDispatcher(storage.outbox(), notifier, clock, PATIENT, "node-1");

    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(0, 1, 1, 0));

    assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).singleElement().satisfies(entry -> {
      assertThat(entry.key()).isEqualTo(refusedKey);
      assertThat(entry.attempts()).isEqualTo(1);
      assertThat(entry.lastFailure()).hasValueSatisfying(text ->
          assertThat(text).contains("notification " + refusedKey + " refused: webhook answered 400"));
    });
    assertThat(storage.outbox().pendingCount()).isEqualTo(1);
    assertThat(log.text()).contains("dead letter after 1 attempts (refused)");
  }

  @Test
  void twoDispatchersNeverDeliverOneEntryTwiceWhileTheirLeasesHold() throws Exception {
    List<NotificationKey> keys = reportCases(2_000);
    Notifier reliable = new Notifier() {
      @Override
      public void deliver(Notification notification) {
        receiver.receive(notification);
      }

      @Override
      public void close() {}
    };
    var policy = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofHours(1), 7);

    runConcurrently(List.of(
        new NotificationDispatcher(storage.outbox(), reliable, clock, policy, "node-1"),
        new NotificationDispatcher(storage.outbox(), reliable, clock, policy, "node-2")), false);

    assertThat(receiver.applied).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(receiver.calls.values()).allMatch(calls -> calls.get() == 1);
  }

  @Test
  void twoDispatchersWithAFlakyNotifierDeliverEveryNotificationOnce() throws Exception {
    List<NotificationKey> keys = reportCases(1_000);
    Notifier notifier = flaky(0.3, 11);

    runConcurrently(List.of(
        new NotificationDispatcher(storage.outbox(), notifier, clock, PATIENT, "node-1"),
        new NotificationDispatcher(storage.outbox(), notifier, clock, PATIENT, "node-2")), true);

    assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).isEmpty();
    assertThat(receiver.applied).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(receiver.effects).hasValue(keys.size());
  }

  /** Runs each dispatcher on its own thread until the outbox is empty, the test thread moving time. */
  private void runConcurrently(List<NotificationDispatcher> dispatchers, boolean moveTime) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(dispatchers.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (NotificationDispatcher dispatcher : dispatchers) {
        running.add(pool.submit(() -> {
          while (storage.outbox().pendingCount() > 0) {
            dispatcher.dispatchDue();
            Thread.onSpinWait();
          }
        }));
      }
      while (moveTime && storage.outbox().pendingCount() > 0) {
        clock.advance(Duration.ofSeconds(20));
        Thread.sleep(1);
      }
      for (Future<?> task : running) {
        task.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aThrowingNotifierNeverLosesOrRollsBackACase() {
    CaseFile reported = reported(CaseId.of("c-1"));
    storage.cases().save(reported, 0, List.of(noticeOf(reported)));
    Notifier broken = new Notifier() {
      @Override
      public void deliver(Notification notification) {
        throw new IllegalStateException("SMS gateway credentials expired");
      }

      @Override
      public void close() {}
    };
    var dispatcher = new NotificationDispatcher(storage.outbox(), broken, clock, PATIENT, "node-1");

    assertThat(dispatcher.dispatchDue().retried()).isEqualTo(1);

    CaseFile loaded = storage.cases().load(reported.id()).orElseThrow();
    assertThat(loaded.state()).isEqualTo(reported.state());
    CaseFile accepted = next(loaded);
    assertThat(storage.cases().save(accepted, 1, List.of(noticeOf(accepted)))).isEqualTo(2);
    assertThat(storage.cases().load(reported.id()).orElseThrow().state().status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(storage.outbox().pendingCount()).isEqualTo(2);
  }

  @Test
  void aDispatcherNeedsAName() {
    assertThatThrownBy(() -> new NotificationDispatcher(storage.outbox(), new LogNotifier(), clock, PATIENT, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dispatcher name");
  }
}
