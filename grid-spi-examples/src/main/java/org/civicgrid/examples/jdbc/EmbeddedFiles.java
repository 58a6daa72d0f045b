package org.civicgrid.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the open storages of each embedded database file and shuts the file down, with H2's
 * {@code SHUTDOWN}, when the last of them closes. H2 would otherwise close a file when its last
 * connection goes, in the background of whichever thread closed it, and a storage opening the same
 * file at that moment could read it half-written; so the file is opened with {@code
 * DB_CLOSE_DELAY=-1} and closed here, once, under a lock that an opening storage waits for.
 * Thread-safe; does nothing for PostgreSQL.
 */
final class EmbeddedFiles {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFiles.class);

  private final Map<String, Integer> open = new HashMap<>();

  /** Records that a storage is opening the file of {@code settings}. */
  synchronized void opening(ConnectionSettings settings) {
    if (settings.dialect() == Dialect.H2) {
      open.merge(settings.url(), 1, Integer::sum);
    }
  }

  /**
   * Records that a storage on the file of {@code settings} closed, or failed to open (no pool);
   * the last one shuts the file down through {@code pool}.
   */
  synchronized void closed(ConnectionSettings settings, Optional<DataSource> pool) {
    if (settings.dialect() != Dialect.H2) {
      return;
    }
    Integer left = open.merge(settings.url(), -1, Integer::sum);
    if (left != null && left > 0) {
      return;
    }
    open.remove(settings.url());
    if (pool.isPresent()) {
      try (Connection connection = pool.get().getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException e) {
        LOG.warn("{}: the database file did not shut down cleanly: {}", settings.describe(), e.toString());
      }
    }
  }
}
