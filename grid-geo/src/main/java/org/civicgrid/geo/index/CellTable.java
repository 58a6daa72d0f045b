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
  /** Marks the last block of a record: the sign bit of its header. */
  static final long LAST = Long.MIN_VALUE;
  /** Marks a record of one edge splitting the cell between two areas (or an area and nothing). */
  static final long EDGE = 1L << 62;

  final PackedRings rings;
  final CellGrid grid;
  /**
   * Per cell, row-major: an area index for an interior cell, {@link #EMPTY}, or {@code -2 - s} for
   * a boundary cell whose record starts at {@code records[s]}.
   */
  private final int[] cells;
  /**
   * Boundary cell records, each contiguous so a lookup reads one stretch of memory; coordinates are
   * stored as their raw bits. A record is a list of blocks of up to {@link #BLOCK} candidates, in
   * area order. A block is a header (bits 0–31 the candidates' corner parities, 32–37 the candidate
   * count m, 40–61 the run count, bit 63 {@link #LAST}); the runs, each of consecutive edges: a
   * header (bits 0–31 the mask of candidates it bounds — two for an edge neighbours share, so it
   * is stored and tested once — and bits 32–62 its vertex count) and the vertices x, y, x, y, …;
   * then the m candidates' areas, two per {@code long}.
   *
   * <p>Most boundary cells are crossed by a single edge with one grid on each side; their record is
   * the header {@link #EDGE} | {@link #LAST}, the edge's end points and the areas left and right of
   * it ({@link #NONE} for none), answered by one side test.
   */
  private final long[] records;

  CellTable(PackedRings rings, CellGrid grid, int[] cells, long[] records) {
    this.rings = rings;
    this.grid = grid;
    this.cells = cells;
    this.records = records;
  }

  static long blockHeader(int parity, int candidates, int runs, boolean last) {
    return (parity & 0xFFFF_FFFFL) | (long) candidates << 32 | (long) runs << 40 | (last ? LAST : 0);
  }

  static long runHeader(int mask, int vertices) {
    return (mask & 0xFFFF_FFFFL) | (long) vertices << 32;
  }

  private static int candidates(long header) {
    return (int) (header >>> 32) & 0x3F;
  }

  private static int runs(long header) {
    return (int) (header >>> 40) & 0x3F_FFFF;
  }

  private static int vertices(long run) {
    return (int) (run >>> 32);
  }

  /** The area of candidate {@code slot} in the area list at {@code at}. */
  private static int area(long[] rec, int at, int slot) {
    return (int) (rec[at + (slot >> 1)] >>> ((slot & 1) << 5));
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
    long[] rec = records;
    if ((rec[s] & EDGE) != 0) {
      return ownerBySide(rec, s, x, y);
    }
    int owner = NONE;
    while (true) {
      long header = rec[s];
      int parity = (int) header;
      int at = s + 1;
      for (int r = runs(header); r > 0; r--) {
        long run = rec[at];
        int vertices = vertices(run);
        if (oddCrossings(rec, at + 1, vertices, x, y, xr, yb)) {
          parity ^= (int) run;
        }
        at += 1 + 2 * vertices;
      }
      if (parity != 0) {
        if (owner != NONE || (parity & (parity - 1)) != 0) {
          return MANY;
        }
        owner = area(rec, at, Integer.numberOfTrailingZeros(parity));
      }
      if (header < 0) {
        return owner;
      }
      s = at + (candidates(header) + 1) / 2;
    }
  }

  /** The owner of (x, y) in an {@link #EDGE} record at s. */
  private static int ownerBySide(long[] rec, int s, double x, double y) {
    long areas = rec[s + 5];
    int side = Crossings.side(Double.longBitsToDouble(rec[s + 1]), Double.longBitsToDouble(rec[s + 2]),
        Double.longBitsToDouble(rec[s + 3]), Double.longBitsToDouble(rec[s + 4]), x, y);
    return side > 0 ? (int) areas : (int) (areas >>> 32);
  }

  /**
   * Whether the run of {@code vertices} vertices at {@code rec[at]} crosses the point's path to the
   * cell corner an odd number of times.
   */
  private static boolean oddCrossings(long[] rec, int at, int vertices, double x, double y,
      double xr, double yb) {
    boolean odd = false;
    double ax = Double.longBitsToDouble(rec[at]);
    double ay = Double.longBitsToDouble(rec[at + 1]);
    for (int o = at + 2, end = at + 2 * vertices; o < end; o += 2) {
      double bx = Double.longBitsToDouble(rec[o]);
      double by = Double.longBitsToDouble(rec[o + 1]);
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
    if (s < 0 || (records[s] & EDGE) != 0) {
      int owner = owner(x, y);
      return owner >= 0 ? new int[] {owner} : new int[0];
    }
    double xr = grid.right(grid.column(x));
    double yb = grid.bottom(grid.row(y));
    IntList found = new IntList();
    while (true) {
      long header = records[s];
      int parity = (int) header;
      int at = s + 1;
      for (int r = runs(header); r > 0; r--) {
        int vertices = vertices(records[at]);
        if (oddCrossings(records, at + 1, vertices, x, y, xr, yb)) {
          parity ^= (int) records[at];
        }
        at += 1 + 2 * vertices;
      }
      for (; parity != 0; parity &= parity - 1) {
        found.add(area(records, at, Integer.numberOfTrailingZeros(parity)));
      }
      if (header < 0) {
        return found.toArray();
      }
      s = at + (candidates(header) + 1) / 2;
    }
  }

  /** The lowest area with (x, y) exactly on one of its edges, or {@link #NONE}. */
  int lowestWithOnBoundary(double x, double y) {
    int s = recordAt(x, y);
    if (s < 0) {
      return NONE;
    }
    if ((records[s] & EDGE) != 0) {
      long areas = records[s + 5];
      int left = (int) areas;
      int right = (int) (areas >>> 32);
      boolean on = Crossings.onSegment(coordinate(s + 1), coordinate(s + 2), coordinate(s + 3), coordinate(s + 4), x, y);
      return !on ? NONE : left == NONE ? right : right == NONE ? left : Math.min(left, right);
    }
    int lowest = Integer.MAX_VALUE;
    while (true) {
      long header = records[s];
      int at = s + 1;
      int onEdge = 0;
      for (int r = runs(header); r > 0; r--) {
        long run = records[at];
        for (int o = at + 1; o < at + 2 * vertices(run) - 1; o += 2) {
          if (Crossings.onSegment(coordinate(o), coordinate(o + 1), coordinate(o + 2), coordinate(o + 3), x, y)) {
            onEdge |= (int) run;
          }
        }
        at += 1 + 2 * vertices(run);
      }
      if (onEdge != 0) {
        lowest = Math.min(lowest, area(records, at, Integer.numberOfTrailingZeros(onEdge)));
      }
      if (header < 0) {
        return lowest == Integer.MAX_VALUE ? NONE : lowest;
      }
      s = at + (candidates(header) + 1) / 2;
    }
  }

  private double coordinate(int at) {
    return Double.longBitsToDouble(records[at]);
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
    } else if (code != EMPTY && (records[-2 - code] & EDGE) != 0) {
      long areas = records[-2 - code + 5];
      for (int area : new int[] {(int) areas, (int) (areas >>> 32)}) {
        if (area != NONE) {
          sink.accept(area);
        }
      }
    } else if (code != EMPTY) {
      int s = -2 - code;
      while (true) {
        long header = records[s];
        int at = s + 1;
        for (int r = runs(header); r > 0; r--) {
          at += 1 + 2 * vertices(records[at]);
        }
        for (int c = 0; c < candidates(header); c++) {
          sink.accept(area(records, at, c));
        }
        if (header < 0) {
          return;
        }
        s = at + (candidates(header) + 1) / 2;
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
