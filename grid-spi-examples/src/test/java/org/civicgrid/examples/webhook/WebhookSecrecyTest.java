package org.civicgrid.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.routing.store.CaseStoreFixtures.MORNING;
import static org.civicgrid.routing.store.CaseStoreFixtures.reported;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationDispatcher;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.OutboxEntry;
import org.civicgrid.routing.notify.Recipient;
import org.civicgrid.routing.notify.RetryPolicy;
import org.civicgrid.routing.notify.VirtualClock;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.junit.jupiter.api.Test;

/**
 * Neither the webhook secret nor a reporter's personal data appears in any log line of the notifier,
 * its factory or the dispatcher, in any exception message or stored failure, or in any {@code
 * toString()}, on every path a delivery can take (issue 6). The logs of both packages are at DEBUG
 * in these tests.
 */
class WebhookSecrecyTest {
  private static final String REPORTER = "王秀兰";
  private static final String PHONE = "13812345678";

  private final List<String> shown = new ArrayList<>();

  private static Notification callReporter(String key) {
    return Notification.withPersonalData(NotificationKey.of(key),
        Recipient.personAllowedPersonalData(PersonId.of("gw-017")), "call-reporter",
        ImmutableMap.of("case", "c-1", "reporter", REPORTER, "phone", PHONE), ImmutableSet.of("reporter", "phone"));
  }

  private void attempt(Notifier notifier, Notification notification) {
    try {
      notifier.deliver(notification);
    } catch (RuntimeException e) {
      for (Throwable cause : Throwables.getCausalChain(e)) {
        shown.add(cause.toString());
      }
    }
  }

  @Test
  void noSecretAndNoPersonalDataInLogsMessagesOrDescriptions() throws IOException {
    try (CapturedLog log = CapturedLog.start();
        WebhookReceiver receiver = WebhookReceiver.start();
        CaseStorage storage = new InMemoryCaseStorageFactory().create(Config.empty())) {
      Config config = WebhookNotifierTest.config(receiver.url(), "10s");
      var factory = new WebhookNotifierFactory();
      try (Notifier notifier = factory.create(config)) {
        shown.add(config.toString());
        shown.add(notifier.toString());
        shown.add(factory.toString());

        notifier.deliver(callReporter("c-1#4:gw-017"));
        receiver.failNext(1, 500);
        attempt(notifier, callReporter("c-1#5:gw-017"));
        receiver.failNext(1, 400);
        attempt(notifier, callReporter("c-1#6:gw-017"));

        CaseFile file = reported(CaseId.of("c-1"));
        storage.cases().save(file, 0, List.of(callReporter("c-1#1:gw-017")));
        receiver.failNext(2, 503);
        var clock = new VirtualClock(MORNING);
        var dispatcher = new NotificationDispatcher(storage.outbox(), notifier, clock,
            new RetryPolicy(2, Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(1), 10), "node-1");
        dispatcher.dispatchDue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(dispatcher.dispatchDue().deadLettered()).isEqualTo(1);
        storage.outbox().deadLetters(Optional.empty(), 10).stream()
            .map(OutboxEntry::lastFailure).flatMap(Optional::stream).forEach(shown::add);
      }
      CountDownLatch released = receiver.holdNext();
      try (Notifier impatient = factory.create(WebhookNotifierTest.config(receiver.url(), "300ms"))) {
        attempt(impatient, callReporter("c-1#7:gw-017"));
      } finally {
        released.countDown();
      }
      WebhookReceiver down = WebhookReceiver.start();
      down.close();
      try (Notifier toDown = factory.create(WebhookNotifierTest.config(down.url(), "2s"))) {
        attempt(toDown, callReporter("c-1#8:gw-017"));
      }
      shown.add(log.text());

      assertThat(log.text()).contains("c-1#4:gw-017", "c-1#1:gw-017", "dead letter", "reporter=***", "phone=***");
      assertThat(shown).hasSizeGreaterThan(8).allSatisfy(text ->
          assertThat(text).doesNotContain(WebhookReceiver.SECRET, REPORTER, PHONE));
    }
  }
}
