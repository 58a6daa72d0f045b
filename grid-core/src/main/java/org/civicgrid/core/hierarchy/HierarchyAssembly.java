package org.civicgrid.core.hierarchy;

import static org.civicgrid.core.hierarchy.HierarchyRule.CYCLE;
import static org.civicgrid.core.hierarchy.HierarchyRule.DUPLICATE_CODE;
import static org.civicgrid.core.hierarchy.HierarchyRule.LEVEL_NOT_ALLOWED_UNDER;
import static org.civicgrid.core.hierarchy.HierarchyRule.LEVEL_NOT_BELOW_PARENT;
import static org.civicgrid.core.hierarchy.HierarchyRule.MISSING_PARENT;
import static org.civicgrid.core.hierarchy.HierarchyRule.ORPHAN;
import static org.civicgrid.core.hierarchy.HierarchyRule.UNKNOWN_LEVEL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.civicgrid.core.code.CodeRule;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;

/**
 * The one pass that both validates nodes and lays them out as a tree: code index, parent links,
 * depth-first order (so a subtree is a contiguous range), cycles, code rules; then places and counts
 * ({@link PlaceAssembly}). {@link HierarchyValidator} keeps only the findings; {@link GridHierarchy}
 * keeps the layout too.
 */
final class HierarchyAssembly {
  static final int TOP = -1;
  private static final int UNRESOLVED = -2;

  final LevelScheme scheme;
  final GridNode[] nodes;
  final Level[] levels;
  final CodeIndex index;
  /** Input position of each node's parent, {@link #TOP}, or {@link #UNRESOLVED}. */
  final int[] parent;
  /** Input positions in depth-first order; only nodes reachable from a top grid. */
  int[] order;
  /** For each input position, its depth-first position, or -1 if unreachable. */
  int[] position;
  /** For each depth-first position, the end (exclusive) of its subtree. */
  int[] end;
  PlaceAssembly places;
  final List<Finding> findings = new ArrayList<>();

  HierarchyAssembly(LevelScheme scheme, List<GridNode> nodes, List<Place> places) {
    this.scheme = scheme;
    this.nodes = nodes.toArray(GridNode[]::new);
    int n = this.nodes.length;
    this.levels = new Level[n];
    this.parent = new int[n];
    GridCode[] codes = new GridCode[n];
    for (int i = 0; i < n; i++) {
      codes[i] = this.nodes[i].code();
    }
    this.index = new CodeIndex(codes);
    indexCodes();
    linkParents();
    order();
    findCycles();
    checkLevelsAndCodes();
    this.places = new PlaceAssembly(this, places);
  }

  private void indexCodes() {
    for (int i = 0; i < nodes.length; i++) {
      int first = index.add(i);
      if (first >= 0) {
        parent[i] = UNRESOLVED;
        findings.add(Finding.of(DUPLICATE_CODE, nodes[i].code().value(),
            "declared twice: '" + nodes[first].name() + "' and '" + nodes[i].name() + "'"));
        continue;
      }
      levels[i] = scheme.findLevel(nodes[i].level()).orElse(null);
      if (levels[i] == null) {
        findings.add(Finding.of(UNKNOWN_LEVEL, nodes[i].code().value(),
            "level '" + nodes[i].level() + "' is not in scheme " + scheme.id()));
      }
    }
  }

  private void linkParents() {
    for (int i = 0; i < nodes.length; i++) {
      if (parent[i] == UNRESOLVED) {
        continue;
      }
      GridCode p = nodes[i].parent();
      if (p == null) {
        parent[i] = TOP;
        if (levels[i] != null && !levels[i].isTop()) {
          findings.add(Finding.of(MISSING_PARENT, nodes[i].code().value(),
              "a " + levels[i].id() + " must hang under " + levels[i].parents()));
        }
        continue;
      }
      parent[i] = index.find(p.value());
      if (parent[i] < 0) {
        parent[i] = UNRESOLVED;
        findings.add(Finding.of(ORPHAN, nodes[i].code().value(), "parent " + p + " does not exist"));
      }
    }
  }

