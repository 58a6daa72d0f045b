package org.civicgrid.core.hierarchy;

import org.civicgrid.core.code.GridCode;

/**
 * Code → position, for find-by-code at national scale (10⁶ codes) without a boxed map. Numeric codes
 * of up to 18 digits are encoded exactly as a {@code long} ("1" followed by the digits, so leading
 * zeros count) and found with one probe sequence in a packed {@code long[]} of (key, value) pairs, one
 * cache line per probe; the table is at most three quarters full. Other codes fall back to a hash of
 * the string, confirmed by comparing the stored code.
 *
 * <p>While a hierarchy is assembled a slot's value is the node's input position. Once the tree is
 * ordered, {@link #renumber} makes it the depth-first position and the end of its subtree, so the
 * ancestor test by code needs nothing but the two slots; and a snapshot can keep its grids by slot
 * ({@link #slots()}), so find-by-code reads the slot's grid without first reading its position.
 *
 * <p>Filled once while a hierarchy is built, then read-only: safe for concurrent readers after
 * publication.
 */
final class CodeIndex {
  private static final long EMPTY = 0L;
  private static final long STRING_KEY = Long.MIN_VALUE;
  private static final long LOW = 0xFFFF_FFFFL;

  private final long[] table;
  private final int mask;
  /** Whether any code took a string key, and so needs {@link #codes} to be confirmed. */
  private boolean stringKeys;
  /** Codes by the positions stored in the table (input order, then depth-first after renumbering). */
  private GridCode[] codes;

  CodeIndex(GridCode[] codes) {
    this.codes = codes;
    int capacity = Integer.highestOneBit(Math.max(4, codes.length * 4 / 3 + 1) - 1) << 1;
    this.table = new long[capacity * 2];
    this.mask = capacity - 1;
  }

  /** Adds {@code codes[position]}; returns the position already holding an equal code, or -1. */
  int add(int position) {
    GridCode code = codes[position];
    long key = key(code.value());
    stringKeys |= key < 0;
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long stored = table[slot * 2];
      if (stored == EMPTY) {
        table[slot * 2] = key;
        table[slot * 2 + 1] = position;
        return -1;
      }
      int other = position(slot);
      if (stored == key && (key > 0 || codes[other].equals(code))) {
        return other;
      }
    }
  }

  /** The slot holding {@code code}, or -1. */
  int slotOf(String code) {
    long key = key(code);
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long stored = table[slot * 2];
      if (stored == EMPTY) {
        return -1;
      }
      if (stored == key && (key > 0 || codes[position(slot)].value().equals(code))) {
        return slot;
      }
    }
  }

  /** The position of {@code code}, or -1. */
  int find(String code) {
    int slot = slotOf(code);
    return slot < 0 ? -1 : position(slot);
  }

  /** The position held by an occupied slot. */
  int position(int slot) {
    return (int) (table[slot * 2 + 1] & LOW);
  }

  /** The end (exclusive) of the subtree of the grid in an occupied slot, once renumbered. */
  int end(int slot) {
    return (int) (table[slot * 2 + 1] >>> 32);
  }

  /** The number of slots, occupied or not. */
  int slots() {
    return mask + 1;
  }

  boolean isOccupied(int slot) {
    return table[slot * 2] != EMPTY;
  }

  /**
   * Replaces every stored input position i by its depth-first position {@code p = newPositions[i]}
   * (-1 for none) and stores beside it the end of its subtree, {@code ends[p]}; reorders the codes the
   * same way when string keys need them, so those are still confirmed against the right code.
   */
  void renumber(int[] newPositions, int[] ends) {
    for (int slot = 0; slot <= mask; slot++) {
      if (table[slot * 2] != EMPTY) {
        int p = newPositions[position(slot)];
        table[slot * 2 + 1] = (long) ends[p] << 32 | p;
      }
    }
    if (stringKeys) {
      GridCode[] renumbered = new GridCode[codes.length];
      for (int i = 0; i < codes.length; i++) {
        if (newPositions[i] >= 0) {
          renumbered[newPositions[i]] = codes[i];
        }
      }
      codes = renumbered;
    }
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
