package org.civicgrid.geo.layout;

/**
 * Recursive coordinate bisection made contiguous: each set of units is cut across its longer side
 * by growing one side from its westernmost (or southernmost) unit over the unit graph, nearest
 * projected coordinate first, until it holds its share of households; pockets the growth cut off
 * from the other side join the grown side, so both sides stay connected when the set was. Not
 * thread-safe; one instance per parent.
 */
final class Bisection {
  private final double[] east;
  private final double[] north;
  private final int[] households;
  private final int[] offsets;
  private final int[] targets;
  private final int[] part;
  /** Which set a unit currently belongs to: the id of the call that is splitting it. */
  private final int[] set;
  private final int[] side;
  /** A unit's position in the member array of the set being split. */
  private final int[] slot;
  private final UnitHeap heap = new UnitHeap();
  private int nextSet;
  private int nextPart;

  Bisection(UnitGraph graph) {
    this.east = graph.eastArray();
    this.north = graph.northArray();
    this.households = graph.householdArray();
    this.offsets = graph.offsetArray();
    this.targets = graph.targetArray();
    int n = east.length;
    this.part = new int[n];
    this.set = new int[n];
    this.side = new int[n];
    this.slot = new int[n];
  }

  /** The part of every unit, numbered from 0; fewer than {@code k} parts only if units run out. */
  int[] partition(int k) {
    int[] all = new int[east.length];
    for (int u = 0; u < all.length; u++) {
      all[u] = u;
    }
    split(all, k);
    return part.clone();
  }

  private void split(int[] members, int k) {
    if (k == 1 || members.length <= 1) {
      int p = nextPart++;
      for (int u : members) {
        part[u] = p;
      }
      return;
    }
    int id = ++nextSet;
    long total = 0;
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int u : members) {
      set[u] = id;
      side[u] = 0;
      total += households[u];
      minX = Math.min(minX, east[u]);
      maxX = Math.max(maxX, east[u]);
      minY = Math.min(minY, north[u]);
      maxY = Math.max(maxY, north[u]);
    }
    double[] key = maxX - minX >= maxY - minY ? east : north;
    int k1 = k / 2;
    double target = (double) total * k1 / k;
    grow(members, key, id, target);
    absorbPockets(members, id);
    int[] a = new int[count(members, 1)];
    int[] b = new int[members.length - a.length];
    int ia = 0;
    int ib = 0;
    for (int u : members) {
      if (side[u] == 1) {
        a[ia++] = u;
      } else {
        b[ib++] = u;
      }
    }
    if (b.length == 0) {
      split(a, 1);
      return;
    }
    split(a, k1);
    split(b, k - k1);
  }

  /** Grows side 1 from the lowest unit by projected coordinate, over the graph, until it holds {@code target}. */
  private void grow(int[] members, double[] key, int id, double target) {
    heap.clear(key);
    long weight = 0;
    while (weight < target) {
      if (heap.isEmpty()) {
        int seed = lowestOutside(members, key);
        if (seed < 0) {
          break;
        }
        side[seed] = 2;
        heap.add(seed);
      }
      int u = heap.poll();
      if (weight > 0 && Math.abs(weight + households[u] - target) >= Math.abs(weight - target)) {
        side[u] = 0;
        break;
      }
      side[u] = 1;
      weight += households[u];
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        int v = targets[e];
        if (set[v] == id && side[v] == 0) {
          side[v] = 2;
          heap.add(v);
        }
      }
    }
    while (!heap.isEmpty()) {
      side[heap.poll()] = 0;
    }
  }

  /** The member not yet on either side with the lowest key (ties by index), or -1. */
  private int lowestOutside(int[] members, double[] key) {
    int best = -1;
    for (int u : members) {
      if (side[u] == 0 && (best < 0 || key[u] < key[best] || (key[u] == key[best] && u < best))) {
        best = u;
      }
    }
    return best;
  }

  /** Moves to side 1 every piece of side 0 but its heaviest, so that side 0 stays one piece. */
  private void absorbPockets(int[] members, int id) {
    int[] component = new int[members.length];
    int[] stack = new int[members.length];
    for (int i = 0; i < members.length; i++) {
      slot[members[i]] = i;
    }
    int pieces = 0;
    long bestWeight = -1;
    int best = 0;
    for (int i = 0; i < members.length; i++) {
      if (side[members[i]] != 0 || component[i] != 0) {
        continue;
      }
      pieces++;
      long weight = 0;
      int top = 0;
      stack[top++] = members[i];
      component[i] = pieces;
      while (top > 0) {
        int u = stack[--top];
        weight += households[u];
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
          int v = targets[e];
          if (set[v] == id && side[v] == 0 && component[slot[v]] == 0) {
            component[slot[v]] = pieces;
            stack[top++] = v;
          }
        }
      }
      if (weight > bestWeight) {
        bestWeight = weight;
        best = pieces;
      }
    }
    for (int i = 0; i < members.length; i++) {
      if (component[i] != 0 && component[i] != best) {
        side[members[i]] = 1;
      }
    }
  }

  private int count(int[] members, int s) {
    int c = 0;
    for (int u : members) {
      if (side[u] == s) {
        c++;
      }
    }
    return c;
  }
}
