package org.civicgrid.geo.index;

import java.util.Arrays;

/** A growable {@code double[]} for building the flat arrays of an index. Not thread-safe. */
final class DoubleList {
  private double[] values = new double[64];
  private int size;

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  double get(int index) {
    return values[index];
  }

  void set(int index, double value) {
    values[index] = value;
  }

  int size() {
    return size;
  }

  double[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
