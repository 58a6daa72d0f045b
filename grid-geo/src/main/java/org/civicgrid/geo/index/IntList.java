package org.civicgrid.geo.index;

import java.util.Arrays;

/** A growable {@code int[]} for building the flat arrays of an index. Not thread-safe. */
final class IntList {
  private int[] values;
  private int size;

  IntList() {
    this(64);
  }

  /** A list with room for about {@code expected} values before it grows. */
  IntList(int expected) {
    values = new int[Math.max(16, expected)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  void set(int index, int value) {
    values[index] = value;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /**
   * The positions of this list's values grouped by value (each in {@code [0, buckets)}), stable;
   * {@code start} receives the bucket boundaries and must have {@code buckets + 1} slots.
   */
  int[] groupBy(int buckets, int[] start) {
    Arrays.fill(start, 0);
    for (int t = 0; t < size; t++) {
      start[values[t] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] fill = Arrays.copyOf(start, buckets);
    int[] order = new int[size];
    for (int t = 0; t < size; t++) {
      order[fill[values[t]]++] = t;
    }
    return order;
  }
}
