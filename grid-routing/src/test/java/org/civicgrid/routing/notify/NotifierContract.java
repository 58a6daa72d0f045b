package org.civicgrid.routing.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link Notifier}: every notifier plugin subclasses it and must pass all of
 * it. It checks what the dispatcher relies on; whether a message arrives is the plugin's own
 * integration test, through {@link #deliveredKeys}.
 *
 * <pre>{@code
 * class WebhookNotifierTest extends NotifierContract {
 *   protected Notifier open() { return new WebhookNotifierFactory().create(config(server.url())); }
 *   protected Set<NotificationKey> deliveredKeys() { return server.receivedIdempotencyKeys(); }
 * }
 * }</pre>
 */
public abstract class NotifierContract {
  protected Notifier notifier;
  private String prefix;

  /** Opens a notifier whose receiver is reachable. */
  protected abstract Notifier open();

  /**
   * The idempotency keys the receiver has seen, or {@code null} when the receiver cannot be observed
   * (a log); then only the calls are checked.
   */
  protected abstract Set<NotificationKey> deliveredKeys();

  @BeforeEach
  final void openNotifier() {
    prefix = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    notifier = open();
  }

  @AfterEach
  final void closeNotifier() {
    notifier.close();
  }

  /** A notification with a key unique to this test. */
  protected final Notification dispatched(String name) {
    return Notification.of(NotificationKey.of(prefix + "-" + name), Recipient.person(PersonId.of("gw-017")),
        "case-dispatched", Map.of("case", "c-1", "category", "05.03", "grid", "210902001001"));
  }

  @Test
  void aNotificationIsDeliveredWithItsKey() {
    Notification notification = dispatched("n-1");

    notifier.deliver(notification);

    Set<NotificationKey> keys = deliveredKeys();
    if (keys != null) {
      assertThat(keys).contains(notification.key());
    }
  }

  @Test
  void deliveringTheSameKeyAgainSucceeds() {
    Notification notification = dispatched("n-1");
    notifier.deliver(notification);

    assertThatCode(() -> notifier.deliver(notification)).doesNotThrowAnyException();
  }

  @Test
  void personalDataGoesOnlyToAllowedRecipientsAndIsDelivered() {
    Notification notification = Notification.withPersonalData(NotificationKey.of(prefix + "-contact"),
        Recipient.personAllowedPersonalData(PersonId.of("gw-017")), "call-reporter",
        Map.of("case", "c-1", "phone", "13812345678"), Set.of("phone"));

    assertThatCode(() -> notifier.deliver(notification)).doesNotThrowAnyException();
  }

  @Test
  void aNullNotificationIsACallerMistake() {
    assertThatThrownBy(() -> notifier.deliver(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aClosedNotifierRefusesToDeliverAndClosesAgainQuietly() {
    notifier.close();

    assertThatThrownBy(() -> notifier.deliver(dispatched("late"))).isInstanceOf(IllegalStateException.class);
    assertThatCode(notifier::close).doesNotThrowAnyException();
  }
}
