package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.notify.OutboxEntry;

/**
 * The outbox in table {@code case_outbox} (pending entries in write order, {@code seq} from sequence
 * {@code case_outbox_seq}) and {@code case_dead_letter}. A claim is one transaction: {@code SELECT …
 * ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED} picks due entries whose lease is free, skipping rows
 * another claimant is taking at that moment; {@code UPDATE} sets the lease and counts the attempt on
 * each, and the commit releases the row locks, so no lock is held during delivery. PostgreSQL and H2
 * 2.x both run this statement. PostgreSQL checks a row that another transaction changed after the
 * select began against the condition again before locking it; the update also requires the attempts
 * it read, which keeps H2 as safe whatever row version its select saw: a row claimed meanwhile is
 * left out. So no entry is leased twice. Thread-safe.
 */
final class JdbcOutbox implements Outbox {
  private static final String COLUMNS = "notification_key, case_id, notification, attempts, due_second, due_nano, "
      + "last_failure";

  private final JdbcDatabase database;

  JdbcOutbox(JdbcDatabase database) {
    this.database = database;
  }

  /**
   * Within an append's transaction: records each key as used and inserts the pending entries.
   *
   * @throws IllegalArgumentException naming the first key already used; the caller's transaction
   *     rolls back
   */
  static void enqueue(Connection connection, CaseId caseId, List<Notification> notifications) throws SQLException {
    if (notifications.isEmpty()) {
      return;
    }
    try (PreparedStatement use = connection.prepareStatement(
        "INSERT INTO case_notification_key (notification_key, case_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      for (Notification notification : notifications) {
        use.setString(1, notification.key().value());
        use.setString(2, caseId.value());
        checkArgument(use.executeUpdate() == 1, "notification key %s is already used in this storage",
            notification.key());
      }
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_outbox (seq, " + COLUMNS
        + ") VALUES (nextval('case_outbox_seq'), ?, ?, ?, 0, ?, ?, NULL)")) {
      for (Notification notification : notifications) {
        insert.setString(1, notification.key().value());
        insert.setString(2, caseId.value());
        insert.setString(3, NotificationJson.of(notification));
        insert.setLong(4, OutboxEntry.IMMEDIATELY.getEpochSecond());
        insert.setInt(5, OutboxEntry.IMMEDIATELY.getNano());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Override
  public ImmutableList<OutboxEntry> claim(String claimant, Instant now, Duration lease, int limit) {
    checkArgument(claimant != null && !claimant.isBlank(), "claimant %s must not be blank", claimant);
    checkNotNull(now, "now");
    checkArgument(checkNotNull(lease, "lease").compareTo(Duration.ZERO) > 0, "lease %s must be positive", lease);
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    Instant until = now.plus(lease);
    return database.inTransaction("claim outbox entries for " + claimant, connection -> {
      List<Long> seqs = new ArrayList<>();
      List<OutboxEntry> due = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT seq, " + COLUMNS + " FROM case_outbox "
          + "WHERE (due_second, due_nano) <= (?, ?) "
          + "AND (lease_second IS NULL OR (lease_second, lease_nano) <= (?, ?)) "
          + "ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
        select.setLong(1, now.getEpochSecond());
        select.setInt(2, now.getNano());
        select.setLong(3, now.getEpochSecond());
        select.setInt(4, now.getNano());
        select.setInt(5, limit);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            seqs.add(rows.getLong(1));
            due.add(entry(rows, 2));
          }
        }
      }
      ImmutableList.Builder<OutboxEntry> claimed = ImmutableList.builder();
      try (PreparedStatement update = connection.prepareStatement("UPDATE case_outbox SET claimant = ?, "
          + "lease_second = ?, lease_nano = ?, attempts = attempts + 1 WHERE seq = ? AND attempts = ?")) {
        for (int i = 0; i < seqs.size(); i++) {
          OutboxEntry entry = due.get(i);
          update.setString(1, claimant);
          update.setLong(2, until.getEpochSecond());
          update.setInt(3, until.getNano());
          update.setLong(4, seqs.get(i));
          update.setInt(5, entry.attempts());
          if (update.executeUpdate() == 1) {
            claimed.add(new OutboxEntry(entry.caseId(), entry.notification(), entry.attempts() + 1, entry.dueAt(),
                entry.lastFailure()));
          }
        }
      }
      return claimed.build();
    });
  }

