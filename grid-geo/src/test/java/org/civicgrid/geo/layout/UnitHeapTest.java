package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitHeapTest {
  @Test
  void unitsComeOutByKeyThenByIndex() {
    double[] key = {3.0, 1.0, 2.0, 1.0, 0.5};
    UnitHeap heap = new UnitHeap();
    heap.clear(key);
    for (int u : new int[] {0, 3, 2, 1, 4}) {
      heap.add(u);
    }

    int[] order = new int[5];
    for (int i = 0; i < 5; i++) {
      order[i] = heap.poll();
    }

    assertThat(order).containsExactly(4, 1, 3, 2, 0);
    assertThat(heap.isEmpty()).isTrue();
  }

  @Test
  void growsPastItsFirstCapacityAndClearsForTheNextGrowth() {
    double[] key = new double[40];
    UnitHeap heap = new UnitHeap();
    heap.clear(key);
    for (int u = 39; u >= 0; u--) {
      key[u] = -u;
      heap.add(u);
    }
    assertThat(heap.poll()).isEqualTo(39);

    heap.clear(key);

    assertThat(heap.isEmpty()).isTrue();
  }
}
