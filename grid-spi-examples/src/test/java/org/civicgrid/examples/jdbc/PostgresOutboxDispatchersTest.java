package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.routing.store.CaseStoreFixtures.after;
import static org.civicgrid.routing.store.CaseStoreFixtures.notice;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.store.CaseStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's acceptance test of the outbox claim: two dispatchers in separate JVMs ({@link
 * OutboxDispatcherProcess}) share one PostgreSQL outbox and deliver to a receiver in this JVM that
 * counts deliveries by idempotency key; every entry arrives exactly once, none is missing, and both
 * dispatchers took part. Works in a schema of its own and drops it.
 */
class PostgresOutboxDispatchersTest {
  private static final int CASES = 1_000;

  private final String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> byDispatcher = new ConcurrentHashMap<>();
  private final ExecutorService receiverThreads = Executors.newFixedThreadPool(4);

  @AfterEach
  void dropTheSchema() throws SQLException {
    receiverThreads.shutdownNow();
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private HttpServer receiver() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/deliver", exchange -> {
      exchange.getRequestBody().readAllBytes();
      deliveries.computeIfAbsent(exchange.getRequestHeaders().getFirst("Idempotency-Key"), key -> new AtomicInteger())
          .incrementAndGet();
      byDispatcher.computeIfAbsent(exchange.getRequestHeaders().getFirst("X-Dispatcher"), name -> new AtomicInteger())
          .incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.setExecutor(receiverThreads);
    server.start();
    return server;
  }

  private Process dispatcher(String name, HttpServer receiver) throws IOException {
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/deliver";
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), OutboxDispatcherProcess.class.getName(), schema, name, url)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  @Test
  void twoDispatchersInSeparateProcessesDeliverEveryEntryExactlyOnce() throws Exception {
    Set<NotificationKey> written = new HashSet<>();
    try (CaseStorage storage = PostgresTestServer.caseStorage(schema)) {
      for (int i = 0; i < CASES; i++) {
        CaseFile accepted = after(CaseId.of(String.format("fx-%04d", i)), 1);
        List<Notification> notices = List.of(notice(accepted, "gw-017"), notice(accepted, "sl-002"));
        storage.cases().save(accepted, 0, notices);
        notices.forEach(n -> written.add(n.key()));
      }
    }
    HttpServer receiver = receiver();
    try {
      List<Process> dispatchers = List.of(dispatcher("node-a", receiver), dispatcher("node-b", receiver));
      for (Process process : dispatchers) {
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
      }
    } finally {
      receiver.stop(0);
    }

    assertThat(deliveries.keySet()).hasSize(written.size())
        .containsExactlyInAnyOrderElementsOf(written.stream().map(NotificationKey::value).toList());
    assertThat(deliveries).allSatisfy((key, count) -> assertThat(count.get()).as(key).isEqualTo(1));
    assertThat(byDispatcher.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
    try (CaseStorage storage = PostgresTestServer.caseStorage(schema)) {
      assertThat(storage.outbox().pendingCount()).isZero();
    }
  }
}
