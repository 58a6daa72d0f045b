package org.civicgrid.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.routing.store.CaseStoreFixtures.MORNING;
import static org.civicgrid.routing.store.CaseStoreFixtures.noticeOf;
import static org.civicgrid.routing.store.CaseStoreFixtures.reported;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.spi.Config;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.DispatchRound;
import org.civicgrid.routing.notify.NotificationDispatcher;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.RetryPolicy;
import org.civicgrid.routing.notify.VirtualClock;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook notifier under a {@link NotificationDispatcher}: the notifier makes one attempt, and
 * the dispatcher's back-off, dead letters and replay (in virtual time) do the rest.
 */
class WebhookDeliveryTest {
  private static final RetryPolicy THREE_TRIES =
      new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(1), 10);

  private final VirtualClock clock = new VirtualClock(MORNING);
  private WebhookReceiver receiver;
  private CaseStorage storage;
  private CapturedLog log;

  @BeforeEach
  void start() throws IOException {
    receiver = WebhookReceiver.start();
    storage = new InMemoryCaseStorageFactory().create(Config.empty());
    // Failed attempts are logged with their stack traces; keep them out of the build output.
    log = CapturedLog.start();
  }

  @AfterEach
  void stop() {
    log.close();
    storage.close();
    receiver.close();
  }

  private NotificationKey reportCase(String id) {
    CaseFile file = reported(CaseId.of(id));
    storage.cases().save(file, 0, List.of(noticeOf(file)));
    return noticeOf(file).key();
  }

  private NotificationDispatcher dispatcher(Notifier notifier) {
    return new NotificationDispatcher(storage.outbox(), notifier, clock, THREE_TRIES, "node-1");
  }

  @Test
  void aSlowReceiverIsRetriedAfterTheBackOffAndTheNotificationTakesEffectOnce() {
    NotificationKey key = reportCase("c-1");
    CountDownLatch released = receiver.holdNext();
    // The timeout is long enough for a loaded machine's answer to the retry; the held first attempt waits it out.
    try (Notifier notifier = new WebhookNotifierFactory().create(WebhookNotifierTest.config(receiver.url(), "2s"))) {
      var dispatcher = dispatcher(notifier);

      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(0, 1, 0, 0));
      released.countDown();
      clock.advance(Duration.ofSeconds(30));
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(1, 0, 0, 0));
    }

    assertThat(storage.outbox().pendingCount()).isZero();
    assertThat(receiver.appliedKeys()).containsExactly(key);
  }

  @Test
  void aFailingReceiverIsRetriedWithBackOffThenDeadLetteredThenDeliveredOnReplay() {
    NotificationKey key = reportCase("c-1");
    receiver.failNext(3, 500);
    try (Notifier notifier = new WebhookNotifierFactory().create(WebhookNotifierTest.config(receiver.url(), "10s"))) {
      var dispatcher = dispatcher(notifier);

      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(0, 1, 0, 0));
      clock.advance(Duration.ofSeconds(29));
      assertThat(dispatcher.dispatchDue().isIdle()).isTrue();
      clock.advance(Duration.ofSeconds(1));
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(0, 1, 0, 0));
      clock.advance(Duration.ofSeconds(60));
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(0, 0, 1, 0));

      assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).singleElement().satisfies(entry -> {
        assertThat(entry.key()).isEqualTo(key);
        assertThat(entry.attempts()).isEqualTo(3);
        assertThat(entry.lastFailure()).hasValueSatisfying(text -> assertThat(text).contains("answered 500"));
      });
      assertThat(receiver.appliedKeys()).isEmpty();

      assertThat(dispatcher.replayDeadLetters()).isEqualTo(1);
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(1, 0, 0, 0));
    }

    assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).isEmpty();
    assertThat(receiver.appliedKeys()).containsExactly(key);
    assertThat(receiver.requests()).extracting(WebhookReceiver.Received::status).containsExactly(500, 500, 500, 200);
  }

  @Test
  void aRefusedNotificationIsADeadLetterAfterOneAttempt() {
    reportCase("c-1");
    receiver.failNext(1, 422);
    try (Notifier notifier = new WebhookNotifierFactory().create(WebhookNotifierTest.config(receiver.url(), "10s"))) {
      assertThat(dispatcher(notifier).dispatchDue()).isEqualTo(new DispatchRound(0, 0, 1, 0));
    }

    assertThat(storage.outbox().deadLetters(Optional.empty(), 10)).singleElement().satisfies(entry ->
        assertThat(entry.attempts()).isEqualTo(1));
    assertThat(receiver.requests()).hasSize(1);
  }

  @Test
  void aReceiverThatIsDownIsRetriedAndReachedOnceItIsUp() throws IOException {
    NotificationKey key = reportCase("c-1");
    WebhookReceiver down = WebhookReceiver.start();
    down.close();
    try (Notifier toDown = new WebhookNotifierFactory().create(WebhookNotifierTest.config(down.url(), "2s"));
        Notifier toUp = new WebhookNotifierFactory().create(WebhookNotifierTest.config(receiver.url(), "10s"))) {
      assertThat(dispatcher(toDown).dispatchDue()).isEqualTo(new DispatchRound(0, 1, 0, 0));
      clock.advance(Duration.ofSeconds(30));
      assertThat(dispatcher(toUp).dispatchDue()).isEqualTo(new DispatchRound(1, 0, 0, 0));
    }

    assertThat(receiver.appliedKeys()).containsExactly(key);
  }
}
