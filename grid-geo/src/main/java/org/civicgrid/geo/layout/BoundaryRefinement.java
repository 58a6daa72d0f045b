package org.civicgrid.geo.layout;

/**
 * Improves a partition by moving single units across part borders. A move is made only if the part
 * it leaves stays connected and not empty, and it either brings the two parts' households closer to
 * the allowed range, or keeps both inside it and shortens the total border between parts (which is
 * what makes parts compact: with border-length weights the cut is the parts' shared perimeter).
 * Units are visited in index order, so the result is deterministic. Not thread-safe; one instance
 * per parent.
 */
final class BoundaryRefinement {
  private static final double EPSILON = 1e-9;

  private final int[] households;
  private final int[] offsets;
  private final int[] targets;
  private final double[] borders;
  private final int[] part;
  private final long[] weight;
  private final int[] size;
  private final double low;
  private final double high;
  private final int[] seen;
  private final int[] queue;
  private int stamp;

  BoundaryRefinement(UnitGraph graph, int[] part, int parts, double low, double high) {
    this.households = graph.householdArray();
    this.offsets = graph.offsetArray();
    this.targets = graph.targetArray();
    this.borders = graph.borderArray();
    this.part = part;
    this.weight = graph.householdsByPart(part, parts);
    this.size = UnitGraph.unitsByPart(part, parts);
    this.low = low;
    this.high = high;
    this.seen = new int[part.length];
    this.queue = new int[part.length];
  }

  /** Makes passes over all units until one moves nothing or {@code maxPasses} are done; returns the moves. */
  int refine(int maxPasses) {
    int total = 0;
    for (int pass = 0; pass < maxPasses; pass++) {
      int moves = 0;
      for (int u = 0; u < part.length; u++) {
        if (tryMove(u)) {
          moves++;
        }
      }
      total += moves;
      if (moves == 0) {
        break;
      }
    }
    return total;
  }

  private boolean tryMove(int u) {
    int from = part[u];
    double own = 0;
    for (int e = offsets[u]; e < offsets[u + 1]; e++) {
      if (part[targets[e]] == from) {
        own += borders[e];
      }
    }
    int best = -1;
    double bestBalance = 0;
    double bestGain = 0;
    for (int e = offsets[u]; e < offsets[u + 1]; e++) {
      int to = part[targets[e]];
      if (to == from || (best == to)) {
        continue;
      }
      double shared = 0;
      for (int f = offsets[u]; f < offsets[u + 1]; f++) {
        if (part[targets[f]] == to) {
          shared += borders[f];
        }
      }
      double gain = shared - own;
      int w = households[u];
      double balance = excess(weight[from] - w) + excess(weight[to] + w) - excess(weight[from]) - excess(weight[to]);
      boolean better = balance < -EPSILON || (Math.abs(balance) <= EPSILON && gain > EPSILON
          && excess(weight[from] - w) == 0 && excess(weight[to] + w) == 0);
      if (better && (best < 0 || balance < bestBalance - EPSILON
          || (Math.abs(balance - bestBalance) <= EPSILON && gain > bestGain))) {
        best = to;
        bestBalance = balance;
        bestGain = gain;
      }
    }
    if (best < 0 || size[from] == 1 || !staysConnected(u, from)) {
      return false;
    }
    part[u] = best;
    weight[from] -= households[u];
    weight[best] += households[u];
    size[from]--;
    size[best]++;
    return true;
  }

  private double excess(long households) {
    return Math.max(0, low - households) + Math.max(0, households - high);
  }

  /** Whether the neighbours of {@code u} in {@code p} remain connected within {@code p} without {@code u}. */
  private boolean staysConnected(int u, int p) {
    int needed = 0;
    int start = -1;
    stamp++;
    for (int e = offsets[u]; e < offsets[u + 1]; e++) {
      int v = targets[e];
      if (part[v] == p && seen[v] != -stamp) {
        seen[v] = -stamp;
        needed++;
        start = v;
      }
    }
    if (needed <= 1) {
      return true;
    }
    seen[u] = stamp;
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    seen[start] = stamp;
    int found = 1;
    while (head < tail) {
      int v = queue[head++];
      for (int e = offsets[v]; e < offsets[v + 1]; e++) {
        int x = targets[e];
        if (part[x] == p && seen[x] != stamp) {
          if (seen[x] == -stamp && ++found == needed) {
            return true;
          }
          seen[x] = stamp;
          queue[tail++] = x;
        }
      }
    }
    return false;
  }
}