  @Override
  public boolean delivered(NotificationKey key) {
    checkNotNull(key, "key");
    return database.inTransaction("record the delivery of " + key, connection -> {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM case_outbox WHERE notification_key = ?")) {
        delete.setString(1, key.value());
        return delete.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean retryLater(NotificationKey key, String claimant, Instant dueAt, String failure) {
    checkNotNull(key, "key");
    checkNotNull(claimant, "claimant");
    checkNotNull(dueAt, "dueAt");
    checkNotNull(failure, "failure");
    return database.inTransaction("schedule a retry of " + key, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE case_outbox SET due_second = ?, "
          + "due_nano = ?, last_failure = ?, claimant = NULL, lease_second = NULL, lease_nano = NULL "
          + "WHERE notification_key = ? AND claimant = ?")) {
        update.setLong(1, dueAt.getEpochSecond());
        update.setInt(2, dueAt.getNano());
        update.setString(3, failure);
        update.setString(4, key.value());
        update.setString(5, claimant);
        return update.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean deadLetter(NotificationKey key, String claimant, String failure) {
    checkNotNull(key, "key");
    checkNotNull(claimant, "claimant");
    checkNotNull(failure, "failure");
    return database.inTransaction("move " + key + " to the dead letters", connection -> {
      Optional<OutboxEntry> held;
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
          + " FROM case_outbox WHERE notification_key = ? AND claimant = ? FOR UPDATE")) {
        select.setString(1, key.value());
        select.setString(2, claimant);
        try (ResultSet rows = select.executeQuery()) {
          held = rows.next() ? Optional.of(entry(rows, 1)) : Optional.empty();
        }
      }
      if (held.isEmpty()) {
        return false;
      }
      OutboxEntry entry = held.get();
      move(connection, "DELETE FROM case_outbox WHERE notification_key = ?", key);
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO case_dead_letter (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        bind(insert, 1, entry);
        insert.setString(7, failure);
        insert.executeUpdate();
      }
      return true;
    });
  }

  @Override
  public boolean replay(NotificationKey key) {
    checkNotNull(key, "key");
    return database.inTransaction("replay dead letter " + key, connection -> {
      Optional<OutboxEntry> dead;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT " + COLUMNS + " FROM case_dead_letter WHERE notification_key = ? FOR UPDATE")) {
        select.setString(1, key.value());
        try (ResultSet rows = select.executeQuery()) {
          dead = rows.next() ? Optional.of(entry(rows, 1)) : Optional.empty();
        }
      }
      if (dead.isEmpty()) {
        return false;
      }
      move(connection, "DELETE FROM case_dead_letter WHERE notification_key = ?", key);
      OutboxEntry entry = dead.get();
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO case_outbox (seq, " + COLUMNS + ") VALUES (nextval('case_outbox_seq'), ?, ?, ?, ?, ?, ?, ?)")) {
        bind(insert, 1, new OutboxEntry(entry.caseId(), entry.notification(), 0, OutboxEntry.IMMEDIATELY,
            entry.lastFailure()));
        insert.setString(7, entry.lastFailure().orElse(null));
        insert.executeUpdate();
      }
      return true;
    });
  }

  @Override
  public ImmutableList<OutboxEntry> deadLetters(Optional<NotificationKey> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    return database.inTransaction("list dead letters", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
          + " FROM case_dead_letter WHERE notification_key > ? ORDER BY notification_key LIMIT ?")) {
        select.setString(1, after.map(NotificationKey::value).orElse(""));
        select.setInt(2, limit);
        ImmutableList.Builder<OutboxEntry> page = ImmutableList.builder();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            page.add(entry(rows, 1));
          }
        }
        return page.build();
      }
    });
  }

  @Override
  public long pendingCount() {
    return database.inTransaction("count pending outbox entries", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM case_outbox");
          ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  private static void move(Connection connection, String delete, NotificationKey key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(delete)) {
      statement.setString(1, key.value());
      statement.executeUpdate();
    }
  }

  /** Binds the entry's first six {@link #COLUMNS} from parameter {@code first} on. */
  private static void bind(PreparedStatement statement, int first, OutboxEntry entry) throws SQLException {
    statement.setString(first, entry.key().value());
    statement.setString(first + 1, entry.caseId().value());
    statement.setString(first + 2, NotificationJson.of(entry.notification()));
    statement.setInt(first + 3, entry.attempts());
    statement.setLong(first + 4, entry.dueAt().getEpochSecond());
    statement.setInt(first + 5, entry.dueAt().getNano());
  }

  /** The entry whose {@link #COLUMNS} start at column {@code first}. */
  private OutboxEntry entry(ResultSet row, int first) throws SQLException {
    String key = row.getString(first);
    Notification notification;
    try {
      notification = NotificationJson.notification(row.getString(first + 2));
    } catch (IOException | IllegalArgumentException e) {
      throw new CivicGridException(ErrorCode.MALFORMED_INPUT,
          database + ": outbox entry " + key + " cannot be read: " + e.getMessage(), e);
    }
    return new OutboxEntry(CaseId.of(row.getString(first + 1)), notification, row.getInt(first + 3),
        Instant.ofEpochSecond(row.getLong(first + 4), row.getInt(first + 5)),
        Optional.ofNullable(row.getString(first + 6)));
  }
}
