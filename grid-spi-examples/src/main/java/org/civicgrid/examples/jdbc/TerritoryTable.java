package org.civicgrid.examples.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.core.store.VersionConflictException;

/**
 * A table with a row per territory that holds the version of what a store keeps for it: the SQL of
 * optimistic versioning, shared by every store keyed by territory. A write claims the next version
 * in one statement that also checks the expected one ({@code UPDATE … WHERE version = ?}, or an
 * insert that does nothing when the row exists), so of two concurrent writers the second finds no
 * row to change once the first commits, and gets a {@link VersionConflictException}. Immutable.
 */
enum TerritoryTable {
  /** Grid histories. */
  GRIDS("grid_territory", "territory ", Optional.empty()),
  /** Boundary layers, with the layer's coordinate system beside the version. */
  BOUNDARIES("boundary_territory", "boundaries of territory ", Optional.of("coordinate_system")),
  /** Staff: role catalogues, members, assignments and absences. */
  STAFF("staff_territory", "staff of territory ", Optional.empty());

  private final String table;
  private final String subject;
  private final Optional<String> attribute;

  TerritoryTable(String table, String subject, Optional<String> attribute) {
    this.table = table;
    this.subject = subject;
    this.attribute = attribute;
  }

  /**
   * Moves {@code territory} from version {@code expected} to {@code next}, creating its row when
   * {@code expected} is 0, and sets the table's attribute column, if it has one, to {@code value}.
   *
   * @throws VersionConflictException when the stored version is not {@code expected}
   */
  void claim(Connection connection, TerritoryId territory, long expected, long next, Optional<String> value)
      throws SQLException {
    String set = attribute.map(column -> ", " + column + " = ?").orElse("");
    String sql = expected == 0
        ? "INSERT INTO " + table + " (version, territory_id" + attribute.map(column -> ", " + column).orElse("")
            + ") VALUES (?, ?" + attribute.map(column -> ", ?").orElse("") + ") ON CONFLICT DO NOTHING"
        : "UPDATE " + table + " SET version = ?" + set + " WHERE territory_id = ? AND version = ?";
    try (PreparedStatement claim = connection.prepareStatement(sql)) {
      int index = 1;
      claim.setLong(index++, next);
      if (expected == 0) {
        claim.setString(index++, territory.value());
      }
      if (attribute.isPresent()) {
        claim.setString(index++, value.orElseThrow());
      }
      if (expected != 0) {
        claim.setString(index++, territory.value());
        claim.setLong(index, expected);
      }
      if (claim.executeUpdate() == 0) {
        throw conflict(connection, territory, expected);
      }
    }
  }

  /**
   * Removes {@code territory}'s row, and by cascade everything stored under it.
   *
   * @throws VersionConflictException when the stored version is not {@code expected}, or nothing is stored
   */
  void delete(Connection connection, TerritoryId territory, long expected) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM " + table + " WHERE territory_id = ? AND version = ?")) {
      delete.setString(1, territory.value());
      delete.setLong(2, expected);
      if (delete.executeUpdate() == 0) {
        throw conflict(connection, territory, expected);
      }
    }
  }

  /** Territory ids in ascending order strictly after {@code after}, at most {@code limit}. */
  ImmutableList<TerritoryId> page(Connection connection, Optional<TerritoryId> after, int limit)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT territory_id FROM " + table + " WHERE territory_id > ? ORDER BY territory_id LIMIT ?")) {
      select.setString(1, after.map(TerritoryId::value).orElse("")); // every id is longer than ""
      select.setInt(2, limit);
      ImmutableList.Builder<TerritoryId> ids = ImmutableList.builder();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(TerritoryId.of(rows.getString(1)));
        }
      }
      return ids.build();
    }
  }

  private VersionConflictException conflict(Connection connection, TerritoryId territory, long expected)
      throws SQLException {
    long actual = 0;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version FROM " + table + " WHERE territory_id = ?")) {
      select.setString(1, territory.value());
      try (ResultSet rows = select.executeQuery()) {
        if (rows.next()) {
          actual = rows.getLong(1);
        }
      }
    }
    return new VersionConflictException(subject + territory, expected, actual);
  }
}
