package org.civicgrid.geo.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A uniform grid of cells over the indexed areas, answering "which area holds this point" from
 * primitive arrays. A cell is empty, interior to one area (answered without any geometry), or a
 * boundary cell listing its candidate areas; each candidate carries the parity of the cell's
 * bottom-right corner and the runs of its edges that touch the cell.
 *
 * <p>A point's parity for a candidate is the corner's parity flipped once per edge crossing the
 * path from the point right to the cell's right side, then down that side to the corner: only
 * edges touching the cell can cross it, so a 200-vertex area costs the few edges near the point.
 * Cells are taken slightly enlarged when edges are assigned, so a point that rounding puts in a
 * neighbouring cell is still answered exactly. Immutable and thread-safe.
 */
final class CellTable {
  /** No area holds the point. */
  static final int NONE = -1;
  /** Several areas hold the point. */
  static final int MANY = -2;
  /** Cell code of a cell no area touches. */
  static final int EMPTY = -1;
  /** Candidates per block of a boundary cell record: one bit each in an {@code int} mask. */
  static final int BLOCK = 32;

  final PackedRings rings;
  final CellGrid grid;
  /**
   * Per cell, row-major: an area index for an interior cell, {@link #EMPTY}, or {@code -2 - s} for
   * a boundary cell whose record starts at {@code records[s]}.
   */
  private final int[] cells;
  /**
   * Boundary cell records, each contiguous so a lookup reads one stretch of memory. A record is a
   * block count, then per block of up to {@link #BLOCK} candidates (in area order): the candidate
   * count m, the corner parities as a bit mask, the m areas, the run count, and per run of
   * consecutive edges the mask of candidates it bounds (two for an edge shared by neighbours, so
   * it is stored and tested once), the vertex count and the coordinates (x, y, x, y, …).
   */
  private final double[] records;

  CellTable(PackedRings rings, CellGrid grid, int[] cells, double[] records) {
    this.rings = rings;
    this.grid = grid;
    this.cells = cells;
    this.records = records;
  }

  /** The one area holding (x, y) by the half-open rule, {@link #NONE} or {@link #MANY}. */
  int owner(double x, double y) {
    CellGrid g = grid;
    double fx = (x - g.x0) * g.inverseWidth;
    double fy = (y - g.y0) * g.inverseHeight;
    if (!(fx >= 0 && fy >= 0 && fx < g.columns && fy < g.rows)) {
      return NONE;
    }
    int i = (int) fx;
    int j = (int) fy;
    int code = cells[j * g.columns + i];
    if (code >= 0) {
      return code;
    }
    return code == EMPTY ? NONE : ownerInBoundaryCell(-2 - code, x, y, g.right(i), g.bottom(j));
  }

  private int ownerInBoundaryCell(int s, double x, double y, double xr, double yb) {
    double[] rec = records;
    int blocks = (int) rec[s++];
    int owner = NONE;
    for (int b = 0; b < blocks; b++) {
      int parity = blockParity(s, x, y, xr, yb);
      if (parity != 0) {
        if (owner != NONE || (parity & (parity - 1)) != 0) {
          return MANY;
        }
        owner = (int) rec[s + 2 + Integer.numberOfTrailingZeros(parity)];
      }
      if (b + 1 < blocks) {
        s = skipBlock(s);
      }
    }
    return owner;
  }

  /** The parity mask of the block at s: bit c set when candidate c holds the point. */
  private int blockParity(int s, double x, double y, double xr, double yb) {
    double[] rec = records;
    int parity = (int) rec[s + 1];
    s += 2 + (int) rec[s];
    int runs = (int) rec[s++];
    for (int r = 0; r < runs; r++) {
      int vertices = (int) rec[s + 1];
      if (oddCrossings(rec, s + 2, vertices, x, y, xr, yb)) {
        parity ^= (int) rec[s];
      }
      s += 2 + 2 * vertices;
    }
    return parity;
  }

