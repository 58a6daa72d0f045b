package org.civicgrid.examples.webhook;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationRefusedException;
import org.civicgrid.routing.notify.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers each notification as one signed HTTP POST of its JSON body to the configured URL, with
 * the notification key as {@code Idempotency-Key}. The answer decides the outcome: {@code 2xx}, or
 * {@code 409 Conflict} for a key the receiver already has, is delivered; {@code 408}, {@code 429},
 * {@code 5xx}, a timeout or an unreachable receiver is a transient failure the {@link
 * org.civicgrid.routing.notify.NotificationDispatcher} retries; any other answer is a {@link
 * NotificationRefusedException}, made a dead letter at once. It makes one attempt per call: retries,
 * back-off and dead letters are the dispatcher's. Made by {@link WebhookNotifierFactory}.
 *
 * <p>Messages and log lines name the notification by key and its masked form, the URL without query
 * or user, and never the body, the answer's body or the secret. Thread-safe: one HTTP client serves
 * concurrent deliveries.
 */
public final class WebhookNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
  /** The header that carries the notification key. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  private final WebhookSettings settings;
  private final WebhookSignature signature;
  private final Clock clock = Clock.systemUTC();
  // Java 17's HttpClient has no close(); its selector thread ends once the client is unreachable.
  private final HttpClient client;
  private volatile boolean closed;

  WebhookNotifier(WebhookSettings settings) {
    this.settings = checkNotNull(settings, "settings");
    this.signature = new WebhookSignature(settings.secret());
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public void deliver(Notification notification) {
    checkNotNull(notification, "notification");
    checkState(!closed, "webhook notifier %s is closed; cannot deliver %s", settings.describe(), notification.key());
    byte[] body = WebhookBody.render(notification);
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(settings.url())
        .timeout(settings.timeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header(IDEMPOTENCY_KEY_HEADER, notification.key().value())
        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
        .header(WebhookSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    int status = send(request, notification);
    if ((status >= 200 && status < 300) || status == 409) {
      LOG.debug("Webhook {} took notification {} with {}", settings.describe(), notification, status);
      return;
    }
    String answer = "webhook " + settings.describe() + " answered " + status;
    if (status == 408 || status == 429 || status >= 500) {
      throw new CivicGridException(ErrorCode.PLUGIN_FAILED,
          answer + " for notification " + notification.key() + "; it may be retried");
    }
    throw new NotificationRefusedException(notification.key(), answer, null);
  }

  /** Sends the request and returns the answer's status; the answer's body is never read. */
  private int send(HttpRequest request, Notification notification) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (HttpTimeoutException e) {
      throw transientFailure(notification, "gave no answer within " + settings.timeout(), e);
    } catch (IOException e) {
      throw transientFailure(notification, "could not be reached (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw transientFailure(notification, "was not awaited: the delivering thread was interrupted", e);
    }
  }

  private CivicGridException transientFailure(Notification notification, String what, Exception cause) {
    return new CivicGridException(ErrorCode.PLUGIN_FAILED, "webhook " + settings.describe() + " " + what
        + " for notification " + notification.key() + "; it may be retried", cause);
  }

  @Override
  public void close() {
    closed = true;
  }

  /** {@code webhook notifier → https://example.org/hooks (timeout PT10S, secret ****)}. */
  @Override
  public String toString() {
    return "webhook notifier → " + settings;
  }
}
