package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.points.ActivityKind;
import org.civicgrid.core.points.Contribution;
import org.civicgrid.core.points.Earnings;
import org.civicgrid.core.points.EntryId;
import org.civicgrid.core.points.EntryKind;
import org.civicgrid.core.points.LedgerEntry;
import org.civicgrid.core.points.LedgerException;
import org.civicgrid.core.points.PointsAccount;
import org.civicgrid.core.points.Posting;
import org.civicgrid.core.points.SourceEventId;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.store.LedgerStore;

/**
 * The points ledger in table {@code ledger_entry}. An append runs the steps of {@code
 * LedgerStore}'s contract in one transaction: refuse a known event; find the person (a reversal's
 * is its entry's); lock the person's row in {@code ledger_person}, so their writers take turns,
 * read their entries and let {@link PointsAccount#admit} apply every per-person rule; insert under
 * an id from sequence {@code ledger_entry_id}. The unique event column turns the race of two
 * persons' postings of one event into the same duplicate refusal.
 *
 * <p>Ids increase in the order appends take their person's lock, so a person's statement pages in
 * the order it was written; appends of different persons running at the same moment may commit in
 * either order. Thread-safe.
 */
final class JdbcLedgerStore implements LedgerStore {
  private static final String COLUMNS = "entry_id, person_id, kind, points, event_id, occurred_second, "
      + "occurred_nano, activity, task_count, hours, reverses, note";

  private final JdbcDatabase database;

  JdbcLedgerStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public LedgerEntry append(Posting posting) {
    checkNotNull(posting, "posting");
    return database.inTransaction("append the posting of event " + posting.event(), connection -> {
      if (one(connection, "event_id = ?", posting.event().value()).isPresent()) {
        throw LedgerException.duplicateEvent(posting.event());
      }
      PersonId person = personOf(connection, posting);
      lock(connection, person);
      PointsAccount account = PointsAccount.of(person, entries(connection, person, 0, Integer.MAX_VALUE));
      LedgerEntry entry = account.admit(posting, nextId(connection));
      try {
        insert(connection, entry);
      } catch (SQLException e) {
        if (Dialect.isUniqueViolation(e)) {
          throw LedgerException.duplicateEvent(posting.event());
        }
        throw e;
      }
      return entry;
    });
  }

  @Override
  public Optional<LedgerEntry> entry(EntryId id) {
    checkNotNull(id, "id");
    return database.inTransaction("read ledger entry " + id, connection -> one(connection, "entry_id = ?", id.value()));
  }

  @Override
  public Optional<LedgerEntry> entryOfEvent(SourceEventId event) {
    checkNotNull(event, "event");
    return database.inTransaction("read the ledger entry of event " + event,
        connection -> one(connection, "event_id = ?", event.value()));
  }

  @Override
  public ImmutableList<LedgerEntry> statement(PersonId person, Optional<EntryId> after, int limit) {
    checkNotNull(person, "person");
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    return database.inTransaction("read the statement of " + person,
        connection -> entries(connection, person, after.map(EntryId::value).orElse(0L), limit));
  }

  /** The whole account in one query, so it is one consistent snapshot. */
  @Override
  public PointsAccount account(PersonId person) {
    checkNotNull(person, "person");
    return PointsAccount.of(person, database.inTransaction("read the account of " + person,
        connection -> entries(connection, person, 0, Integer.MAX_VALUE)));
  }

