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

  /** Edges touching cells, in area then edge order: the cell and the edge. */
  private final IntList touchCell = new IntList();
  private final IntList touchEdge = new IntList();
  /** Cells wholly inside an area, in area order: the cell and the area. */
  private final IntList interiorCell = new IntList();
  private final IntList interiorArea = new IntList();

  private CellTableBuilder(PackedRings rings, int cellsPerArea) {
    this.rings = rings;
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
    double target = Math.min((double) MAX_CELLS, (double) cellsPerArea * rings.areas());
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
          bucketEdge(v);
        }
      }
      for (int t = first; t < touchCell.size(); t++) {
        stamp[touchCell.get(t)] = k + 1;
      }
      classifyInterior(k, stamp);
    }
    return assemble();
  }

  /** Records every cell whose enlarged rectangle edge v touches. */
  private void bucketEdge(int v) {
    double[] xy = rings.xy;
    // Taken in a canonical direction, so twin edges land in exactly the same cells.
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
          Arrays.sort(crossings, start[s], start[s + 1]);
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

  private double centreY(int j) {
    return grid.bottom(j) + grid.height / 2;
  }

  private CellTable assemble() {
    int cellCount = grid.cells();
    int[] touchStart = new int[cellCount + 1];
    int[] touchOrder = touchCell.groupBy(cellCount, touchStart);
    int[] interiorStart = new int[cellCount + 1];
    int[] interiorOrder = interiorCell.groupBy(cellCount, interiorStart);
    EdgeTwins twins = EdgeTwins.of(rings);
    int[] cells = new int[cellCount];
    LongList records = new LongList();
    for (int c = 0; c < cellCount; c++) {
      int touchCount = touchStart[c + 1] - touchStart[c];
      int interiorCount = interiorStart[c + 1] - interiorStart[c];
      if (touchCount == 0 && interiorCount <= 1) {
        cells[c] = interiorCount == 0 ? CellTable.EMPTY : interiorArea.get(interiorOrder[interiorStart[c]]);
        continue;
      }
      int[] touches = new int[touchCount];
      for (int t = 0; t < touchCount; t++) {
        touches[t] = touchEdge.get(touchOrder[touchStart[c] + t]);
      }
      int[] inside = new int[interiorCount];
      for (int n = 0; n < interiorCount; n++) {
        inside[n] = interiorArea.get(interiorOrder[interiorStart[c] + n]);
      }
      int[] candidates = new int[touchCount + interiorCount];
      System.arraycopy(inside, 0, candidates, 0, interiorCount);
      int m = interiorCount;
      for (int t = 0; t < touchCount; t++) {
        int area = twins.area(touches[t]);
        // Touches come in area order, so an area's repeats are adjacent.
        if (t == 0 || area != twins.area(touches[t - 1])) {
          candidates[m++] = area;
        }
      }
      candidates = Arrays.copyOf(candidates, m);
      Arrays.sort(candidates);
      cells[c] = -2 - records.size();
      new CellRecord(c, candidates, inside, touches, twins).writeTo(records);
    }
    return new CellTable(rings, grid, cells, records.toArray());
  }

  /** One boundary cell's record in the making; see {@link CellTable} for the layout. */
  private final class CellRecord {
    private final int[] candidates;
    private final int[] inside;
    private final int[] touches;
    private final EdgeTwins twins;
    private final double cornerX;
    private final double cornerY;

    CellRecord(int cell, int[] candidates, int[] inside, int[] touches, EdgeTwins twins) {
      this.candidates = candidates;
      this.inside = inside;
      this.touches = touches;
      this.twins = twins;
      this.cornerX = grid.right(cell % columns);
      this.cornerY = grid.bottom(cell / columns);
    }

    void writeTo(LongList out) {
      if (!writeSplitBySingleEdge(out)) {
        writeBlocks(out);
      }
    }

    /**
     * Writes an {@link CellTable#EDGE} record if one edge alone (with its twin) splits the cell
     * between one or two candidates lying on opposite sides of it.
     */
    private boolean writeSplitBySingleEdge(LongList out) {
      boolean twinned = touches.length == 2 && twins.of(touches[0]) == touches[1];
      if (inside.length > 0 || candidates.length > 2 || candidates.length != touches.length
          || touches.length == 2 && !twinned) {
        return false;
      }
      double[] xy = rings.xy;
      int v = touches[0];
      int cornerSide = Crossings.side(xy[2 * v], xy[2 * v + 1], xy[2 * v + 2], xy[2 * v + 3], cornerX, cornerY);
      if (cornerSide == 0) {
        return false;
      }
      int left = CellTable.NONE;
      int right = CellTable.NONE;
      for (int k : candidates) {
        boolean onLeft = rings.contains(k, cornerX, cornerY) == (cornerSide > 0);
        if (onLeft ? left != CellTable.NONE : right != CellTable.NONE) {
          return false;
        }
        if (onLeft) {
          left = k;
        } else {
          right = k;
        }
      }
      out.add(CellTable.EDGE | CellTable.LAST);
      for (int n = 0; n < 4; n++) {
        out.add(Double.doubleToRawLongBits(xy[2 * v + n]));
      }
      out.add((left & 0xFFFF_FFFFL) | (long) right << 32);
      return true;
    }

    private void writeBlocks(LongList out) {
      for (int from = 0; from < candidates.length; from += CellTable.BLOCK) {
        writeBlock(from, Math.min(candidates.length, from + CellTable.BLOCK), out);
      }
    }

    private void writeBlock(int from, int to, LongList out) {
      int parity = 0;
      for (int s = from; s < to; s++) {
        int k = candidates[s];
        boolean holdsCorner = Arrays.binarySearch(inside, k) >= 0 || rings.contains(k, cornerX, cornerY);
        parity |= holdsCorner ? 1 << (s - from) : 0;
      }
      int headerAt = out.size();
      out.add(0);
      int runs = 0;
      int t = 0;
      while (t < touches.length) {
        int mask = mask(touches[t], from, to);
        if (mask == 0) {
          t++;
          continue;
        }
        int first = touches[t++];
        int end = first + 1;
        while (t < touches.length && touches[t] == end && mask(touches[t], from, to) == mask) {
          end++;
          t++;
        }
        out.add(CellTable.runHeader(mask, end - first + 1));
        for (int v = first; v <= end; v++) {
          out.add(Double.doubleToRawLongBits(rings.xy[2 * v]));
          out.add(Double.doubleToRawLongBits(rings.xy[2 * v + 1]));
        }
        runs++;
      }
      for (int s = from; s < to; s += 2) {
        out.add(candidates[s] | (s + 1 < to ? (long) candidates[s + 1] << 32 : 0));
      }
      out.set(headerAt, CellTable.blockHeader(parity, to - from, runs, to == candidates.length));
    }

    /**
     * The parity bits edge v flips in the block of slots [from, to): its area's, and its twin's
     * when the twin is in the block too; 0 when the edge is stored with its twin's area instead or
     * its area is not in the block.
     */
    private int mask(int v, int from, int to) {
      int slot = Arrays.binarySearch(candidates, twins.area(v));
      if (slot < from || slot >= to) {
        return 0;
      }
      int w = twins.of(v);
      if (w < 0) {
        return 1 << (slot - from);
      }
      int twinSlot = Arrays.binarySearch(candidates, twins.area(w));
      if (twinSlot < from || twinSlot >= to) {
        return 1 << (slot - from);
      }
      return twinSlot < slot ? 0 : 1 << (slot - from) | 1 << (twinSlot - from);
    }
  }
}
