package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.store.CaseQuery;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the case tables of plugin {@code postgresql} look like to the database: reading a grid's open
 * cases is an index scan, a failing statement is a {@code STORAGE_FAILED} naming the case, a mangled
 * row is a {@code MALFORMED_INPUT} naming the event. Each test works in a schema of its own and drops
 * it afterwards.
 */
class PostgresCaseSchemaTest {
  private final String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @AfterEach
  void dropTheSchema() throws SQLException {
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema + ", public");
      statement.execute(sql);
    }
  }

  /** A reported case in grid {@code 2109020010nn} of Changyuan subdistrict. */
  private static CaseFile reportedIn(CaseId id, int grid) {
    Case intake = Case.builder(id).category("05.03")
        .place(CasePlace.in(GridCode.of(String.format("2109020010%02d", grid))))
        .channel(Channel.GRID_GROUP).description("A car has blocked the fire lane.").build();
    return CaseFile.open(new CaseCommand.Report(CaseStoreFixtures.WORKER, CaseStoreFixtures.MORNING, intake));
  }

  @Test
  void aGridsOpenCasesAreReadThroughTheOpenGridIndex() throws SQLException {
    int grids = 40;
    try (CaseStorage storage = PostgresTestServer.caseStorage(schema)) {
      for (int i = 0; i < 1_000; i++) {
        storage.cases().save(reportedIn(CaseId.of(String.format("fx-%04d", i)), 1 + i % grids), 0, List.of());
      }
      assertThat(storage.cases().find(CaseQuery.open().within(CHANGYUAN), Optional.empty(), 500)).hasSize(25);
    }
    List<Object> arguments = new ArrayList<>();
    String sql = CaseQueries.select("case_id", CaseQuery.open().within(CHANGYUAN), Optional.empty(), 50, arguments);

    List<String> plan = new ArrayList<>();
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema + ", public");
      statement.execute("ANALYZE case_summary");
      try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
        for (int i = 0; i < arguments.size(); i++) {
          explain.setObject(i + 1, arguments.get(i));
        }
        try (ResultSet rows = explain.executeQuery()) {
          while (rows.next()) {
            plan.add(rows.getString(1));
          }
        }
      }
    }
    assertThat(String.join("\n", plan)).contains("case_summary_open_grid").doesNotContain("Seq Scan");
  }

  @Test
  void aFailingStatementIsAStorageFailureNamingTheCaseWithTheSqlExceptionAsCause() throws SQLException {
    try (CaseStorage storage = PostgresTestServer.caseStorage(schema)) {
      execute("DROP TABLE case_event");
      CaseFile file = CaseStoreFixtures.reported(CaseId.of("fx-0731"));

      assertThatThrownBy(() -> storage.cases().save(file, 0, List.of(CaseStoreFixtures.noticeOf(file))))
          .isInstanceOfSatisfying(CivicGridException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED);
            assertThat(e.getMessage()).contains("case fx-0731").contains(schema);
            assertThat(e.getCause()).isInstanceOf(SQLException.class);
          });
      assertThat(storage.cases().version(file.id())).isZero();
      assertThat(storage.outbox().pendingCount()).isZero();
    }
  }

  @Test
  void aMangledEventIsMalformedInputNamingTheCaseAndTheEvent() throws SQLException {
    try (CaseStorage storage = PostgresTestServer.caseStorage(schema)) {
      CaseFile file = CaseStoreFixtures.after(CaseId.of("fx-0732"), 2);
      storage.cases().save(file, 0, List.of());
      execute("UPDATE case_event SET content = '{\"command\":\"FILE\"}' WHERE case_id = 'fx-0732' AND seq = 2");

      assertThatThrownBy(() -> storage.cases().load(file.id()))
          .isInstanceOfSatisfying(CivicGridException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
            assertThat(e.getMessage()).contains("event 2 of case fx-0732");
          });
    }
  }
}
