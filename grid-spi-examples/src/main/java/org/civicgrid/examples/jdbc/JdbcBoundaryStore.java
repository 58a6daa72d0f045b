package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.store.BoundaryStore;
import org.civicgrid.geo.store.StoredBoundaries;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Boundary layers in tables {@code boundary_territory} (version and coordinate system, see {@link
 * TerritoryTable}) and {@code boundary} (a row per grid, its area encoded as {@link
 * BoundaryEncoding} says). A save claims the next version, deletes the territory's rows and inserts
 * the layer's, in one transaction. Thread-safe.
 */
final class JdbcBoundaryStore implements BoundaryStore {
  private final JdbcDatabase database;

  /** One stored row as read, before its WKB is parsed. */
  private record Row(long version, CoordinateSystem system, String grid, byte[] area) {}

  JdbcBoundaryStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<StoredBoundaries> load(TerritoryId territory) {
    checkNotNull(territory, "territory");
    String sql = "SELECT t.version, t.coordinate_system, b.grid_code, " + database.encoding().selectValue()
        + " FROM boundary_territory t LEFT JOIN boundary b ON b.territory_id = t.territory_id "
        + "WHERE t.territory_id = ?";
    List<Row> rows = database.inTransaction("load the boundaries of territory " + territory, connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, territory.value());
        List<Row> read = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            read.add(new Row(result.getLong(1), CoordinateSystem.valueOf(result.getString(2)), result.getString(3),
                result.getBytes(4)));
          }
        }
        return read;
      }
    });
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Boundary> boundaries = new ArrayList<>();
    WKBReader reader = new WKBReader();
    for (Row row : rows) {
      if (row.grid() == null) {
        continue; // the one row of an empty layer
      }
      try {
        boundaries.add(Boundary.of(GridCode.of(row.grid()), reader.read(row.area())));
      } catch (ParseException | RuntimeException e) {
        throw new CivicGridException(ErrorCode.STORAGE_FAILED, "the stored boundary of grid " + row.grid()
            + " of territory " + territory + " cannot be read back: " + e.getMessage(), e);
      }
    }
    Row first = rows.get(0);
    return Optional.of(new StoredBoundaries(BoundaryLayer.of(first.system(), boundaries), first.version()));
  }

  @Override
  public long save(TerritoryId territory, BoundaryLayer layer, long expectedVersion) {
    checkNotNull(territory, "territory");
    checkNotNull(layer, "layer");
    checkArgument(expectedVersion >= 0, "territory %s: expected version %s is negative", territory, expectedVersion);
    BoundaryEncoding encoding = database.encoding();
    return database.inTransaction("save the boundaries of territory " + territory, connection -> {
      TerritoryTable.BOUNDARIES.claim(connection, territory, expectedVersion, expectedVersion + 1,
          Optional.of(layer.system().name()));
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM boundary WHERE territory_id = ?");
          PreparedStatement insert = connection.prepareStatement("INSERT INTO boundary (territory_id, grid_code, "
              + "area) VALUES (?, ?, " + encoding.insertValue() + ")")) {
        delete.setString(1, territory.value());
        delete.executeUpdate();
        for (Boundary boundary : layer.boundaries()) {
          insert.setString(1, territory.value());
          insert.setString(2, boundary.grid().value());
          encoding.bind(insert, 3, boundary.area(), layer.system());
          insert.addBatch();
        }
        if (layer.size() > 0) {
          insert.executeBatch();
        }
      }
      return expectedVersion + 1;
    });
  }

  @Override
  public void delete(TerritoryId territory, long expectedVersion) {
    checkNotNull(territory, "territory");
    database.inTransaction("delete the boundaries of territory " + territory, connection -> {
      TerritoryTable.BOUNDARIES.delete(connection, territory, expectedVersion);
      return null;
    });
  }

  @Override
  public ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    return database.inTransaction("list the territories with boundaries",
        connection -> TerritoryTable.BOUNDARIES.page(connection, after, limit));
  }
}
