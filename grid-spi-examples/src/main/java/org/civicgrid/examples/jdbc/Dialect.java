package org.civicgrid.examples.jdbc;

import com.google.common.collect.ImmutableMap;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What differs between the databases the plugin runs on; everything else is the same SQL. The
 * migration scripts use the placeholders {@link #placeholders} fills in, so one script serves both.
 * Immutable.
 */
enum Dialect {
  /** PostgreSQL 12 or newer, PostGIS optional. */
  POSTGRESQL("postgresql", "org.postgresql.Driver", " COLLATE \"C\"",
      Optional.of("SELECT pg_advisory_xact_lock(hashtext('civicgrid-migration ' || current_schema()))")),
  /**
   * H2 2.x in PostgreSQL mode, one file, one process. Its DDL commits at once, so a migration is
   * serialised by a lock in the JVM instead of a table lock; a second process cannot open the file.
   */
  H2("embedded", "org.h2.Driver", "", Optional.empty());

  private final String pluginId;
  private final String driverClass;
  private final String binaryOrder;
  private final Optional<String> migrationLock;

  Dialect(String pluginId, String driverClass, String binaryOrder, Optional<String> migrationLock) {
    this.pluginId = pluginId;
    this.driverClass = driverClass;
    this.binaryOrder = binaryOrder;
    this.migrationLock = migrationLock;
  }

  /** The id of the plugin that runs on this database, for messages. */
  String pluginId() {
    return pluginId;
  }

  /** The JDBC driver's class, loaded only when the plugin is used. */
  String driverClass() {
    return driverClass;
  }

  /**
   * The values of the migration scripts' placeholders. {@code ${binary_order}} makes a key column
   * sort like Java's {@code String.compareTo} (PostgreSQL's default collation follows the locale and
   * would page territories in another order than the in-memory store); H2 compares binary anyway.
   */
  ImmutableMap<String, String> placeholders(BoundaryEncoding encoding) {
    return ImmutableMap.of(
        "binary_order", binaryOrder,
        "geometry", encoding.columnType(),
        "boundary_index", encoding.indexStatement());
  }

  /**
   * The statement that keeps a second process from migrating the same schema at the same time,
   * held until the migration's transaction ends; empty where the database has none.
   */
  Optional<String> migrationLock() {
    return migrationLock;
  }

  /**
   * Whether {@code e} is a clash with a concurrent transaction that a retry of the whole
   * transaction resolves: a serialisation failure or deadlock (both databases), or H2's lock
   * timeout and concurrent update of a row.
   */
  boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    if ("40001".equals(state) || "40P01".equals(state)) {
      return true;
    }
    return this == H2 && ("HYT00".equals(state) || e.getErrorCode() == 90131);
  }

  /** Whether {@code e} is a unique-key violation; the SQL standard's code, which both databases use. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
