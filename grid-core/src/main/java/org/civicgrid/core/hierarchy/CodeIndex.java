package org.civicgrid.core.hierarchy;

import org.civicgrid.core.code.GridCode;

/**
 * Code → position, for find-by-code at national scale (10⁶ codes) without a boxed map. Numeric codes
 * of up to 18 digits are encoded exactly as a {@code long} ("1" followed by the digits, so leading
 * zeros count) and found with one probe sequence in a packed {@code long[]} of (key, position) pairs,
 * one cache line per probe. Other codes fall back to a hash of the string, confirmed by comparing the
 * stored code.
 *
 * <p>Filled once while a hierarchy is built, then read-only: safe for concurrent readers after
 * publication.
 */
final class CodeIndex {
  private static final long EMPTY = 0L;
  private static final long STRING_KEY = Long.MIN_VALUE;

  private final long[] table;
  private final int mask;
  /** Codes by the positions stored in the table (input order, then depth-first after renumbering). */
  private GridCode[] codes;

  CodeIndex(GridCode[] codes) {
    this.codes = codes;
    int capacity = Integer.highestOneBit(Math.max(4, codes.length + codes.length / 2 + 1)) << 1;
    this.table = new long[capacity * 2];
    this.mask = capacity - 1;
  }

  /** Adds {@code codes[position]}; returns the position already holding an equal code, or -1. */
  int add(int position) {
    GridCode code = codes[position];
    long key = key(code.value());
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long stored = table[slot * 2];
      if (stored == EMPTY) {
        table[slot * 2] = key;
        table[slot * 2 + 1] = position;
        return -1;
      }
      int other = (int) table[slot * 2 + 1];
      if (stored == key && (key > 0 || codes[other].equals(code))) {
        return other;
      }
    }
  }

  /** The position of {@code code}, or -1. */
  int find(String code) {
    long key = key(code);
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long stored = table[slot * 2];
      if (stored == EMPTY) {
        return -1;
      }
      int position = (int) table[slot * 2 + 1];
      if (stored == key && (key > 0 || codes[position].value().equals(code))) {
        return position;
      }
    }
  }

  /**
   * Replaces every stored position p by {@code newPositions[p]} (after the tree is ordered), and
   * reorders the codes the same way so that string keys are still confirmed against the right code.
   */
  void renumber(int[] newPositions) {
    GridCode[] renumbered = new GridCode[codes.length];
    for (int slot = 0; slot <= mask; slot++) {
      if (table[slot * 2] != EMPTY) {
        int position = newPositions[(int) table[slot * 2 + 1]];
        renumbered[position] = codes[(int) table[slot * 2 + 1]];
        table[slot * 2 + 1] = position;
      }
    }
    codes = renumbered;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
  }

  /**
   * The exact encoding of a numeric code of at most 18 digits (always positive), else a string hash
   * with the sign bit set (never 0, never equal to a numeric key).
   */
  static long key(String code) {
    int n = code.length();
    if (n <= 18) {
      long v = 1;
      int i = 0;
      for (; i < n; i++) {
        int d = code.charAt(i) - '0';
        if (d < 0 || d > 9) {
          break;
        }
        v = v * 10 + d;
      }
      if (i == n) {
        return v;
      }
    }
    long h = 1125899906842597L;
    for (int i = 0; i < n; i++) {
      h = 31 * h + code.charAt(i);
    }
    return h | STRING_KEY;
  }
}
