package org.civicgrid.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the open storages of each embedded database file and shuts the file down, with H2's
 * {@code SHUTDOWN}, after the last of them has closed its pool. H2 would otherwise close a file
 * when its last connection goes, in whichever thread closed it, while a pool's background thread
 * or a storage opening the same file may be connecting; so the file is opened with {@code
 * DB_CLOSE_DELAY=-1} and closed here, once no pool is left, under a lock an opening storage waits
 * for. Thread-safe; for PostgreSQL it only closes the pool.
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
   * Closes {@code pool} (if the storage got as far as having one) and records that the storage on
   * the file of {@code settings} is gone; the last one shuts the file down.
   */
  void closed(ConnectionSettings settings, Optional<AutoCloseable> pool) {
    if (settings.dialect() != Dialect.H2) {
      pool.ifPresent(EmbeddedFiles::closeQuietly);
      return;
    }
    synchronized (this) {
      pool.ifPresent(EmbeddedFiles::closeQuietly);
      Integer left = open.merge(settings.url(), -1, Integer::sum);
      if (left != null && left > 0) {
        return;
      }
      open.remove(settings.url());
      try (Connection connection = JdbcDatabase.connect(settings, Optional.empty());
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException | CivicGridException e) {
        LOG.warn("{}: the database file did not shut down cleanly: {}", settings.describe(), e.toString());
      }
    }
  }

  private static void closeQuietly(AutoCloseable pool) {
    try {
      pool.close();
    } catch (Exception e) {
      LOG.warn("a connection pool failed to close: {}", e.toString());
    }
  }
}
