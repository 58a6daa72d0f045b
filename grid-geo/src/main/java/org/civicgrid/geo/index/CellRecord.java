package org.civicgrid.geo.index;

import java.util.Arrays;

/**
 * One boundary cell's record in the making (see {@link CellTable} for the layout). An edge shared
 * by two candidates — its twin, with the same end points — is stored once and flips both
 * candidates' parities. Not thread-safe; one per cell.
 */
final class CellRecord {
  /** Above this many edges, twins are found by sorting instead of comparing every pair. */
  private static final int PAIRWISE = 12;

  private final PackedRings rings;
  /** The cell's candidate areas, ascending. */
  private final int[] candidates;
  /** The candidates wholly covering the cell, ascending. */
  private final int[] inside;
  /** The edges touching the cell, in area then edge order, and each one's area. */
  private final int[] edges;
  private final int[] areas;
  /** The candidates whose edges touch the cell and that hold its bottom-right corner, ascending. */
  private final int[] cornerInside;
  /** Per edge, the position of its twin among {@link #edges}, or -1. */
  private final int[] twin;

  CellRecord(PackedRings rings, int[] edges, int[] areas, int[] inside, int[] cornerInside) {
    this.rings = rings;
    this.edges = edges;
    this.areas = areas;
    this.inside = inside;
    this.cornerInside = cornerInside;
    this.candidates = distinctSorted(inside, areas);
    this.twin = new int[edges.length];
    Arrays.fill(twin, -1);
    if (edges.length <= PAIRWISE) {
      pairEveryTwo();
    } else {
      pairBySorting();
    }
  }

  private static int[] distinctSorted(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    int n = 0;
    for (int value : all) {
      if (n == 0 || all[n - 1] != value) {
        all[n++] = value;
      }
    }
    return Arrays.copyOf(all, n);
  }

  private void pairEveryTwo() {
    for (int a = 0; a < edges.length; a++) {
      for (int b = a + 1; b < edges.length && twin[a] < 0; b++) {
        pairIfTwins(a, b);
      }
    }
  }

  /** Sorts the edges by a hash of their end points (either direction), then pairs within runs. */
  private void pairBySorting() {
    double[] xy = rings.xy;
    long[] keyed = new long[edges.length];
    for (int t = 0; t < edges.length; t++) {
      int v = edges[t];
      long h = Double.doubleToLongBits(xy[2 * v] + xy[2 * v + 2]) * 31
          + Double.doubleToLongBits(xy[2 * v + 1] + xy[2 * v + 3]);
      keyed[t] = (h ^ h >>> 32) << 32 | t;
    }
    Arrays.sort(keyed);
    int from = 0;
    while (from < keyed.length) {
      int to = from + 1;
      while (to < keyed.length && keyed[to] >>> 32 == keyed[from] >>> 32) {
        to++;
      }
      for (int a = from; a < to; a++) {
        for (int b = a + 1; b < to && twin[(int) keyed[a]] < 0; b++) {
          pairIfTwins((int) keyed[a], (int) keyed[b]);
        }
      }
      from = to;
    }
  }

  private void pairIfTwins(int a, int b) {
    if (twin[b] >= 0 || areas[a] == areas[b]) {
      return;
    }
    double[] xy = rings.xy;
    int e = edges[a];
    int f = edges[b];
    boolean same = xy[2 * e] == xy[2 * f] && xy[2 * e + 1] == xy[2 * f + 1]
        && xy[2 * e + 2] == xy[2 * f + 2] && xy[2 * e + 3] == xy[2 * f + 3];
    boolean reversed = xy[2 * e] == xy[2 * f + 2] && xy[2 * e + 1] == xy[2 * f + 3]
        && xy[2 * e + 2] == xy[2 * f] && xy[2 * e + 3] == xy[2 * f + 1];
    if (same || reversed) {
      twin[a] = b;
      twin[b] = a;
    }
  }

  void writeTo(LongList out) {
    if (!writeSplitBySingleEdge(out)) {
      for (int from = 0; from < candidates.length; from += CellTable.BLOCK) {
        writeBlock(from, Math.min(candidates.length, from + CellTable.BLOCK), out);
      }
    }
  }

  /**
   * Writes an {@link CellTable#EDGE} record if one edge alone (with its twin) splits the cell
   * between one or two candidates on opposite sides of it. A ring's orientation tells which side
   * of each edge its area lies on, so no point-in-polygon test is needed.
   */
  private boolean writeSplitBySingleEdge(LongList out) {
    if (inside.length > 0 || candidates.length != edges.length || edges.length > 2
        || edges.length == 2 && twin[0] != 1) {
      return false;
    }
    double[] xy = rings.xy;
    int v = edges[0];
    int[] sides = {CellTable.NONE, CellTable.NONE};
    for (int t = 0; t < edges.length; t++) {
      int e = edges[t];
      boolean alongV = xy[2 * e] == xy[2 * v] && xy[2 * e + 1] == xy[2 * v + 1];
      int side = rings.interiorLeftOf(e) == alongV ? 0 : 1;
      if (sides[side] != CellTable.NONE) {
        return false;
      }
      sides[side] = areas[t];
    }
    out.add(CellTable.EDGE | CellTable.LAST);
    for (int n = 0; n < 4; n++) {
      out.add(Double.doubleToRawLongBits(xy[2 * v + n]));
    }
    out.add((sides[0] & 0xFFFF_FFFFL) | (long) sides[1] << 32);
    return true;
  }

  private void writeBlock(int from, int to, LongList out) {
    int parity = 0;
    for (int s = from; s < to; s++) {
      int k = candidates[s];
      boolean holdsCorner = Arrays.binarySearch(inside, k) >= 0 || Arrays.binarySearch(cornerInside, k) >= 0;
      parity |= holdsCorner ? 1 << (s - from) : 0;
    }
    int headerAt = out.size();
    out.add(0);
    int runs = 0;
    int t = 0;
    while (t < edges.length) {
      int mask = mask(t, from, to);
      if (mask == 0) {
        t++;
        continue;
      }
      int first = edges[t++];
      int end = first + 1;
      while (t < edges.length && edges[t] == end && mask(t, from, to) == mask) {
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
   * The parity bits edge t flips in the block of slots [from, to): its area's, and its twin's
   * when the twin is in the block too; 0 when the edge is stored with its twin instead or its area
   * is not in the block.
   */
  private int mask(int t, int from, int to) {
    int slot = Arrays.binarySearch(candidates, areas[t]);
    if (slot < from || slot >= to) {
      return 0;
    }
    int w = twin[t];
    int twinSlot = w < 0 ? -1 : Arrays.binarySearch(candidates, areas[w]);
    if (twinSlot < from || twinSlot >= to) {
      return 1 << (slot - from);
    }
    return twinSlot < slot ? 0 : 1 << (slot - from) | 1 << (twinSlot - from);
  }
}
