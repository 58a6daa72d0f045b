package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migration runner on an in-memory H2 database, with two scripts of the tests' own. */
class MigrationsTest {
  private static final String WHERE = "test database";
  private static final Map<String, String> PLACEHOLDERS = Dialect.H2.placeholders(BoundaryEncoding.WKB);
  private final Migrations migrations = Migrations.in("org/civicgrid/examples/jdbc/migration-test/");
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL");
  }

  @AfterEach
  void disconnect() throws SQLException {
    connection.close();
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  @Test
  void readsTheScriptsInOrderWithTheirDescriptions() {
    assertThat(migrations.scripts()).extracting(Migrations.Script::version).containsExactly(1, 2);
    assertThat(migrations.scripts()).extracting(Migrations.Script::description)
        .containsExactly("districts", "district names");
    assertThat(Migrations.in(Migrations.LOCATION).scripts()).extracting(Migrations.Script::description)
        .containsExactly(
            "grid histories: a row per territory with its version, a row per revision",
            "points ledger: append-only entries, a row per person to serialise their writers",
            "grid boundaries: a row per territory with its version and coordinate system, a row per grid",
            "staff: a row per territory with its version and role catalogue, a row per member, assignment and absence",
            "cases: a summary row per case, its events as JSON, the outbox, its dead letters and every notification key used");
  }

  @Test
  void appliesWhatIsMissingOnceAndRecordsIt() throws SQLException {
    assertThat(migrations.migrate(connection, Dialect.H2, PLACEHOLDERS, WHERE)).containsExactly(1, 2);
    assertThat(migrations.migrate(connection, Dialect.H2, PLACEHOLDERS, WHERE)).isEmpty();

    assertThat(rows("SELECT code FROM district")).containsExactly("210902");
    assertThat(rows("SELECT description FROM schema_version ORDER BY version"))
        .containsExactly("districts", "district names");
    assertThat(rows("SELECT checksum FROM schema_version ORDER BY version")).containsExactlyElementsOf(
        migrations.scripts().stream().map(s -> Long.toString(s.checksum())).toList());
  }

  @Test
  void aChangedScriptStopsTheMigration() throws SQLException {
    migrations.migrate(connection, Dialect.H2, PLACEHOLDERS, WHERE);
    connection.createStatement().execute("UPDATE schema_version SET checksum = 42 WHERE version = 1");
    connection.commit();
    assertThatThrownBy(() -> migrations.migrate(connection, Dialect.H2, PLACEHOLDERS, WHERE))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
        .hasMessageContainingAll(WHERE, "migration V1 (districts)", "recorded 42");
  }

  @Test
  void aSchemaNewerThanTheScriptsStopsTheMigration() throws SQLException {
    migrations.migrate(connection, Dialect.H2, PLACEHOLDERS, WHERE);
    connection.createStatement().execute(
        "INSERT INTO schema_version (version, description, checksum) VALUES (3, 'later', 0)");
    connection.commit();
    assertThatThrownBy(() -> migrations.migrate(connection, Dialect.H2, PLACEHOLDERS, WHERE))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
        .hasMessageContainingAll("version 3", "versions 1 to 2");
  }

  @Test
  void anUnknownPlaceholderIsAMistakeOfThePlugin() {
    assertThatThrownBy(() -> migrations.migrate(connection, Dialect.H2, ImmutableMap.of("binary_order", ""), WHERE))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("${boundary_index}");
  }

  @Test
  void aFolderWithoutScriptsHasNone() {
    assertThat(Migrations.in("org/civicgrid/examples/jdbc/nothing-here/").scripts()).isEmpty();
  }
}
