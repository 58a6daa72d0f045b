package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * Brings a database's schema up to date with the versioned SQL scripts the plugin ships: {@code
 * V1.sql}, {@code V2.sql}, … in {@link #LOCATION}, each applied once, in order, and recorded in
 * table {@code schema_version} with the CRC-32 of its text. A script already applied must not
 * change: a different checksum, or a version the plugin does not know, stops the start.
 *
 * <p>A script's first line is a {@code --} comment describing it. Statements end with {@code ;} at
 * the end of a line and contain no other {@code ;}; lines starting with {@code --} are comments.
 * {@code ${name}} is replaced by the dialect's value ({@link Dialect#placeholders}) before running,
 * after the checksum is taken, so one script serves every dialect; a statement that is empty after
 * replacement is skipped.
 *
 * <p>On PostgreSQL the whole migration is one transaction under an advisory lock, so instances
 * starting together migrate once and a failing script leaves nothing behind. H2 commits each DDL
 * statement, so there a failing script can leave part of itself; one JVM lock serialises H2
 * migrations. Immutable and thread-safe.
 */
final class Migrations {
  /** Where the plugin's scripts are, as a class-path resource folder. */
  static final String LOCATION = "org/civicgrid/examples/jdbc/migration/";

  private static final Object H2_LOCK = new Object();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
  private static final Pattern END_OF_STATEMENT = Pattern.compile(";\\s*(\r?\n|$)");

  /** One shipped script. */
  record Script(int version, String description, String text, long checksum) {}

  private final ImmutableList<Script> scripts;

  private Migrations(ImmutableList<Script> scripts) {
    this.scripts = scripts;
  }

  /** The scripts in {@code location}: V1.sql, V2.sql, … up to the first number missing. */
  static Migrations in(String location) {
    ImmutableList.Builder<Script> scripts = ImmutableList.builder();
    ClassLoader loader = Migrations.class.getClassLoader();
    for (int version = 1; ; version++) {
      URL url = loader.getResource(location + "V" + version + ".sql");
      if (url == null) {
        break;
      }
      String text;
      try {
        text = Resources.toString(url, StandardCharsets.UTF_8).replace("\r\n", "\n");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration " + url, e);
      }
      checkArgument(text.startsWith("-- "), "migration %s must start with a -- comment describing it", url);
      String description = text.substring(3, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')).strip();
      CRC32 crc = new CRC32();
      crc.update(text.getBytes(StandardCharsets.UTF_8));
      scripts.add(new Script(version, description, text, crc.getValue()));
    }
    return new Migrations(scripts.build());
  }

  /** The scripts, oldest first. */
  ImmutableList<Script> scripts() {
    return scripts;
  }

  /**
   * Applies the scripts {@code connection}'s database lacks and commits; leaves the connection's
   * auto-commit off.
   *
   * @param where the database, as messages name it
   * @return the versions applied now, empty when the schema was up to date
   * @throws CivicGridException with {@link ErrorCode#STORAGE_FAILED} when an applied script changed
   *     or the database has a version this plugin does not know
   * @throws SQLException when a statement fails; nothing of the migration is kept on PostgreSQL
   */
  ImmutableList<Integer> migrate(Connection connection, Dialect dialect, Map<String, String> placeholders,
      String where) throws SQLException {
    if (dialect.migrationLock().isPresent()) {
      return migrateLocked(connection, dialect, placeholders, where);
    }
    synchronized (H2_LOCK) {
      return migrateLocked(connection, dialect, placeholders, where);
    }
  }

  private ImmutableList<Integer> migrateLocked(Connection connection, Dialect dialect,
      Map<String, String> placeholders, String where) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      // Taken before creating the table: concurrent CREATE TABLE IF NOT EXISTS races on PostgreSQL.
      if (dialect.migrationLock().isPresent()) {
        statement.execute(dialect.migrationLock().get());
      }
      statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
          + "description VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, "
          + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
      Map<Integer, Long> applied = applied(connection);
      check(applied, where);
      ImmutableList.Builder<Integer> done = ImmutableList.builder();
      for (Script script : scripts) {
        if (!applied.containsKey(script.version())) {
          apply(connection, script, placeholders);
          done.add(script.version());
        }
      }
      connection.commit();
      return done.build();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  private static Map<Integer, Long> applied(Connection connection) throws SQLException {
    Map<Integer, Long> applied = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
      while (rows.next()) {
        applied.put(rows.getInt(1), rows.getLong(2));
      }
    }
    return applied;
  }

  private void check(Map<Integer, Long> applied, String where) {
    for (Map.Entry<Integer, Long> row : applied.entrySet()) {
      int version = row.getKey();
      if (version > scripts.size()) {
        throw new CivicGridException(ErrorCode.STORAGE_FAILED, where + ": the schema is at version " + version
            + ", newer than this plugin, which knows versions 1 to " + scripts.size() + "; upgrade the plugin");
      }
      Script script = scripts.get(version - 1);
      if (script.checksum() != row.getValue()) {
        throw new CivicGridException(ErrorCode.STORAGE_FAILED, where + ": migration V" + version + " ("
            + script.description() + ") was changed after it was applied: checksum " + script.checksum() + " but the database recorded "
            + row.getValue() + "; ship changes as a new migration instead");
      }
    }
  }

  private static void apply(Connection connection, Script script, Map<String, String> placeholders)
      throws SQLException {
    String sql = replace(script, placeholders);
    try (Statement statement = connection.createStatement()) {
      for (String each : END_OF_STATEMENT.split(sql)) {
        String body = withoutComments(each);
        if (!body.isEmpty()) {
          statement.execute(body);
        }
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO schema_version (version, description, checksum) VALUES (?, ?, ?)")) {
      insert.setInt(1, script.version());
      insert.setString(2, script.description());
      insert.setLong(3, script.checksum());
      insert.executeUpdate();
    }
  }

  private static String replace(Script script, Map<String, String> placeholders) {
    Matcher matcher = PLACEHOLDER.matcher(script.text());
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = placeholders.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("migration V" + script.version() + " uses unknown placeholder "
            + matcher.group());
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(out).toString();
  }

  private static String withoutComments(String statement) {
    StringBuilder body = new StringBuilder();
    for (String line : statement.split("\n")) {
      if (!line.strip().startsWith("--")) {
        body.append(line).append('\n');
      }
    }
    return body.toString().strip();
  }
}
