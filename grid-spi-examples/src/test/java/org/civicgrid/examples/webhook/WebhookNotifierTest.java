package org.civicgrid.examples.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.NotificationRefusedException;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.NotifierContract;
import org.civicgrid.routing.notify.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook notifier passes the conformance kit against a real local receiver, and classifies answers. */
class WebhookNotifierTest extends NotifierContract {
  private WebhookReceiver receiver;

  /** The configuration of a notifier posting to {@code url} with the receiver's secret. */
  static Config config(URI url, String timeout) {
    return Config.validate(WebhookNotifierFactory.ID, WebhookNotifierFactory.PARAMETERS,
        Map.of("url", url.toString(), "secret", WebhookReceiver.SECRET, "timeout", timeout));
  }

  @Override
  protected Notifier open() {
    try {
      receiver = WebhookReceiver.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WebhookNotifierFactory().create(config(receiver.url(), "10s"));
  }

  @Override
  protected Set<NotificationKey> deliveredKeys() {
    return receiver.receivedKeys();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void theRequestCarriesTheKeyAndASignatureTheReceiverVerifies() throws IOException {
    Notification notification = dispatched("n-1");

    notifier.deliver(notification);

    assertThat(receiver.requests()).singleElement().satisfies(request -> {
      assertThat(request.idempotencyKey()).isEqualTo(notification.key().value());
      assertThat(request.verdict()).isEqualTo(WebhookSignature.Verdict.VALID);
      assertThat(request.signature()).matches("sha256=[0-9a-f]{64}");
      assertThat(request.status()).isEqualTo(200);
    });
    JsonNode body = new ObjectMapper().readTree(receiver.requests().get(0).body());
    assertThat(body.get("format").asText()).isEqualTo("civicgrid-notification");
    assertThat(body.get("key").asText()).isEqualTo(notification.key().value());
    assertThat(body.get("kind").asText()).isEqualTo("case-dispatched");
    assertThat(body.get("recipient").get("id").asText()).isEqualTo("gw-017");
    assertThat(body.get("payload").get("grid").asText()).isEqualTo("210902001001");
  }

  @Test
  void aReporterPhoneReachesAnAllowedRecipientNamedAsPersonal() throws IOException {
    Notification call = Notification.withPersonalData(NotificationKey.of("c-1#4:gw-017"),
        Recipient.personAllowedPersonalData(PersonId.of("gw-017")), "call-reporter",
        Map.of("case", "c-1", "phone", "13812345678"), Set.of("phone"));

    notifier.deliver(call);

    JsonNode body = new ObjectMapper().readTree(receiver.requests().get(0).body());
    assertThat(body.get("payload").get("phone").asText()).isEqualTo("13812345678");
    assertThat(body.get("personalFields")).hasSize(1).first().satisfies(field ->
        assertThat(field.asText()).isEqualTo("phone"));
    assertThat(body.get("recipient").get("mayReadPersonalData").asBoolean()).isTrue();
  }

  @Test
  void aReceiverWithAnotherSecretRejectsTheSignatureAndTheNotificationIsRefused() throws IOException {
    try (WebhookReceiver strict = WebhookReceiver.expecting("beipiao-other-secret-0002");
        Notifier toStrict = new WebhookNotifierFactory().create(config(strict.url(), "10s"))) {
      Notification notification = dispatched("n-1");

      assertThatThrownBy(() -> toStrict.deliver(notification))
          .isInstanceOfSatisfying(NotificationRefusedException.class, e ->
              assertThat(e.key()).isEqualTo(notification.key()))
          .hasMessageContaining("answered 401");
      assertThat(strict.requests()).singleElement().satisfies(request ->
          assertThat(request.verdict()).isEqualTo(WebhookSignature.Verdict.BAD_SIGNATURE));
      assertThat(strict.appliedKeys()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 408, 429})
  void anOverloadedOrFailingReceiverIsATransientFailure(int status) {
    receiver.failNext(1, status);
    Notification notification = dispatched("n-1");

    assertThatThrownBy(() -> notifier.deliver(notification))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_FAILED))
        .isNotInstanceOf(NotificationRefusedException.class)
        .hasMessageContaining("answered " + status + " for notification " + notification.key())
        .hasMessageContaining("may be retried");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 410, 422})
  void aReceiverThatRefusesTheRequestRefusesTheNotificationForGood(int status) {
    receiver.failNext(1, status);
    Notification notification = dispatched("n-1");

    assertThatThrownBy(() -> notifier.deliver(notification))
        .isInstanceOf(NotificationRefusedException.class)
        .hasMessageContaining("notification " + notification.key() + " refused: webhook " + receiver.url()
            + " answered " + status);
  }

  @ParameterizedTest
  @ValueSource(ints = {409, 200})
  void aRepeatAcknowledgedAsAlreadyThereIsDeliveredAndTakesEffectOnce(int repeatStatus) {
    receiver.acknowledgeRepeatsWith(repeatStatus);
    Notification notification = dispatched("n-1");

    notifier.deliver(notification);
    assertThatCode(() -> notifier.deliver(notification)).doesNotThrowAnyException();

    assertThat(receiver.requests()).extracting(WebhookReceiver.Received::status).containsExactly(200, repeatStatus);
    assertThat(receiver.appliedKeys()).containsExactly(notification.key());
  }

  @Test
  void aReceiverSlowerThanTheTimeoutIsATransientFailure() {
    CountDownLatch released = receiver.holdNext();
    try (Notifier impatient = new WebhookNotifierFactory().create(config(receiver.url(), "300ms"))) {
      Notification notification = dispatched("n-1");

      assertThatThrownBy(() -> impatient.deliver(notification))
          .isInstanceOf(CivicGridException.class)
          .isNotInstanceOf(NotificationRefusedException.class)
          .hasMessageContaining("gave no answer within PT0.3S for notification " + notification.key());
    } finally {
      released.countDown();
    }
  }

  @Test
  void aReceiverThatIsDownIsATransientFailure() throws IOException {
    URI url;
    try (WebhookReceiver stopped = WebhookReceiver.start()) {
      url = stopped.url();
    }
    try (Notifier toNobody = new WebhookNotifierFactory().create(config(url, "2s"))) {
      Notification notification = dispatched("n-1");

      assertThatThrownBy(() -> toNobody.deliver(notification))
          .isInstanceOf(CivicGridException.class)
          .isNotInstanceOf(NotificationRefusedException.class)
          .hasMessageContaining("could not be reached (ConnectException) for notification " + notification.key());
    }
  }

  @Test
  void itsDescriptionNamesTheUrlAndMasksTheSecret() {
    assertThat(notifier.toString()).isEqualTo("webhook notifier → " + receiver.url() + " (timeout PT10S, secret ****)")
        .doesNotContain(WebhookReceiver.SECRET);
  }

  @Test
  void theBodyIsTheSameBytesOnEveryAttempt() {
    receiver.acknowledgeRepeatsWith(200);
    Notification notification = dispatched("n-1");

    notifier.deliver(notification);
    notifier.deliver(notification);

    assertThat(receiver.requests().get(1).body()).isEqualTo(receiver.requests().get(0).body());
    assertThat(new String(receiver.requests().get(0).body(), UTF_8)).startsWith("{\"format\":\"civicgrid-notification\"");
  }
}
