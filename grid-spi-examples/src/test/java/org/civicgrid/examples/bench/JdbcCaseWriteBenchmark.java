package org.civicgrid.examples.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.spi.Config;
import org.civicgrid.examples.jdbc.PostgresCaseStorageFactory;
import org.civicgrid.examples.jdbc.PostgresTestServer;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStoreFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Case writes per second through plugin {@code postgresql} (issue 6's throughput figure). One
 * operation is one {@code CaseStore.save} of a new case whose file holds 4 events (report, accept,
 * file, dispatch to Changyuan's grid worker, made with {@code CaseFile.execute} in the measured code)
 * and 1 notification: one transaction inserting the summary row, 4 event rows, the notification key
 * and 1 outbox row, committed with the server's durability settings. The batch size is therefore 4
 * events + 1 notification per transaction; {@value #WRITERS} threads write at once through a pool of
 * as many connections (change with {@code -t}; the pool follows). The server is the online tests'
 * ({@code civicgrid.test.postgresql.*}); the benchmark writes to schema {@value #SCHEMA}, dropped
 * before and after.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(JdbcCaseWriteBenchmark.WRITERS)
@Fork(1)
public class JdbcCaseWriteBenchmark {
  static final int WRITERS = 4;
  private static final String SCHEMA = "civicgrid_bench";

  private CaseStorage storage;

  /** Each thread's case ids: a random prefix and a counter. */
  @State(Scope.Thread)
  public static class Writer {
    private final String prefix = "b" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private long next;

    CaseId nextCase() {
      return CaseId.of(prefix + next++);
    }
  }

  @Setup(Level.Trial)
  public void openStorage(BenchmarkParams params) throws SQLException {
    dropSchema();
    var factory = new PostgresCaseStorageFactory();
    storage = factory.create(Config.validate(factory.id(), factory.parameters(),
        PostgresTestServer.config(SCHEMA, Map.of("pool.max-size", Integer.toString(params.getThreads())))));
  }

  @TearDown(Level.Trial)
  public void closeStorage() throws SQLException {
    storage.close();
    dropSchema();
  }

  private static void dropSchema() throws SQLException {
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Benchmark
  public long saveNewCaseWithFourEventsAndOneNotification(Writer writer) {
    CaseFile dispatched = CaseStoreFixtures.after(writer.nextCase(), 3);
    return storage.cases().save(dispatched, 0, List.of(CaseStoreFixtures.noticeOf(dispatched)));
  }
}
