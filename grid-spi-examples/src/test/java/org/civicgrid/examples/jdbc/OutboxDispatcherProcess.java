package org.civicgrid.examples.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationDispatcher;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.RetryPolicy;
import org.civicgrid.routing.store.CaseStorage;

/**
 * Run in a child JVM by {@link PostgresOutboxDispatchersTest}: a {@link NotificationDispatcher} named
 * {@code args[1]} delivers the outbox of PostgreSQL schema {@code args[0]} by POSTing each
 * notification's key to the receiver at {@code args[2]}, round after round, until the outbox is
 * empty, then exits 0. Small batches, so two such processes interleave their claims.
 */
public final class OutboxDispatcherProcess {
  private OutboxDispatcherProcess() {}

  /** POSTs the key as header {@code Idempotency-Key}, the dispatcher's name as {@code X-Dispatcher}. */
  private static final class PostingNotifier implements Notifier {
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI receiver;
    private final String dispatcher;

    PostingNotifier(URI receiver, String dispatcher) {
      this.receiver = receiver;
      this.dispatcher = dispatcher;
    }

    @Override
    public void deliver(Notification notification) {
      HttpRequest request = HttpRequest.newBuilder(receiver)
          .header("Idempotency-Key", notification.key().value())
          .header("X-Dispatcher", dispatcher)
          .POST(HttpRequest.BodyPublishers.ofString(notification.kind()))
          .build();
      try {
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
          throw new IllegalStateException("receiver answered " + status + " to " + notification.key());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted delivering " + notification.key(), e);
      }
    }

    @Override
    public void close() {
      // The JDK's client holds nothing that outlives the process.
    }
  }

  public static void main(String[] args) {
    String name = args[1];
    try (CaseStorage storage = PostgresTestServer.caseStorage(args[0])) {
      RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofMinutes(5), 10);
      NotificationDispatcher dispatcher = new NotificationDispatcher(storage.outbox(),
          new PostingNotifier(URI.create(args[2]), name), Clock.systemUTC(), policy, name);
      while (storage.outbox().pendingCount() > 0) {
        dispatcher.dispatchDue();
      }
    }
  }
}
