package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.store.CaseQuery;
import org.civicgrid.routing.store.CaseStore;
import org.civicgrid.routing.store.CaseSummary;

/**
 * Cases in tables {@code case_summary} and {@code case_event}, their notifications in {@code
 * case_outbox}. An append is one transaction: lock the case's summary row ({@code SELECT … FOR
 * UPDATE}; a new case's row is inserted with {@code ON CONFLICT DO NOTHING}, so of two creators one
 * inserts and the other finds the row) and compare its version; read the log and replay it with the
 * new events, so nothing that does not fit is stored; insert the events, rewrite the summary, claim
 * each notification key in {@code case_notification_key} and insert the outbox rows; commit. A
 * refusal throws inside the transaction, so nothing of it is written. Thread-safe.
 */
final class JdbcCaseStore implements CaseStore {
  private static final String SUMMARY_COLUMNS = "case_id, version, category, status, grid_code, "
      + "reported_second, reported_nano, last_second, last_nano";

  private final JdbcDatabase database;

  JdbcCaseStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public long append(CaseId caseId, long expectedVersion, List<CaseEvent> events, List<Notification> notifications) {
    checkNotNull(caseId, "caseId");
    checkArgument(expectedVersion >= 0, "case %s: expected version %s is negative", caseId, expectedVersion);
    ImmutableList<CaseEvent> added = ImmutableList.copyOf(checkNotNull(events, "case %s events", caseId));
    ImmutableList<Notification> outgoing =
        ImmutableList.copyOf(checkNotNull(notifications, "case %s notifications", caseId));
    checkArgument(!added.isEmpty(), "case %s: an append needs at least one event", caseId);
    for (int i = 0; i < added.size(); i++) {
      CaseEvent event = added.get(i);
      checkArgument(event.caseId().equals(caseId), "case %s: event %s belongs to case %s", caseId, event, event.caseId());
      checkArgument(event.sequence() == expectedVersion + 1 + i,
          "case %s: event %s should be number %s", caseId, event, expectedVersion + 1 + i);
    }
    Set<NotificationKey> keys = new HashSet<>();
    for (Notification notification : outgoing) {
      checkArgument(keys.add(notification.key()), "notification key %s appears twice in one append",
          notification.key());
    }
    return database.inTransaction("append " + added.size() + " events to case " + caseId, connection -> {
      CaseFile next;
      if (expectedVersion == 0) {
        next = CaseFile.replay(added);
        if (!insertSummary(connection, CaseSummary.of(next.state()))) {
          throw new VersionConflictException("case " + caseId, 0, storedVersion(connection, caseId, false));
        }
      } else {
        long actual = storedVersion(connection, caseId, true);
        if (actual != expectedVersion) {
          throw new VersionConflictException("case " + caseId, expectedVersion, actual);
        }
        next = CaseFile.replay(ImmutableList.<CaseEvent>builder().addAll(log(connection, caseId)).addAll(added).build());
        updateSummary(connection, CaseSummary.of(next.state()));
      }
      insertEvents(connection, added);
      JdbcOutbox.enqueue(connection, caseId, outgoing);
      return (long) next.version();
    });
  }

  @Override
  public Optional<CaseFile> load(CaseId caseId) {
    checkNotNull(caseId, "caseId");
    ImmutableList<CaseEvent> log = database.inTransaction("load case " + caseId, connection -> log(connection, caseId));
    return log.isEmpty() ? Optional.empty() : Optional.of(CaseFile.replay(log));
  }

  @Override
  public long version(CaseId caseId) {
    checkNotNull(caseId, "caseId");
    return database.inTransaction("read the version of case " + caseId,
        connection -> storedVersion(connection, caseId, false));
  }

