package org.civicgrid.geo.layout;

import java.util.Arrays;

/**
 * Improves a partition by cutting the union of two neighbouring parts anew (a ReCom-style pair
 * re-split): the union is grown from its extreme unit in each of {@value #DIRECTIONS} directions,
 * nearest projected coordinate first, and the best prefix whose rest stays connected replaces the
 * two parts. Best means a lower sum of squared excess over the allowed range (so a part that no
 * single-unit move can balance, because its units are whole buildings, hands its excess to a
 * neighbour, which hands it on), then a shorter border between the two. Every accepted re-split
 * lowers that pair of figures, so the improvement ends. Parts stay connected and non-empty. Pairs are
 * visited in part order, so the result is deterministic; after the first round only pairs with a part
 * changed in the round before are tried again. Not thread-safe; one instance per parent.
 */
final class PairResplit {
  static final int DIRECTIONS = 8;
  /** Prefixes tried per direction before its best whose rest is connected is given up. */
  private static final int ATTEMPTS = 8;
  private static final double EPSILON = 1e-9;

  private final double[] east;
  private final double[] north;
  private final int[] households;
  private final int[] offsets;
  private final int[] targets;
  private final double[] borders;
  private final int[] part;
  private final long[] weight;
  private final int[][] members;
  private final double low;
  private final double high;
  /** Stamp of the union a unit belongs to while it is re-split. */
  private final int[] union;
  /** A unit's position in the growth order of the current direction; -1 before it is reached, -2 while queued. */
  private final int[] position;
  private final int[] seen;
  private final double[] key;
  private final int[] order;
  private final int[] stack;
  private final double[] prefixScore;
  private final double[] prefixCut;
  /** Prefix lengths whose rest was found in pieces, marked with the growth they belong to. */
  private final int[] excluded;
  /** The round in which each part last changed. */
  private final int[] changedIn;
  private final int[] neighbourSeen;
  private final UnitHeap heap = new UnitHeap();
  /** The number of growths so far, which marks {@link #excluded}. */
  private int tried;
  private int stamp;
  private int visit;

  PairResplit(UnitGraph graph, int[] part, int parts, double low, double high) {
    this.east = graph.eastArray();
    this.north = graph.northArray();
    this.households = graph.householdArray();
    this.offsets = graph.offsetArray();
    this.targets = graph.targetArray();
    this.borders = graph.borderArray();
    this.part = part;
    this.weight = graph.householdsByPart(part, parts);
    int[] size = UnitGraph.unitsByPart(part, parts);
    this.members = new int[parts][];
    for (int p = 0; p < parts; p++) {
      members[p] = new int[size[p]];
      size[p] = 0;
    }
    for (int u = 0; u < part.length; u++) {
      members[part[u]][size[part[u]]++] = u;
    }
    this.low = low;
    this.high = high;
    int n = part.length;
    this.union = new int[n];
    this.position = new int[n];
    this.seen = new int[n];
    this.key = new double[n];
    this.order = new int[n];
    this.stack = new int[n];
    this.prefixScore = new double[n + 1];
    this.prefixCut = new double[n + 1];
    this.excluded = new int[n + 1];
    this.changedIn = new int[parts];
    this.neighbourSeen = new int[parts];
  }

  /**
   * Re-splits pairs until a round changes nothing or {@code rounds} are done; with {@code balanceOnly}
   * only pairs with a part outside the range are tried. Returns the re-splits made.
   */
  int improve(int rounds, boolean balanceOnly) {
    int total = 0;
    for (int round = 1; round <= rounds; round++) {
      int changed = 0;
      for (int p = 0; p < members.length; p++) {
        for (int q : neighbourParts(p)) {
          boolean wanted = balanceOnly ? excess(weight[p]) + excess(weight[q]) > 0 : q > p;
          if (wanted && Math.max(changedIn[p], changedIn[q]) >= round - 1 && resplit(p, q)) {
            changedIn[p] = round;
            changedIn[q] = round;
            changed++;
          }
        }
      }
      total += changed;
      if (changed == 0) {
        break;
      }
    }
    return total;
  }