  /** Depth-first order from the top grids, children by code, with an explicit stack. */
  private void order() {
    int n = nodes.length;
    int[] childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        childStart[parent[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    int[] children = new int[childStart[n]];
    int[] fill = Arrays.copyOf(childStart, n);
    List<Integer> tops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[fill[parent[i]]++] = i;
      } else if (parent[i] == TOP) {
        tops.add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      sortByCode(children, childStart[i], childStart[i + 1]);
    }
    tops.sort(this::compareCodes);

    order = new int[n];
    position = new int[n];
    Arrays.fill(position, -1);
    int[] endByInput = new int[n];
    int[] stack = new int[n + 1];
    int[] next = new int[n];
    int size = 0;
    for (int top : tops) {
      stack[0] = top;
      int depth = 1;
      position[top] = size;
      order[size++] = top;
      next[top] = childStart[top];
      while (depth > 0) {
        int node = stack[depth - 1];
        if (next[node] < childStart[node + 1]) {
          int child = children[next[node]++];
          position[child] = size;
          order[size++] = child;
          next[child] = childStart[child];
          stack[depth++] = child;
        } else {
          endByInput[node] = size;
          depth--;
        }
      }
    }
    order = Arrays.copyOf(order, size);
    end = new int[size];
    for (int p = 0; p < size; p++) {
      end[p] = endByInput[order[p]];
    }
  }

  /**
   * Sorts the node indexes {@code nodeIndexes[from..to)} by code. Tables usually list children in
   * code order already, so that is checked first and only an unordered range is boxed and sorted.
   */
  private void sortByCode(int[] nodeIndexes, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (nodes[nodeIndexes[k - 1]].code().compareTo(nodes[nodeIndexes[k]].code()) > 0) {
        Integer[] range = Arrays.stream(nodeIndexes, from, to).boxed().toArray(Integer[]::new);
        Arrays.sort(range, this::compareCodes);
        for (int j = from; j < to; j++) {
          nodeIndexes[j] = range[j - from];
        }
        return;
      }
    }
  }

  private int compareCodes(Integer a, Integer b) {
    return nodes[a].code().compareTo(nodes[b].code());
  }

  /** Nodes with a resolved parent that the walk from the top never reached lie on or below a cycle. */
  private void findCycles() {
    int[] walk = new int[nodes.length];
    for (int start = 0; start < nodes.length; start++) {
      if (position[start] >= 0 || parent[start] < 0 || walk[start] != 0) {
        continue;
      }
      int node = start;
      while (node >= 0 && walk[node] == 0 && position[node] < 0) {
        walk[node] = start + 1;
        node = parent[node];
      }
      if (node >= 0 && walk[node] == start + 1) {
        List<GridCode> cycle = new ArrayList<>();
        int member = node;
        do {
          cycle.add(nodes[member].code());
          member = parent[member];
        } while (member != node);
        GridCode first = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
        findings.add(Finding.of(CYCLE, first.value(), "grids are each other's ancestors: " + cycle));
      }
    }
  }

  private void checkLevelsAndCodes() {
    for (int i = 0; i < nodes.length; i++) {
      if (parent[i] == UNRESOLVED || levels[i] == null) {
        continue;
      }
      String code = nodes[i].code().value();
      Level parentLevel = parent[i] >= 0 ? levels[parent[i]] : null;
      if (parentLevel != null && !scheme.allowsUnder(levels[i], parentLevel)) {
        boolean below = isBelow(levels[i], parentLevel);
        findings.add(Finding.of(below ? LEVEL_NOT_ALLOWED_UNDER : LEVEL_NOT_BELOW_PARENT, code,
            "a " + levels[i].id() + " may not hang under a " + parentLevel.id()
                + " (allowed: " + levels[i].parents() + ")"));
      }
      try {
        scheme.checkCode(nodes[i].code(), levels[i], parent[i] >= 0 ? nodes[parent[i]].code() : null);
      } catch (InvalidCodeException e) {
        boolean prefix = e.rule() == CodeRule.PREFIX || e.rule() == CodeRule.PADDING;
        findings.add(Finding.of(prefix ? HierarchyRule.CODE_NOT_EXTENDING_PARENT : HierarchyRule.CODE_MALFORMED,
            code, e.getMessage()));
      }
    }
  }

  /**
   * True when {@code upper} is reached from {@code level} through the levels' parents. Declaration
   * order cannot tell this once a scheme has branches (Fuxin declares its rural township after the
   * urban community).
   */
  private boolean isBelow(Level level, Level upper) {
    for (String parentId : level.parents()) {
      if (parentId.equals(upper.id()) || isBelow(scheme.level(parentId), upper)) {
        return true;
      }
    }
    return false;
  }
}
