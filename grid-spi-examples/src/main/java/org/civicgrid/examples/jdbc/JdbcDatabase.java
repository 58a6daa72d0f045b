package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open database of the plugin: its connection pool, its dialect and how it stores boundaries,
 * and the one way the stores talk to it, {@link #inTransaction}. Opening it connects once, chooses
 * the boundary encoding, creates the schema if needed and applies the migrations the database
 * lacks, then starts the pool. Thread-safe; closing it closes the pool.
 *
 * <p>Why a pool (HikariCP): the stores are used from many threads at once, a new PostgreSQL
 * connection costs a network round trip and an authentication, and the pool's maximum size keeps
 * the application within the server's connection limit. HikariCP is small, has no dependency but
 * SLF4J, and never logs the password.
 */
final class JdbcDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);
  private static final int ATTEMPTS = 5;
  private static final EmbeddedFiles EMBEDDED = new EmbeddedFiles();

  /** Work done on one connection inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final ConnectionSettings settings;
  private final Dialect dialect;
  private final BoundaryEncoding encoding;
  private final String where;
  private final HikariDataSource pool;
  private volatile boolean closed;

  private JdbcDatabase(ConnectionSettings settings, BoundaryEncoding encoding, HikariDataSource pool) {
    this.settings = settings;
    this.dialect = settings.dialect();
    this.encoding = encoding;
    this.where = settings.describe();
    this.pool = pool;
  }

  /**
   * Opens the database {@code settings} describe and brings its schema up to date.
   *
   * @throws CivicGridException with {@link ErrorCode#STORAGE_FAILED} when the database cannot be
   *     reached or logged into, or its schema cannot be brought up to date; the message says which
   *     and never shows the password
   */
  static JdbcDatabase open(ConnectionSettings settings) {
    EMBEDDED.opening(settings);
    try {
      return start(settings);
    } catch (RuntimeException e) {
      EMBEDDED.closed(settings, Optional.empty());
      throw e;
    }
  }

  private static JdbcDatabase start(ConnectionSettings settings) {
    Dialect dialect = settings.dialect();
    String where = settings.describe();
    Optional<String> searchPath;
    BoundaryEncoding encoding;
    try (Connection connection = connect(settings, Optional.empty())) {
      try {
        Optional<String> postgis = dialect == Dialect.POSTGRESQL ? postgisSchema(connection) : Optional.empty();
        searchPath = searchPath(connection, settings, postgis);
        encoding = encoding(connection, settings, postgis.isPresent());
        ImmutableList<Integer> applied = Migrations.in(Migrations.LOCATION)
            .migrate(connection, dialect, dialect.placeholders(encoding), where);
        if (!applied.isEmpty()) {
          LOG.info("{}: applied migrations {}; boundaries stored as {}", where, applied, encoding);
        }
      } catch (SQLException e) {
        throw failure(where, "prepare the schema", e);
      }
    } catch (SQLException e) {
      throw failure(where, "close the connection that prepared the schema", e);
    }
    try {
      return new JdbcDatabase(settings, encoding, new HikariDataSource(poolConfig(settings, searchPath)));
    } catch (RuntimeException e) {
      throw new CivicGridException(ErrorCode.STORAGE_FAILED, where + " could not start its connection pool: " + e, e);
    }
  }

  BoundaryEncoding encoding() {
    return encoding;
  }

  /** Throws {@link IllegalStateException} once the database is closed. */
  void checkOpen() {
    checkState(!closed, "%s is closed", where);
  }

  /**
   * Runs {@code work} in one transaction and commits it; rolls back if it throws. A clash with a
   * concurrent transaction that the database resolves by failing one of them ({@link
   * Dialect#isTransient}) is retried a few times, so {@code work} must do nothing but SQL.
   *
   * @param purpose what the work does, for the message of a failure: "save territory x"
   * @throws CivicGridException with {@link ErrorCode#STORAGE_FAILED} naming the purpose when SQL
   *     fails; exceptions {@code work} throws itself pass through unchanged
   * @throws IllegalStateException when the database is closed
   */
  <T> T inTransaction(String purpose, Work<T> work) {
    checkOpen();
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = pool.getConnection()) {
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      } catch (SQLException e) {
        if (attempt < ATTEMPTS && dialect.isTransient(e)) {
          LOG.debug("{}: retrying '{}' after {}", where, purpose, e.toString());
          continue;
        }
        checkOpen();
        throw failure(where, purpose, e);
      }
    }
  }

  /** Closes the pool, and the embedded database file when no other storage has it open; idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    EMBEDDED.closed(settings, Optional.of(pool));
  }

  @Override
  public String toString() {
    return where;
  }

  private static CivicGridException failure(String where, String purpose, SQLException e) {
    return new CivicGridException(ErrorCode.STORAGE_FAILED,
        where + " could not " + purpose + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
  }

  /** A new connection outside the pool, as the bootstrap and the embedded file's shutdown use. */
  static Connection connect(ConnectionSettings settings, Optional<String> searchPath) {
    String where = settings.describe();
    Properties properties = settings.driverProperties(searchPath);
    settings.user().ifPresent(user -> properties.setProperty("user", user));
    settings.password().ifPresent(password -> properties.setProperty("password", password));
    Connection connection;
    try {
      Driver driver = (Driver) Class.forName(settings.dialect().driverClass(), true,
          JdbcDatabase.class.getClassLoader()).getDeclaredConstructor().newInstance();
      connection = driver.connect(settings.url(), properties);
    } catch (SQLException e) {
      throw failure(where, "connect" + settings.user().map(u -> " as user " + u).orElse(""), e);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new CivicGridException(ErrorCode.PLUGIN_UNAVAILABLE,
          where + ": JDBC driver " + settings.dialect().driverClass() + " cannot be loaded: " + e, e);
    }
    if (connection == null) {
      throw new CivicGridException(ErrorCode.PLUGIN_CONFIG_INVALID,
          where + ": the url is not one the " + settings.dialect().driverClass() + " driver accepts");
    }
    return connection;
  }

  /** The schema of the PostGIS extension if it is installed in the database. */
  private static Optional<String> postgisSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT n.nspname FROM pg_extension e "
            + "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'")) {
      return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
    }
  }

  /**
   * Creates the plugin's schema if it is missing, makes {@code connection} use it and returns the
   * search path every connection needs: the schema, then PostGIS's for its functions and types.
   * Empty for H2, which uses its default schema.
   */
  private static Optional<String> searchPath(Connection connection, ConnectionSettings settings,
      Optional<String> postgis) throws SQLException {
    if (settings.schema().isEmpty()) {
      return Optional.empty();
    }
    String schema = settings.schema().get();
    try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      exists.setString(1, schema);
      try (ResultSet rows = exists.executeQuery()) {
        if (!rows.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
          } catch (SQLException e) {
            // Instances starting together race here; the loser finds the winner's schema.
            if (!Dialect.isUniqueViolation(e)) {
              throw e;
            }
          }
        }
      }
    }
    String path = schema + postgis.filter(s -> !s.equals(schema)).map(s -> "," + s).orElse("");
    try (Statement set = connection.createStatement()) {
      set.execute("SET search_path TO " + quote(schema)
          + postgis.filter(s -> !s.equals(schema)).map(s -> ", " + quote(s)).orElse(""));
    }
    return Optional.of(path);
  }

  /** Keeps what an existing schema has; for a new one, follows the setting and what is installed. */
  private static BoundaryEncoding encoding(Connection connection, ConnectionSettings settings, boolean postgis)
      throws SQLException {
    GeometryFormat wanted = settings.geometry();
    Optional<String> existing = Optional.empty();
    try (PreparedStatement column = connection.prepareStatement("SELECT data_type FROM information_schema.columns "
        + "WHERE table_schema = current_schema() AND table_name = 'boundary' AND column_name = 'area'")) {
      try (ResultSet rows = column.executeQuery()) {
        if (rows.next()) {
          existing = Optional.of(rows.getString(1));
        }
      }
    }
    String where = settings.describe();
    if (existing.isPresent()) {
      // PostgreSQL reports a PostGIS column as USER-DEFINED, a bytea as bytea (H2: BINARY VARYING).
      BoundaryEncoding found = existing.get().equalsIgnoreCase("USER-DEFINED") ? BoundaryEncoding.POSTGIS
          : BoundaryEncoding.WKB;
      if (wanted != GeometryFormat.AUTO && !wanted.name().equals(found.name())) {
        throw new CivicGridException(ErrorCode.STORAGE_FAILED, where + " keeps boundaries as " + found
            + " already, so geometry=" + wanted.name().toLowerCase(Locale.ROOT)
            + " cannot apply; use geometry=auto or another schema");
      }
      return found;
    }
    if (wanted == GeometryFormat.POSTGIS && !postgis) {
      throw new CivicGridException(ErrorCode.STORAGE_FAILED, where + ": geometry=postgis, but the PostGIS extension"
          + " is not installed in the database; a superuser runs CREATE EXTENSION postgis, or use geometry=auto");
    }
    if (wanted == GeometryFormat.AUTO && !postgis && settings.dialect() == Dialect.POSTGRESQL) {
      LOG.info("{}: PostGIS is not installed in the database, so boundaries are stored as WKB", where);
    }
    return wanted == GeometryFormat.WKB || !postgis ? BoundaryEncoding.WKB : BoundaryEncoding.POSTGIS;
  }

  private static HikariConfig poolConfig(ConnectionSettings settings, Optional<String> searchPath) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("civicgrid-" + settings.dialect().pluginId());
    config.setDriverClassName(settings.dialect().driverClass());
    config.setJdbcUrl(settings.url());
    settings.user().ifPresent(config::setUsername);
    settings.password().ifPresent(config::setPassword);
    // A connection property, not an init statement: SET is transactional, so a rollback would undo it.
    config.setDataSourceProperties(settings.driverProperties(searchPath));
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(1);
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setAutoCommit(false);
    return config;
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
