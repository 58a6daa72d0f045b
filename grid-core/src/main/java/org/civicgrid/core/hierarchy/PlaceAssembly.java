package org.civicgrid.core.hierarchy;

import static org.civicgrid.core.hierarchy.HierarchyRule.COUNTED_TWICE;
import static org.civicgrid.core.hierarchy.HierarchyRule.DUPLICATE_PLACE;
import static org.civicgrid.core.hierarchy.HierarchyRule.HOUSEHOLDS_OUTSIDE_BAND;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_IN_UNKNOWN_GRID;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_KIND_MISMATCH;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_PARENT_IN_OTHER_GRID;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_UNKNOWN_PARENT;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.scheme.HouseholdBand;

/**
 * Places and counts of a {@link HierarchyAssembly}: checks each place, orders places by their grid's
 * depth-first position (so a subtree's places are contiguous too), and rolls households and
 * residents up the tree.
 */
final class PlaceAssembly {
  final Place[] places;
  /** Places in the order of their grids' depth-first positions. */
  final Place[] ordered;
  /** For each depth-first position p, its places are {@code ordered[start[p] .. start[p + 1])}. */
  final int[] start;
  final Map<String, Integer> byId = new HashMap<>();
  final long[] households;
  final long[] residents;

  PlaceAssembly(HierarchyAssembly tree, List<Place> places) {
    this.places = places.toArray(Place[]::new);
    int size = tree.order.length;
    int[] grid = new int[this.places.length];
    for (int i = 0; i < this.places.length; i++) {
      grid[i] = checkPlace(tree, i);
    }
    for (int i = 0; i < this.places.length; i++) {
      if (grid[i] >= 0) {
        checkParent(tree, i, grid);
      }
    }
    start = new int[size + 1];
    for (int g : grid) {
      if (g >= 0) {
        start[g + 1]++;
      }
    }
    for (int p = 0; p < size; p++) {
      start[p + 1] += start[p];
    }
    ordered = new Place[start[size]];
    int[] fill = Arrays.copyOf(start, size);
    for (int i = 0; i < this.places.length; i++) {
      if (grid[i] >= 0) {
        ordered[fill[grid[i]]++] = this.places[i];
      }
    }
    households = new long[size];
    residents = new long[size];
    rollUp(tree);
  }

  /** Returns the depth-first position of the place's grid, or -1 when the place is unusable. */
  private int checkPlace(HierarchyAssembly tree, int i) {
    Place place = places[i];
    Integer first = byId.putIfAbsent(place.id(), i);
    if (first != null) {
      tree.findings.add(Finding.of(DUPLICATE_PLACE, place.id(),
          "declared twice: '" + places[first].name() + "' and '" + place.name() + "'"));
      return -1;
    }
    int node = tree.index.find(place.grid().value());
    if (node < 0) {
      tree.findings.add(Finding.of(PLACE_IN_UNKNOWN_GRID, place.id(), "grid " + place.grid() + " does not exist"));
      return -1;
    }
    return tree.position[node];
  }

  private void checkParent(HierarchyAssembly tree, int i, int[] grid) {
    Place place = places[i];
    Integer parentIndex = place.parent() == null ? null : byId.get(place.parent());
    Place parent = parentIndex == null ? null : places[parentIndex];
    if (place.parent() != null && parent == null) {
      tree.findings.add(Finding.of(PLACE_UNKNOWN_PARENT, place.id(), "parent place " + place.parent() + " does not exist"));
      return;
    }
    String kindProblem = kindProblem(place.kind(), parent == null ? null : parent.kind());
    if (kindProblem != null) {
      tree.findings.add(Finding.of(PLACE_KIND_MISMATCH, place.id(), kindProblem));
    } else if (parent != null && !parent.grid().equals(place.grid())) {
      tree.findings.add(Finding.of(PLACE_PARENT_IN_OTHER_GRID, place.id(),
          "in grid " + place.grid() + " but its " + parent.kind().name().toLowerCase() + " " + parent.id()
              + " is in grid " + parent.grid()));
    } else if (parent != null && declares(place)) {
      Place counted = declaringAncestor(place, parent);
      if (counted != null) {
        tree.findings.add(Finding.of(COUNTED_TWICE, counted.id(),
            "counts declared on " + counted.id() + " and on its part " + place.id()));
      }
    }
  }

  /**
   * The nearest ancestor of {@code place}, from its {@code parent} up, that declares counts, or null.
   * A household group in a unit without counts still lies in the unit's building. Kinds nest at most
   * three deep, so the walk is bounded even when a broken parent chain (a kind mismatch) loops.
   */
  private Place declaringAncestor(Place place, Place parent) {
    Place p = parent;
    for (int hops = 0; p != null && p != place && hops < PlaceKind.values().length; hops++) {
      if (declares(p)) {
        return p;
      }
      Integer up = p.parent() == null ? null : byId.get(p.parent());
      p = up == null ? null : places[up];
    }
    return null;
  }

  private static String kindProblem(PlaceKind kind, PlaceKind parent) {
    return switch (kind) {
      case BUILDING -> parent == null ? null : "a building cannot be inside a " + parent;
      case UNIT -> parent == PlaceKind.BUILDING ? null : "a unit must name its building as parent";
      case HOUSEHOLD_GROUP -> parent != PlaceKind.HOUSEHOLD_GROUP ? null : "a household group cannot contain another";
    };
  }

  private static boolean declares(Place p) {
    return p.households() > 0 || p.residents() > 0;
  }

  private void rollUp(HierarchyAssembly tree) {
    int size = tree.order.length;
    int[] declaredBelow = new int[size];
    boolean[] counted = new boolean[size];
    for (int p = 0; p < size; p++) {
      for (int k = start[p]; k < start[p + 1]; k++) {
        households[p] += ordered[k].households();
        residents[p] += ordered[k].residents();
        declaredBelow[p] += declares(ordered[k]) ? 1 : 0;
      }
    }
    for (int p = size - 1; p >= 0; p--) {
      GridNode node = tree.nodes[tree.order[p]];
      boolean declared = node.households() > 0 || node.residents() > 0;
      if (declared && declaredBelow[p] > 0) {
        tree.findings.add(Finding.of(COUNTED_TWICE, node.code().value(),
            "counts declared on the grid and on " + declaredBelow[p] + " grid(s) or place(s) below it"));
      }
      households[p] += node.households();
      residents[p] += node.residents();
      counted[p] = declared || declaredBelow[p] > 0;
      int parent = tree.parent[tree.order[p]];
      if (parent >= 0) {
        int q = tree.position[parent];
        households[q] += households[p];
        residents[q] += residents[p];
        declaredBelow[q] += declaredBelow[p] + (declared ? 1 : 0);
      }
    }
    checkBands(tree, counted);
  }

  /** Grids whose subtree counts nothing are of unknown size, not of size zero: no band finding. */
  private void checkBands(HierarchyAssembly tree, boolean[] counted) {
    for (int p = 0; p < tree.order.length; p++) {
      if (!counted[p]) {
        continue;
      }
      var level = tree.levels[tree.order[p]];
      HouseholdBand band = level == null ? null : level.households().orElse(null);
      if (band != null && !band.contains(households[p])) {
        tree.findings.add(Finding.of(HOUSEHOLDS_OUTSIDE_BAND, tree.nodes[tree.order[p]].code().value(),
            households[p] + " households, outside the " + level.id() + " band " + band));
      }
    }
  }
}
