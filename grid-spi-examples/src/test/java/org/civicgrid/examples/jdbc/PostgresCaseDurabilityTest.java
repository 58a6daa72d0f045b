package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.store.CaseQuery;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStoreFixtures;
import org.civicgrid.routing.store.CaseSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's durability acceptance test for plugin {@code postgresql}: a child JVM writes 10,000 cases
 * and dies abruptly in the middle of further writes ({@link AbruptlyStoppedCaseWriter}); a storage
 * opened afterwards has every acknowledged write, and every case whole: its state is the replay of
 * its log and the very state its writer built, its summary row agrees with that state, and the
 * outbox holds exactly one notification per stored case. A case whose write was in flight at the
 * halt is either all there or absent. Works in a schema of its own and drops it.
 */
class PostgresCaseDurabilityTest {
  private static final int CASES = 10_000;

  private final String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @AfterEach
  void dropTheSchema() throws SQLException {
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void everyAcknowledgedCaseWriteSurvivesTheWriterDyingAbruptly() throws Exception {
    PostgresTestServer.require();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), AbruptlyStoppedCaseWriter.class.getName(), schema,
        Integer.toString(CASES))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Map<CaseId, Integer> acknowledged = new HashMap<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      out.lines().map(line -> line.split(" ")).forEach(
          ack -> acknowledged.merge(CaseId.of(ack[0]), Integer.parseInt(ack[1]), Math::max));
    }
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as("halted, not closed").isEqualTo(3);
    assertThat(acknowledged).hasSize(CASES);

    try (CaseStorage reopened = PostgresTestServer.caseStorage(schema)) {
      Map<CaseId, CaseSummary> stored = new HashMap<>();
      Optional<CaseId> after = Optional.empty();
      while (true) {
        var page = reopened.cases().find(CaseQuery.all(), after, 1_000);
        page.forEach(summary -> stored.put(summary.id(), summary));
        if (page.size() < 1_000) {
          break;
        }
        after = Optional.of(page.get(page.size() - 1).id());
      }
      acknowledged.forEach((id, version) -> assertThat(stored.get(id)).as("case %s", id).isNotNull()
          .satisfies(summary -> assertThat(summary.version()).as("case %s", id).isGreaterThanOrEqualTo(version)));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Void>> checks = new ArrayList<>();
        for (CaseSummary summary : stored.values()) {
          checks.add(() -> {
            CaseFile file = reopened.cases().load(summary.id()).orElseThrow();
            CaseFile written = CaseStoreFixtures.after(summary.id(), 3);
            assertThat(file.state()).as("case %s", summary.id()).isEqualTo(CaseFile.replay(file.log()).state())
                .isEqualTo(written.state());
            assertThat(summary).isEqualTo(CaseSummary.of(file.state()));
            return null;
          });
        }
        for (Future<Void> check : pool.invokeAll(checks)) {
          check.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(reopened.outbox().pendingCount()).as("one notification per stored case").isEqualTo(stored.size());
    }
  }
}
