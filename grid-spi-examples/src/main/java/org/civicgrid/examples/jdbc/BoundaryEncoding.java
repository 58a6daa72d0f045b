package org.civicgrid.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * How the {@code area} column of table {@code boundary} holds a grid's geometry. Either way the
 * bytes in and out are WKB, whose doubles keep every coordinate bit for bit. Immutable.
 */
enum BoundaryEncoding {
  /**
   * A PostGIS {@code geometry}, with a GiST index, so SQL and GIS tools can query the boundaries.
   * Its SRID is the EPSG code of the layer's system where there is one (WGS-84 4326, CGCS2000 4490)
   * and 0 for GCJ-02 and BD-09, which have none; the system itself is kept in its own column.
   */
  POSTGIS("geometry", "CREATE INDEX boundary_area ON boundary USING GIST (area)", "ST_GeomFromWKB(?, ?)",
      "ST_AsBinary(b.area)"),
  /** Plain WKB in a {@code bytea}: for H2, and for PostgreSQL without PostGIS. */
  WKB("BYTEA", "", "?", "b.area");

  private final String columnType;
  private final String indexStatement;
  private final String insertValue;
  private final String selectValue;

  BoundaryEncoding(String columnType, String indexStatement, String insertValue, String selectValue) {
    this.columnType = columnType;
    this.indexStatement = indexStatement;
    this.insertValue = insertValue;
    this.selectValue = selectValue;
  }

  String columnType() {
    return columnType;
  }

  /** The statement that indexes the column, or empty when there is nothing to index. */
  String indexStatement() {
    return indexStatement;
  }

  /** The SQL value to insert the area with; {@link #bind} fills its parameters. */
  String insertValue() {
    return insertValue;
  }

  /** The SQL expression that reads the area of boundary row {@code b} as WKB. */
  String selectValue() {
    return selectValue;
  }

  /** Binds {@code area} to the parameters of {@link #insertValue}, the first at {@code index}. */
  void bind(PreparedStatement statement, int index, Geometry area, CoordinateSystem system) throws SQLException {
    statement.setBytes(index, new WKBWriter(2).write(area));
    if (this == POSTGIS) {
      statement.setInt(index + 1, srid(system));
    }
  }

  private static int srid(CoordinateSystem system) {
    switch (system) {
      case WGS84:
        return 4326;
      case CGCS2000:
        return 4490;
      default:
        return 0;
    }
  }
}
