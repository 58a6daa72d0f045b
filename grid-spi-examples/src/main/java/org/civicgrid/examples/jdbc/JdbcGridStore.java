package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.history.GridHistory;
import org.civicgrid.core.history.Revision;
import org.civicgrid.core.store.GridStore;
import org.civicgrid.core.store.TerritoryId;

/**
 * Grid histories in tables {@code grid_territory} (the version, see {@link TerritoryTable}) and
 * {@code grid_revision} (what each revision did, see {@link RevisionJson}). A save claims the next
 * version and appends the new revisions in one transaction; nothing already stored is rewritten.
 * Loading replays the rows, so it costs what {@link GridHistory#apply} costs for each revision.
 * Thread-safe.
 */
final class JdbcGridStore implements GridStore {
  private final JdbcDatabase database;

  /** One stored revision as read, before it is replayed. */
  private record Row(int number, LocalDate effective, String reason, String content) {}

  JdbcGridStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<GridHistory> load(TerritoryId territory) {
    checkNotNull(territory, "territory");
    // One statement, so one snapshot: the revisions up to the version read with them.
    List<Row> rows = database.inTransaction("load the history of territory " + territory, connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT r.revision, r.effective, r.reason, "
          + "r.content FROM grid_territory t JOIN grid_revision r ON r.territory_id = t.territory_id "
          + "AND r.revision <= t.version WHERE t.territory_id = ? ORDER BY r.revision")) {
        select.setString(1, territory.value());
        List<Row> read = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            read.add(new Row(result.getInt(1), result.getObject(2, LocalDate.class), result.getString(3),
                result.getString(4)));
          }
        }
        return read;
      }
    });
    return rows.isEmpty() ? Optional.empty() : Optional.of(replay(territory, rows));
  }

  @Override
  public void save(TerritoryId territory, GridHistory history, int expectedVersion) {
    checkNotNull(territory, "territory");
    checkNotNull(history, "history");
    checkArgument(expectedVersion >= 0, "expected version %s is negative", expectedVersion);
    checkArgument(history.version() >= expectedVersion,
        "territory %s: history has %s revisions, fewer than the expected version %s",
        territory, history.version(), expectedVersion);
    List<Row> added = new ArrayList<>();
    for (Revision revision : history.revisions().subList(expectedVersion, history.version())) {
      String content = revision.number() == 1 ? RevisionJson.ofHierarchy(history.atRevision(1))
          : RevisionJson.ofChanges(revision.changes());
      added.add(new Row(revision.number(), revision.effective(), revision.reason(), content));
    }
    database.inTransaction("save the history of territory " + territory, connection -> {
      TerritoryTable.GRIDS.claim(connection, territory, expectedVersion, history.version(), Optional.empty());
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO grid_revision "
          + "(territory_id, revision, effective, reason, content) VALUES (?, ?, ?, ?, ?)")) {
        for (Row row : added) {
          insert.setString(1, territory.value());
          insert.setInt(2, row.number());
          insert.setObject(3, row.effective());
          insert.setString(4, row.reason());
          insert.setString(5, row.content());
          insert.addBatch();
        }
        if (!added.isEmpty()) {
          insert.executeBatch();
        }
      }
      return null;
    });
  }

  @Override
  public void delete(TerritoryId territory, int expectedVersion) {
    checkNotNull(territory, "territory");
    database.inTransaction("delete territory " + territory, connection -> {
      TerritoryTable.GRIDS.delete(connection, territory, expectedVersion);
      return null;
    });
  }

  @Override
  public ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    return database.inTransaction("list territories", connection ->
        TerritoryTable.GRIDS.page(connection, after, limit));
  }

  private static GridHistory replay(TerritoryId territory, List<Row> rows) {
    Row current = rows.get(0);
    try {
      GridHistory history = GridHistory.start(RevisionJson.hierarchy(current.content()), current.effective(),
          current.reason());
      for (Row row : rows.subList(1, rows.size())) {
        current = row;
        history = history.apply(row.effective(), row.reason(), RevisionJson.changes(row.content()));
      }
      return history;
    } catch (IOException | RuntimeException e) {
      throw new CivicGridException(ErrorCode.STORAGE_FAILED, "revision " + current.number() + " of territory "
          + territory + " as stored cannot be replayed: " + e.getMessage(), e);
    }
  }
}
