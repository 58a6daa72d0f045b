package org.civicgrid.geo.index;

import java.util.Arrays;
import org.civicgrid.geo.crs.Geodesy;

/**
 * Builds a {@link CellTable} without any per-cell polygon test: each edge is bucketed into the
 * cells it touches (row by row, so a long edge costs only its cells), cells an area's edges miss are
 * classified inside or outside that area by a scan line through each row's centre, and each
 * boundary candidate gets its corner parity from one crossing count. Not thread-safe; used once.
 */
final class CellTableBuilder {
  /** Cells are enlarged by this share of their size when edges are assigned (see CellTable). */
  private static final double MARGIN = 1e-6;
  /** Upper bound on cells, to bound memory for huge layers. */
  private static final int MAX_CELLS = 1 << 23;

  private final PackedRings rings;
  private final CellGrid grid;
  private final int columns;

  /** Edges touching cells, in area then edge order: the cell, the edge and its area. */
  private final IntList touchCell;
  private final IntList touchEdge;
  private final IntList touchArea;
  /** Cells wholly inside an area, in area order: the cell and the area. */
  private final IntList interiorCell = new IntList();
  private final IntList interiorArea = new IntList();
  /** Cells an area's edges touch whose bottom-right corner lies inside that area. */
  private final IntList cornerCell = new IntList();
  private final IntList cornerArea = new IntList();

