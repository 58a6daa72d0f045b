package org.civicgrid.geo.index;

import java.util.Arrays;

/** A growable {@code long[]} for building the flat arrays of an index. Not thread-safe. */
final class LongList {
  private long[] values = new long[64];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  void set(int index, long value) {
    values[index] = value;
  }

  int size() {
    return size;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
