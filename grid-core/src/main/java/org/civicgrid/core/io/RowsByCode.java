package org.civicgrid.core.io;

/**
 * Division code → row, for a national table (10⁶ codes) without boxing: a code of at most 18 digits
 * is encoded exactly as a {@code long} ("1" followed by its digits, so leading zeros count) and kept
 * in an open-addressing table that doubles as it fills. Not thread-safe; lives for one import.
 */
final class RowsByCode {
  private static final long EMPTY = 0L;

  private long[] keys = new long[1024];
  private int[] rows = new int[1024];
  private int size;

  /** The key of the first {@code length} digits of {@code digits}, which must all be 0–9. */
  static long key(String digits, int length) {
    long key = 1;
    for (int i = 0; i < length; i++) {
      key = key * 10 + (digits.charAt(i) - '0');
    }
    return key;
  }

  /** Maps {@code key} to {@code row} unless it is mapped already; returns the earlier row, or -1. */
  int putIfAbsent(long key, int row) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = slot(key, keys.length - 1);
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return rows[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = key;
    rows[slot] = row;
    size++;
    return -1;
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); keys[slot] != EMPTY; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return rows[slot];
      }
    }
    return -1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        rows[slot] = oldRows[i];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
  }
}