  /** The parts that border {@code p}, ascending. */
  private int[] neighbourParts(int p) {
    visit++;
    int[] found = new int[8];
    int count = 0;
    for (int u : members[p]) {
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        int q = part[targets[e]];
        if (q != p && neighbourSeen[q] != visit) {
          neighbourSeen[q] = visit;
          if (count == found.length) {
            found = Arrays.copyOf(found, 2 * count);
          }
          found[count++] = q;
        }
      }
    }
    int[] sorted = Arrays.copyOf(found, count);
    Arrays.sort(sorted);
    return sorted;
  }

  private boolean resplit(int p, int q) {
    int[] units = new int[members[p].length + members[q].length];
    System.arraycopy(members[p], 0, units, 0, members[p].length);
    System.arraycopy(members[q], 0, units, members[p].length, members[q].length);
    stamp++;
    double cut = 0;
    for (int u : members[p]) {
      union[u] = stamp;
    }
    for (int u : members[q]) {
      union[u] = stamp;
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        cut += part[targets[e]] == p ? borders[e] : 0;
      }
    }
    if (cut == 0) {
      return false;
    }
    long total = weight[p] + weight[q];
    double bestScore = squaredExcess(weight[p]) + squaredExcess(weight[q]);
    double bestCut = cut;
    int bestDirection = -1;
    int bestLength = 0;
    for (int d = 0; d < DIRECTIONS; d++) {
      int grown = grow(units, d, total, bestScore);
      if (grown < 0) {
        return false;
      }
      tried++;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        int length = -1;
        for (int l = 1; l <= grown && l < units.length; l++) {
          if (excluded[l] != tried && better(prefixScore[l], prefixCut[l], bestScore, bestCut)
              && (length < 0 || better(prefixScore[l], prefixCut[l], prefixScore[length], prefixCut[length]))) {
            length = l;
          }
        }
        if (length < 0) {
          break;
        }
        if (restConnected(units, length)) {
          bestScore = prefixScore[length];
          bestCut = prefixCut[length];
          bestDirection = d;
          bestLength = length;
          break;
        }
        excluded[length] = tried;
      }
    }
    if (bestDirection < 0) {
      return false;
    }
    grow(units, bestDirection, total, bestScore);
    apply(units, p, q, bestLength);
    return true;
  }

  private static boolean better(double score, double cut, double bestScore, double bestCut) {
    return score < bestScore - EPSILON || (score <= bestScore + EPSILON && cut < bestCut - EPSILON);
  }

  /**
   * Orders the union's units by growth from its lowest unit along direction {@code d}, recording for
   * every prefix, by its length, its score and its border with the rest. Growth stops once no longer
   * prefix can score {@code limit} or less. Returns the units grown, or -1 if the union is not
   * connected.
   */
  private int grow(int[] units, int d, long total, double limit) {
    double angle = Math.PI * 2 * d / DIRECTIONS;
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    int seed = -1;
    for (int u : units) {
      key[u] = cos * east[u] + sin * north[u];
      position[u] = -1;
      if (seed < 0 || key[u] < key[seed] || (key[u] == key[seed] && u < seed)) {
        seed = u;
      }
    }
    heap.clear(key);
    heap.add(seed);
    position[seed] = -2;
    int length = 0;
    long grown = 0;
    double cut = 0;
    while (!heap.isEmpty()) {
      int u = heap.poll();
      position[u] = length;
      order[length++] = u;
      grown += households[u];
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        int v = targets[e];
        if (union[v] != stamp) {
          continue;
        }
        if (position[v] >= 0) {
          cut -= borders[e];
        } else {
          cut += borders[e];
          if (position[v] == -1) {
            position[v] = -2;
            heap.add(v);
          }
        }
      }
      prefixScore[length] = squaredExcess(grown) + squaredExcess(total - grown);
      prefixCut[length] = cut;
      if (grown > high && squaredExcess(grown) > limit) {
        return length;
      }
    }
    return length == units.length ? length : -1;
  }

  /** Whether the units after the first {@code length} of the growth order are connected. */
  private boolean restConnected(int[] units, int length) {
    visit++;
    int start = -1;
    for (int i = 0; start < 0; i++) {
      start = position[units[i]] < 0 || position[units[i]] >= length ? units[i] : -1;
    }
    int top = 0;
    stack[top++] = start;
    seen[start] = visit;
    int reached = 1;
    while (top > 0) {
      int u = stack[--top];
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        int v = targets[e];
        if (union[v] == stamp && (position[v] < 0 || position[v] >= length) && seen[v] != visit) {
          seen[v] = visit;
          stack[top++] = v;
          reached++;
        }
      }
    }
    return reached == units.length - length;
  }

  /** Gives the first {@code length} units of the growth order to whichever of p, q held more of them. */
  private void apply(int[] units, int p, int q, int length) {
    int fromP = 0;
    for (int i = 0; i < length; i++) {
      fromP += part[order[i]] == p ? 1 : 0;
    }
    int first = 2 * fromP >= length ? p : q;
    int second = first == p ? q : p;
    int[] a = Arrays.copyOf(order, length);
    int[] b = new int[units.length - length];
    int nb = 0;
    for (int u : units) {
      if (position[u] < 0 || position[u] >= length) {
        b[nb++] = u;
      }
    }
    long wa = 0;
    for (int u : a) {
      part[u] = first;
      wa += households[u];
    }
    for (int u : b) {
      part[u] = second;
    }
    weight[second] = weight[first] + weight[second] - wa;
    weight[first] = wa;
    members[first] = a;
    members[second] = b;
  }

  private double excess(long households) {
    return Math.max(0, low - households) + Math.max(0, households - high);
  }

  private double squaredExcess(long households) {
    double x = excess(households);
    return x * x;
  }
}
