package org.civicgrid.examples.webhook;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.civicgrid.routing.notify.NotificationKey;

/**
 * A webhook receiver on the JDK's HTTP server, on an ephemeral loopback port: it verifies every
 * request's signature with its own secret (401 when wrong), remembers keys so that each notification
 * takes effect once, and can be told to fail, to hold requests, or how to acknowledge a repeat.
 */
final class WebhookReceiver implements AutoCloseable {
  static final String SECRET = "fuxin-webhook-secret-0001";

  /** One request as received. */
  record Received(String idempotencyKey, String timestamp, String signature, byte[] body,
      WebhookSignature.Verdict verdict, int status) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final WebhookSignature signature;
  private final List<Received> requests = new CopyOnWriteArrayList<>();
  private final Set<NotificationKey> applied = ConcurrentHashMap.newKeySet();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicReference<CountDownLatch> hold = new AtomicReference<>();
  private volatile int failureStatus = 500;
  private volatile int repeatStatus = 409;

  private WebhookReceiver(String secret) throws IOException {
    signature = new WebhookSignature(secret);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hooks/civicgrid", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** A receiver sharing {@link #SECRET} with the notifier. */
  static WebhookReceiver start() throws IOException {
    return new WebhookReceiver(SECRET);
  }

  /** A receiver that expects another secret than the notifier's. */
  static WebhookReceiver expecting(String secret) throws IOException {
    return new WebhookReceiver(secret);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/civicgrid");
  }

  /** Answers the next {@code count} requests with {@code status} before taking them. */
  void failNext(int count, int status) {
    failureStatus = status;
    failuresLeft.set(count);
  }

  /** How a repeated key is acknowledged: 409, or 200 "already have it". */
  void acknowledgeRepeatsWith(int status) {
    repeatStatus = status;
  }

  /** Holds the next request (after taking it) until the returned latch is counted down. */
  CountDownLatch holdNext() {
    CountDownLatch latch = new CountDownLatch(1);
    hold.set(latch);
    return latch;
  }

  /** Keys of the requests that passed verification, whatever the answer. */
  Set<NotificationKey> receivedKeys() {
    return requests.stream().filter(r -> r.verdict() == WebhookSignature.Verdict.VALID)
        .map(r -> NotificationKey.of(r.idempotencyKey())).collect(ImmutableSet.toImmutableSet());
  }

  /** Keys that took effect, each once. */
  Set<NotificationKey> appliedKeys() {
    return ImmutableSet.copyOf(applied);
  }

  ImmutableList<Received> requests() {
    return ImmutableList.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String key = exchange.getRequestHeaders().getFirst(WebhookNotifier.IDEMPOTENCY_KEY_HEADER);
    String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
    String signed = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
    WebhookSignature.Verdict verdict =
        signature.verify(timestamp, signed, body, Instant.now(), WebhookSignature.DEFAULT_TOLERANCE);
    int status = answer(verdict, key);
    requests.add(new Received(key, timestamp, signed, body, verdict, status));
    CountDownLatch latch = hold.getAndSet(null);
    if (latch != null) {
      awaitQuietly(latch);
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private int answer(WebhookSignature.Verdict verdict, String key) {
    if (verdict != WebhookSignature.Verdict.VALID) {
      return 401;
    }
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return failureStatus;
    }
    return applied.add(NotificationKey.of(key)) ? 200 : repeatStatus;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