  /** Where the block after the one at s starts. */
  private int skipBlock(int s) {
    s += 2 + (int) records[s];
    int runs = (int) records[s++];
    for (int r = 0; r < runs; r++) {
      s += 2 + 2 * (int) records[s + 1];
    }
    return s;
  }

  /**
   * Whether the run of {@code vertices} vertices at {@code rec[at]} crosses the point's path to the
   * cell corner an odd number of times.
   */
  private static boolean oddCrossings(double[] rec, int at, int vertices, double x, double y,
      double xr, double yb) {
    boolean odd = false;
    double ax = rec[at];
    double ay = rec[at + 1];
    for (int o = at + 2, end = at + 2 * vertices; o < end; o += 2) {
      double bx = rec[o];
      double by = rec[o + 1];
      if (Crossings.crossesHorizontal(ax, ay, bx, by, x, xr, y)
          != Crossings.crossesVertical(ax, ay, bx, by, xr, yb, y)) {
        odd = !odd;
      }
      ax = bx;
      ay = by;
    }
    return odd;
  }

  /** Every area holding (x, y) by the half-open rule, in area order. */
  int[] owners(double x, double y) {
    int s = recordAt(x, y);
    if (s < 0) {
      int owner = owner(x, y);
      return owner >= 0 ? new int[] {owner} : new int[0];
    }
    double xr = grid.right(grid.column(x));
    double yb = grid.bottom(grid.row(y));
    IntList found = new IntList();
    int blocks = (int) records[s++];
    for (int b = 0; b < blocks; b++) {
      for (int parity = blockParity(s, x, y, xr, yb); parity != 0; parity &= parity - 1) {
        found.add((int) records[s + 2 + Integer.numberOfTrailingZeros(parity)]);
      }
      s = skipBlock(s);
    }
    return found.toArray();
  }

  /** The lowest area with (x, y) exactly on one of its edges, or {@link #NONE}. */
  int lowestWithOnBoundary(double x, double y) {
    int s = recordAt(x, y);
    if (s < 0) {
      return NONE;
    }
    int lowest = Integer.MAX_VALUE;
    int blocks = (int) records[s++];
    for (int b = 0; b < blocks; b++) {
      int areas = s + 2;
      s += 2 + (int) records[s];
      int runs = (int) records[s++];
      for (int r = 0; r < runs; r++) {
        int mask = (int) records[s];
        int vertices = (int) records[s + 1];
        for (int o = s + 2; o < s + 2 * vertices; o += 2) {
          if (Crossings.onSegment(records[o], records[o + 1], records[o + 2], records[o + 3], x, y)) {
            lowest = Math.min(lowest, (int) records[areas + Integer.numberOfTrailingZeros(mask)]);
          }
        }
        s += 2 + 2 * vertices;
      }
    }
    return lowest == Integer.MAX_VALUE ? NONE : lowest;
  }

  /** Where the record of the boundary cell holding (x, y) starts, or -1 for any other cell. */
  private int recordAt(double x, double y) {
    int i = grid.column(x);
    int j = grid.row(y);
    if (i < 0 || j < 0 || i >= grid.columns || j >= grid.rows) {
      return -1;
    }
    int code = cells[j * grid.columns + i];
    return code < EMPTY ? -2 - code : -1;
  }

  /** Hands every area listed in cell (i, j) to {@code sink}. */
  void areasIn(int i, int j, IntConsumer sink) {
    int code = cells[j * grid.columns + i];
    if (code >= 0) {
      sink.accept(code);
    } else if (code != EMPTY) {
      int s = -2 - code;
      int blocks = (int) records[s++];
      for (int b = 0; b < blocks; b++) {
        for (int c = 0; c < (int) records[s]; c++) {
          sink.accept((int) records[s + 2 + c]);
        }
        s = skipBlock(s);
      }
    }
  }

  /** Share of cells answered without geometry, for diagnostics. */
  double interiorShare() {
    return Arrays.stream(cells).filter(code -> code >= 0).count() / (double) cells.length;
  }

  /** Bytes held by the cell arrays, for diagnostics. */
  long bytes() {
    return 4L * cells.length + 8L * records.length;
  }
}
