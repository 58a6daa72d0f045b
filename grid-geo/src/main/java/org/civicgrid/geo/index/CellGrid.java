package org.civicgrid.geo.index;

/**
 * The frame of a uniform grid of cells: its origin, cell size and shape. Cell (i, j) spans
 * [left(i), right(i)) × [bottom(j), top(j)); the index builder and the queries compute these
 * bounds with the same expressions, so both see identical corners. Immutable.
 */
final class CellGrid {
  final double x0;
  final double y0;
  final double width;
  final double height;
  final int columns;
  final int rows;
  final double inverseWidth;
  final double inverseHeight;

  CellGrid(double x0, double y0, double width, double height, int columns, int rows) {
    this.x0 = x0;
    this.y0 = y0;
    this.width = width;
    this.height = height;
    this.columns = columns;
    this.rows = rows;
    this.inverseWidth = 1 / width;
    this.inverseHeight = 1 / height;
  }

  double left(int i) {
    return x0 + i * width;
  }

  double right(int i) {
    return x0 + (i + 1) * width;
  }

  double bottom(int j) {
    return y0 + j * height;
  }

  double top(int j) {
    return y0 + (j + 1) * height;
  }

  /** The column of x, possibly outside {@code [0, columns)}. */
  int column(double x) {
    return (int) Math.floor((x - x0) * inverseWidth);
  }

  /** The row of y, possibly outside {@code [0, rows)}. */
  int row(double y) {
    return (int) Math.floor((y - y0) * inverseHeight);
  }

  int clampColumn(int i) {
    return Math.max(0, Math.min(columns - 1, i));
  }

  int clampRow(int j) {
    return Math.max(0, Math.min(rows - 1, j));
  }

  int cells() {
    return columns * rows;
  }
}