  private CellTableBuilder(PackedRings rings, int cellsPerArea) {
    this.rings = rings;
    // An edge touches one or two cells on average.
    int touches = 2 * rings.vertices();
    this.touchCell = new IntList(touches);
    this.touchEdge = new IntList(touches);
    this.touchArea = new IntList(touches);
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < rings.areas(); k++) {
      minX = Math.min(minX, rings.envelope[4 * k]);
      minY = Math.min(minY, rings.envelope[4 * k + 1]);
      maxX = Math.max(maxX, rings.envelope[4 * k + 2]);
      maxY = Math.max(maxY, rings.envelope[4 * k + 3]);
    }
    double spanX = maxX - minX;
    double spanY = maxY - minY;
    // Square cells on the ground: a degree of longitude is shorter than one of latitude.
    double midLat = Math.max(-89, Math.min(89, (minY + maxY) / 2));
    double aspect = Math.max(0.05,
        Geodesy.metresPerDegreeLongitude(midLat) / Geodesy.metresPerDegreeLatitude(midLat));
    // Grids with very many vertices get smaller cells, so a boundary cell keeps few edges.
    double target = Math.min((double) MAX_CELLS, Math.max((double) cellsPerArea * rings.areas(), rings.vertices() / 4.0));
    double side = Math.sqrt(spanX * aspect * spanY / target);
    int columns = (int) Math.max(1, Math.min(MAX_CELLS, Math.ceil(spanX * aspect / side)));
    int rows = (int) Math.max(1, Math.min(MAX_CELLS / columns, Math.ceil(spanY / side)));
    // A small pad keeps every area strictly inside the grid, right and top edges included.
    this.grid = new CellGrid(minX - 2 * MARGIN * spanX, minY - 2 * MARGIN * spanY,
        spanX * (1 + 4 * MARGIN) / columns, spanY * (1 + 4 * MARGIN) / rows, columns, rows);
    this.columns = columns;
  }

  /** The cell table of {@code rings}, with about {@code cellsPerArea} cells per area. */
  static CellTable build(PackedRings rings, int cellsPerArea) {
    return new CellTableBuilder(rings, cellsPerArea).build();
  }

  private CellTable build() {
    int[] stamp = new int[grid.cells()];
    for (int k = 0; k < rings.areas(); k++) {
      int first = touchCell.size();
      for (int r = rings.areaRing[k]; r < rings.areaRing[k + 1]; r++) {
        for (int v = rings.ringStart[r], last = rings.ringStart[r + 1] - 1; v < last; v++) {
          bucketEdge(k, v);
        }
      }
      for (int t = first; t < touchCell.size(); t++) {
        stamp[touchCell.get(t)] = k + 1;
      }
      classifyInterior(k, stamp);
      markCornersInside(k, first);
    }
    return assemble();
  }

  /** Records every cell whose enlarged rectangle edge v (of area k) touches. */
  private void bucketEdge(int k, int v) {
    double[] xy = rings.xy;
    // Taken in a canonical direction, so twin edges (shared by neighbours) land in the same cells.
    boolean forward = xy[2 * v] < xy[2 * v + 2] || xy[2 * v] == xy[2 * v + 2] && xy[2 * v + 1] <= xy[2 * v + 3];
    int a = forward ? v : v + 1;
    int b = forward ? v + 1 : v;
    double ax = xy[2 * a];
    double ay = xy[2 * a + 1];
    double bx = xy[2 * b];
    double by = xy[2 * b + 1];
    double marginX = MARGIN * grid.width;
    double marginY = MARGIN * grid.height;
    int j0 = grid.clampRow(grid.row(Math.min(ay, by) - marginY));
    int j1 = grid.clampRow(grid.row(Math.max(ay, by) + marginY));
    for (int j = j0; j <= j1; j++) {
      // The part of the edge inside this row's band (enlarged), as an x range.
      double lowY = Math.max(Math.min(ay, by), grid.bottom(j) - marginY);
      double highY = Math.min(Math.max(ay, by), grid.top(j) + marginY);
      double xa;
      double xb;
      if (ay == by) {
        xa = Math.min(ax, bx);
        xb = Math.max(ax, bx);
      } else {
        double atLow = ax + (lowY - ay) * (bx - ax) / (by - ay);
        double atHigh = ax + (highY - ay) * (bx - ax) / (by - ay);
        xa = Math.max(Math.min(atLow, atHigh), Math.min(ax, bx));
        xb = Math.min(Math.max(atLow, atHigh), Math.max(ax, bx));
      }
      int i0 = grid.clampColumn(grid.column(xa - marginX));
      int i1 = grid.clampColumn(grid.column(xb + marginX));
      for (int i = i0; i <= i1; i++) {
        touchCell.add(j * columns + i);
        touchEdge.add(v);
        touchArea.add(k);
      }
    }
  }

  /**
   * Marks the cells inside area k that none of its edges touch ({@code stamp[cell] != k + 1}): such
   * a cell lies wholly inside or wholly outside, and its centre tells which.
   */
  private void classifyInterior(int k, int[] stamp) {
    double[] env = rings.envelope;
    int j0 = grid.clampRow(grid.row(env[4 * k + 1]));
    int j1 = grid.clampRow(grid.row(env[4 * k + 3]));
    int i0 = grid.clampColumn(grid.column(env[4 * k]));
    int i1 = grid.clampColumn(grid.column(env[4 * k + 2]));
    int span = j1 - j0 + 1;
    int[] start = new int[span + 1];
    double[] xy = rings.xy;
    for (int pass = 0; pass < 2; pass++) {
      double[] crossings = pass == 0 ? null : new double[start[span]];
      int[] fill = pass == 0 ? null : Arrays.copyOf(start, span);
      for (int r = rings.areaRing[k]; r < rings.areaRing[k + 1]; r++) {
        for (int v = rings.ringStart[r], last = rings.ringStart[r + 1] - 1; v < last; v++) {
          double ax = xy[2 * v];
          double ay = xy[2 * v + 1];
          double bx = xy[2 * v + 2];
          double by = xy[2 * v + 3];
          if (ay == by) {
            continue;
          }
          double lo = Math.min(ay, by);
          double hi = Math.max(ay, by);
          for (int j = Math.max(j0, grid.row(lo) - 1); j <= Math.min(j1, grid.row(hi) + 1); j++) {
            double y = centreY(j);
            if (lo <= y && y < hi) {
              if (pass == 0) {
                start[j - j0 + 1]++;
              } else {
                crossings[fill[j - j0]++] = ax + (y - ay) * (bx - ax) / (by - ay);
              }
            }
          }
        }
      }
      if (pass == 0) {
        for (int s = 0; s < span; s++) {
          start[s + 1] += start[s];
        }
      } else {
        for (int s = 0; s < span; s++) {
          sortSmall(crossings, start[s], start[s + 1]);
          markRow(k, j0 + s, i0, i1, crossings, start[s], start[s + 1], stamp);
        }
      }
    }
  }

  private void markRow(int k, int j, int i0, int i1, double[] crossings, int from, int to, int[] stamp) {
    int next = from;
    for (int i = i0; i <= i1; i++) {
      double x = grid.left(i) + grid.width / 2;
      while (next < to && crossings[next] < x) {
        next++;
      }
      int cell = j * columns + i;
      if (((next - from) & 1) == 1 && stamp[cell] != k + 1) {
        interiorCell.add(cell);
        interiorArea.add(k);
      }
    }
  }

  /**
   * Finds which of the cells area k's edges touch (touches {@code [first, size)}) have their
   * bottom-right corner inside k. Along each row's bottom line, the corner parity is 0 right of
   * the area and flips at each of k's edges crossing a cell's bottom side; only touched cells have
   * such edges, so walking them right to left suffices, with the exact crossing predicate.
   */
  private void markCornersInside(int k, int first) {
    int count = touchCell.size() - first;
    long[] byCell = new long[count];
    for (int t = 0; t < count; t++) {
      byCell[t] = (long) touchCell.get(first + t) << 32 | (first + t);
    }
    Arrays.sort(byCell);
    double[] xy = rings.xy;
    boolean inside = false;
    for (int n = count - 1; n >= 0; ) {
      int cell = (int) (byCell[n] >>> 32);
      if (n == count - 1 || cell / columns != (int) (byCell[n + 1] >>> 32) / columns) {
        inside = false;
      }
      if (inside) {
        cornerCell.add(cell);
        cornerArea.add(k);
      }
      int i = cell % columns;
      double y = grid.bottom(cell / columns);
      for (; n >= 0 && (int) (byCell[n] >>> 32) == cell; n--) {
        int v = touchEdge.get((int) byCell[n]);
        if (Crossings.crossesHorizontal(xy[2 * v], xy[2 * v + 1], xy[2 * v + 2], xy[2 * v + 3],
            grid.left(i), grid.right(i), y)) {
          inside = !inside;
        }
      }
    }
  }

  /** Sorts a few values in place; insertion sort beats the general sort on a handful. */
  private static void sortSmall(double[] values, int from, int to) {
    if (to - from > 16) {
      Arrays.sort(values, from, to);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      double value = values[i];
      int j = i - 1;
      while (j >= from && values[j] > value) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = value;
    }
  }

  private double centreY(int j) {
    return grid.bottom(j) + grid.height / 2;
  }

  private CellTable assemble() {
    int cellCount = grid.cells();
    int[] touchStart = new int[cellCount + 1];
    int[] touchOrder = touchCell.groupBy(cellCount, touchStart);
    int[] interiorStart = new int[cellCount + 1];
    int[] interiorOrder = interiorCell.groupBy(cellCount, interiorStart);
    int[] cornerStart = new int[cellCount + 1];
    int[] cornerOrder = cornerCell.groupBy(cellCount, cornerStart);
    int[] cells = new int[cellCount];
    LongList records = new LongList();
    for (int c = 0; c < cellCount; c++) {
      int touchCount = touchStart[c + 1] - touchStart[c];
      int interiorCount = interiorStart[c + 1] - interiorStart[c];
      if (touchCount == 0 && interiorCount <= 1) {
        cells[c] = interiorCount == 0 ? CellTable.EMPTY : interiorArea.get(interiorOrder[interiorStart[c]]);
        continue;
      }
      int[] edges = new int[touchCount];
      int[] areas = new int[touchCount];
      for (int t = 0; t < touchCount; t++) {
        edges[t] = touchEdge.get(touchOrder[touchStart[c] + t]);
        areas[t] = touchArea.get(touchOrder[touchStart[c] + t]);
      }
      int[] inside = new int[interiorCount];
      for (int n = 0; n < interiorCount; n++) {
        inside[n] = interiorArea.get(interiorOrder[interiorStart[c] + n]);
      }
      int[] cornerInside = new int[cornerStart[c + 1] - cornerStart[c]];
      for (int n = 0; n < cornerInside.length; n++) {
        cornerInside[n] = cornerArea.get(cornerOrder[cornerStart[c] + n]);
      }
      cells[c] = -2 - records.size();
      new CellRecord(rings, edges, areas, inside, cornerInside).writeTo(records);
    }
    return new CellTable(rings, grid, cells, records.toArray());
  }
}
