package org.civicgrid.geo.layout;

import java.util.Arrays;
import java.util.PriorityQueue;

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

  /** Grows side 1 from the lowest unit by projected coordinate. */
  private void grow(int[] members, double[] key, int id, double target) {
    PriorityQueue<Integer> frontier = new PriorityQueue<>((u, v) -> {
      int c = Double.compare(key[u], key[v]);
      return c != 0 ? c : Integer.compare(u, v);
    });
    long weight = 0;
    int scan = 0;
    int[] byKey = members.clone();
    sortByKey(byKey, key);
    while (weight < target) {
      if (frontier.isEmpty()) {
        while (scan < byKey.length && side[byKey[scan]] != 0) {
          scan++;
        }
        if (scan == byKey.length) {
          break;
        }
        side[byKey[scan]] = 2;
        frontier.add(byKey[scan]);
      }
      int u = frontier.poll();
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
          frontier.add(v);
        }
      }
    }
    for (int u : frontier) {
      side[u] = 0;
    }
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

  private static void sortByKey(int[] units, double[] key) {
    Integer[] boxed = new Integer[units.length];
    for (int i = 0; i < units.length; i++) {
      boxed[i] = units[i];
    }
    Arrays.sort(boxed, (u, v) -> {
      int c = Double.compare(key[u], key[v]);
      return c != 0 ? c : Integer.compare(u, v);
    });
    for (int i = 0; i < units.length; i++) {
      units[i] = boxed[i];
    }
  }
}