  @Override
  public ImmutableList<Earnings> topEarners(Instant from, Instant to, int limit) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "period ends %s before it starts %s", to, from);
    checkArgument(limit > 0, "limit %s must be positive", limit);
    String earned = "SUM(CASE WHEN e.kind = 'AWARD' THEN e.points ELSE -e.points END)";
    String sql = "SELECT e.person_id, " + earned + " AS earned FROM ledger_entry e "
        + "LEFT JOIN ledger_entry r ON r.entry_id = e.reverses "
        + "WHERE (e.kind = 'AWARD' OR r.kind = 'AWARD') "
        + "AND (e.occurred_second, e.occurred_nano) >= (?, ?) AND (e.occurred_second, e.occurred_nano) < (?, ?) "
        + "GROUP BY e.person_id HAVING " + earned + " > 0 ORDER BY earned DESC, e.person_id LIMIT ?";
    return database.inTransaction("rank the top earners from " + from + " to " + to, connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setLong(1, from.getEpochSecond());
        select.setInt(2, from.getNano());
        select.setLong(3, to.getEpochSecond());
        select.setInt(4, to.getNano());
        select.setInt(5, limit);
        ImmutableList.Builder<Earnings> ranking = ImmutableList.builder();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            ranking.add(new Earnings(PersonId.of(rows.getString(1)), rows.getLong(2)));
          }
        }
        return ranking.build();
      }
    });
  }

  private static PersonId personOf(Connection connection, Posting posting) throws SQLException {
    if (posting instanceof Posting.Award award) {
      return award.person();
    }
    if (posting instanceof Posting.Redemption redemption) {
      return redemption.person();
    }
    EntryId target = ((Posting.Reversal) posting).entry();
    return one(connection, "entry_id = ?", target.value()).map(LedgerEntry::person)
        .orElseThrow(() -> LedgerException.unknownEntry(target));
  }

  /** Creates the person's row if it is new and holds its lock until the transaction ends. */
  private static void lock(Connection connection, PersonId person) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO ledger_person (person_id) VALUES (?) ON CONFLICT DO NOTHING");
        PreparedStatement lock = connection.prepareStatement(
            "SELECT person_id FROM ledger_person WHERE person_id = ? FOR UPDATE")) {
      insert.setString(1, person.value());
      insert.executeUpdate();
      lock.setString(1, person.value());
      lock.executeQuery().close();
    }
  }

  private static EntryId nextId(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT nextval('ledger_entry_id')");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return EntryId.of(rows.getLong(1));
    }
  }

  private static Optional<LedgerEntry> one(Connection connection, String condition, Object key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM ledger_entry WHERE " + condition)) {
      select.setObject(1, key);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
      }
    }
  }

  private static ImmutableList<LedgerEntry> entries(Connection connection, PersonId person, long after, int limit)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
        + " FROM ledger_entry WHERE person_id = ? AND entry_id > ? ORDER BY entry_id LIMIT ?")) {
      select.setString(1, person.value());
      select.setLong(2, after);
      select.setInt(3, limit);
      ImmutableList.Builder<LedgerEntry> entries = ImmutableList.builder();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(entry(rows));
        }
      }
      return entries.build();
    }
  }

  private static void insert(Connection connection, LedgerEntry entry) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO ledger_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, entry.id().value());
      insert.setString(2, entry.person().value());
      insert.setString(3, entry.kind().name());
      insert.setInt(4, entry.points());
      insert.setString(5, entry.event().value());
      insert.setLong(6, entry.occurredAt().getEpochSecond());
      insert.setInt(7, entry.occurredAt().getNano());
      Optional<Contribution> contribution = entry.contribution();
      insert.setString(8, contribution.map(c -> c.kind().value()).orElse(null));
      if (contribution.orElse(null) instanceof Contribution.Tasks tasks) {
        insert.setInt(9, tasks.count());
      } else {
        insert.setNull(9, Types.INTEGER);
      }
      insert.setString(10, contribution.orElse(null) instanceof Contribution.Hours hours
          ? hours.duration().toString() : null);
      if (entry.reverses().isPresent()) {
        insert.setLong(11, entry.reverses().get().value());
      } else {
        insert.setNull(11, Types.BIGINT);
      }
      insert.setString(12, entry.note());
      insert.executeUpdate();
    }
  }

  private static LedgerEntry entry(ResultSet row) throws SQLException {
    EntryKind kind = EntryKind.valueOf(row.getString(3));
    Optional<Contribution> contribution = Optional.empty();
    if (kind == EntryKind.AWARD) {
      ActivityKind activity = ActivityKind.of(row.getString(8));
      String hours = row.getString(10);
      contribution = Optional.of(hours != null ? new Contribution.Hours(activity, Duration.parse(hours))
          : new Contribution.Tasks(activity, row.getInt(9)));
    }
    long target = row.getLong(11);
    Optional<EntryId> reverses = row.wasNull() ? Optional.empty() : Optional.of(EntryId.of(target));
    return new LedgerEntry(EntryId.of(row.getLong(1)), PersonId.of(row.getString(2)), kind, row.getInt(4),
        SourceEventId.of(row.getString(5)), Instant.ofEpochSecond(row.getLong(6), row.getInt(7)), contribution,
        reverses, row.getString(12));
  }
}
