package org.civicgrid.geo.layout;

import java.util.Arrays;

/**
 * A binary min-heap of units ordered by a key array, then by index, so growth orders are
 * deterministic; reused across growths by {@link #clear}. Not thread-safe.
 */
final class UnitHeap {
  private int[] units = new int[16];
  private int size;
  private double[] key;

  void clear(double[] key) {
    this.key = key;
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(int unit) {
    if (size == units.length) {
      units = Arrays.copyOf(units, size * 2);
    }
    int i = size++;
    while (i > 0 && less(unit, units[(i - 1) / 2])) {
      units[i] = units[(i - 1) / 2];
      i = (i - 1) / 2;
    }
    units[i] = unit;
  }

  int poll() {
    int top = units[0];
    int last = units[--size];
    int i = 0;
    while (2 * i + 1 < size) {
      int child = 2 * i + 1;
      if (child + 1 < size && less(units[child + 1], units[child])) {
        child++;
      }
      if (!less(units[child], last)) {
        break;
      }
      units[i] = units[child];
      i = child;
    }
    units[i] = last;
    return top;
  }

  private boolean less(int u, int v) {
    return key[u] < key[v] || (key[u] == key[v] && u < v);
  }
}