  @Override
  public ImmutableList<CaseSummary> find(CaseQuery query, Optional<CaseId> after, int limit) {
    checkNotNull(query, "query");
    checkNotNull(after, "after");
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    List<Object> arguments = new ArrayList<>();
    String sql = CaseQueries.select(SUMMARY_COLUMNS, query, after, limit, arguments);
    return database.inTransaction("find cases " + query, connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < arguments.size(); i++) {
          select.setObject(i + 1, arguments.get(i));
        }
        ImmutableList.Builder<CaseSummary> page = ImmutableList.builder();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            page.add(summary(rows));
          }
        }
        return page.build();
      }
    });
  }

  /** The stored version, 0 for no case; with {@code lock}, the row stays locked until the transaction ends. */
  private static long storedVersion(Connection connection, CaseId caseId, boolean lock) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version FROM case_summary WHERE case_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      select.setString(1, caseId.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private ImmutableList<CaseEvent> log(Connection connection, CaseId caseId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT seq, content FROM case_event WHERE case_id = ? ORDER BY seq")) {
      select.setString(1, caseId.value());
      ImmutableList.Builder<CaseEvent> log = ImmutableList.builder();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int sequence = rows.getInt(1);
          try {
            log.add(CaseEventJson.event(caseId, sequence, rows.getString(2)));
          } catch (IOException | IllegalArgumentException e) {
            throw new CivicGridException(ErrorCode.MALFORMED_INPUT,
                database + ": event " + sequence + " of case " + caseId + " cannot be read: " + e.getMessage(), e);
          }
        }
      }
      return log.build();
    }
  }

  /** Inserts a new case's row; false when the case exists (or a concurrent writer just created it). */
  private static boolean insertSummary(Connection connection, CaseSummary summary) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_summary (" + SUMMARY_COLUMNS
        + ", is_open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      insert.setString(1, summary.id().value());
      insert.setLong(2, summary.version());
      insert.setString(3, summary.category());
      insert.setString(4, summary.status().name());
      insert.setString(5, summary.grid().map(GridCode::value).orElse(null));
      insert.setLong(6, summary.reportedAt().getEpochSecond());
      insert.setInt(7, summary.reportedAt().getNano());
      insert.setLong(8, summary.lastAt().getEpochSecond());
      insert.setInt(9, summary.lastAt().getNano());
      insert.setBoolean(10, summary.isOpen());
      return insert.executeUpdate() == 1;
    }
  }

  private static void updateSummary(Connection connection, CaseSummary summary) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE case_summary SET version = ?, category = ?, "
        + "status = ?, grid_code = ?, reported_second = ?, reported_nano = ?, last_second = ?, last_nano = ?, "
        + "is_open = ? WHERE case_id = ?")) {
      update.setLong(1, summary.version());
      update.setString(2, summary.category());
      update.setString(3, summary.status().name());
      update.setString(4, summary.grid().map(GridCode::value).orElse(null));
      update.setLong(5, summary.reportedAt().getEpochSecond());
      update.setInt(6, summary.reportedAt().getNano());
      update.setLong(7, summary.lastAt().getEpochSecond());
      update.setInt(8, summary.lastAt().getNano());
      update.setBoolean(9, summary.isOpen());
      update.setString(10, summary.id().value());
      update.executeUpdate();
    }
  }

  private static void insertEvents(Connection connection, List<CaseEvent> events) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO case_event (case_id, seq, kind, content) VALUES (?, ?, ?, ?)")) {
      for (CaseEvent event : events) {
        insert.setString(1, event.caseId().value());
        insert.setInt(2, event.sequence());
        insert.setString(3, event.what().name());
        insert.setString(4, CaseEventJson.of(event));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static CaseSummary summary(ResultSet row) throws SQLException {
    String grid = row.getString(5);
    return new CaseSummary(CaseId.of(row.getString(1)), row.getString(3), CaseStatus.valueOf(row.getString(4)),
        Optional.ofNullable(grid).map(GridCode::of), Instant.ofEpochSecond(row.getLong(6), row.getInt(7)),
        Instant.ofEpochSecond(row.getLong(8), row.getInt(9)), row.getLong(2));
  }
}
