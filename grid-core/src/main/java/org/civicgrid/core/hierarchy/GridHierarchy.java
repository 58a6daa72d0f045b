package org.civicgrid.core.hierarchy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;

/**
 * An immutable snapshot of a territory's grids under one {@link LevelScheme}: find by code, parent,
 * children, path to the top, descendants, places, and households and residents rolled up the tree.
 *
 * <p>Grids are stored depth-first in one array, so every subtree is a contiguous range and the
 * ancestor test is two comparisons; codes are found through a flat open-addressing index. Building
 * validates everything first ({@link HierarchyValidator}) and fails as a whole on any error; the
 * warnings stay available from {@link #findings()}. Thread-safe.
 */
public final class GridHierarchy {
  private final LevelScheme scheme;
  private final Grid[] grids;
  private final int[] parent;
  private final CodeIndex index;
  /** The grid of each index slot: find-by-code reads it as soon as the slot is known. */
  private final Grid[] bySlot;
  private final Place[] places;
  private final int[] placeStart;
  private final Map<String, Integer> placeIndex;
  private final Report findings;

  private GridHierarchy(HierarchyAssembly a) {
    this.scheme = a.scheme;
    int size = a.order.length;
    this.grids = new Grid[size];
    this.parent = new int[size];
    int[] depth = new int[size];
    for (int p = 0; p < size; p++) {
      int input = a.order[p];
      int up = a.parent[input];
      parent[p] = up >= 0 ? a.position[up] : -1;
      depth[p] = up >= 0 ? depth[parent[p]] + 1 : 0;
      grids[p] = new Grid(this, a.nodes[input], a.levels[input], p, a.end[p], depth[p],
          a.places.households[p], a.places.residents[p]);
    }
    a.index.renumber(a.position, a.end);
    this.index = a.index;
    this.bySlot = new Grid[index.slots()];
    for (int s = 0; s < bySlot.length; s++) {
      if (index.isOccupied(s)) {
        bySlot[s] = grids[index.position(s)];
      }
    }
    this.places = a.places.ordered;
    this.placeStart = a.places.start;
    this.placeIndex = new HashMap<>(places.length * 2);
    for (int k = 0; k < places.length; k++) {
      placeIndex.put(places[k].id(), k);
    }
    this.findings = Report.of(a.findings);
  }

  /**
   * The hierarchy of these nodes and places.
   *
   * @throws InvalidHierarchyException with every finding when any finding is an error
   */
  public static GridHierarchy of(LevelScheme scheme, List<GridNode> nodes, List<Place> places) {
    checkNotNull(scheme, "scheme");
    HierarchyAssembly assembly = new HierarchyAssembly(scheme, nodes, places);
    Report report = Report.of(assembly.findings);
    if (report.hasErrors()) {
      throw new InvalidHierarchyException(report);
    }
    return new GridHierarchy(assembly);
  }

  /** Starts a hierarchy under {@code scheme}. */
  public static Builder builder(LevelScheme scheme) {
    return new Builder(scheme);
  }

  public LevelScheme scheme() {
    return scheme;
  }

  /** The warnings and notes found while building (errors prevent building). */
  public Report findings() {
    return findings;
  }

  public int size() {
    return grids.length;
  }

  /** All grids, depth-first, children ordered by code. */
  public ImmutableList<Grid> grids() {
    return ImmutableList.copyOf(grids);
  }

  /**
   * The grids of one level, depth-first. The level is matched by id, so a level of another copy of
   * the same scheme serves; a level id this scheme does not have is a caller mistake.
   */
  public ImmutableList<Grid> grids(Level level) {
    Level own = scheme.level(level.id());
    return Arrays.stream(grids).filter(g -> g.level() == own).collect(ImmutableList.toImmutableList());
  }

  /** The top-level grids. */
  public ImmutableList<Grid> tops() {
    return Arrays.stream(grids).filter(g -> g.depth() == 0).collect(ImmutableList.toImmutableList());
  }

  public Optional<Grid> find(GridCode code) {
    return find(code.value());
  }

  /** The grid with this code, if any; about one cache miss for numeric codes of up to 18 digits. */
  public Optional<Grid> find(String code) {
    int slot = index.slotOf(code);
    return slot < 0 ? Optional.empty() : Optional.of(bySlot[slot]);
  }

  /**
   * The grid with this code.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the code
   */
  public Grid get(GridCode code) {
    int slot = index.slotOf(code.value());
    if (slot < 0) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "no grid " + code + " in this hierarchy");
    }
    return bySlot[slot];
  }

  public boolean contains(GridCode code) {
    return index.find(code.value()) >= 0;
  }

  /**
   * True when {@code ancestor} lies strictly above {@code descendant}; false when either is absent.
   * O(1): codes that are not a prefix of each other are rejected without a lookup (building refuses
   * a code that does not extend its parent's), and otherwise the two index slots hold the positions
   * and subtree end needed.
   */
  public boolean isAncestor(GridCode ancestor, GridCode descendant) {
    if (!ancestor.isPrefixOf(descendant)) {
      return false;
    }
    int a = index.slotOf(ancestor.value());
    int d = index.slotOf(descendant.value());
    if (a < 0 || d < 0) {
      return false;
    }
    int position = index.position(d);
    return index.position(a) < position && position < index.end(a);
  }

  /** From the grid itself up to its top grid. */
  public ImmutableList<Grid> pathToTop(GridCode code) {
    ImmutableList.Builder<Grid> path = ImmutableList.builder();
    for (int p = get(code).position(); p >= 0; p = parent[p]) {
      path.add(grids[p]);
    }
    return path.build();
  }

  public Optional<Place> place(String id) {
    Integer k = placeIndex.get(id);
    return k == null ? Optional.empty() : Optional.of(places[k]);
  }

  /** Every place, in the depth-first order of their grids. */
  public ImmutableList<Place> places() {
    return ImmutableList.copyOf(places);
  }

  Optional<Grid> parentOf(int position) {
    return parent[position] < 0 ? Optional.empty() : Optional.of(grids[parent[position]]);
  }

  ImmutableList<Grid> childrenOf(int position, int end) {
    List<Grid> children = new ArrayList<>();
    for (int c = position + 1; c < end; c = grids[c].end()) {
      children.add(grids[c]);
    }
    return ImmutableList.copyOf(children);
  }

  ImmutableList<Grid> range(int from, int to) {
    return ImmutableList.copyOf(Arrays.asList(grids).subList(from, to));
  }

  ImmutableList<Place> placesIn(int from, int to) {
    return ImmutableList.copyOf(Arrays.asList(places).subList(placeStart[from], placeStart[to]));
  }

  @Override
  public String toString() {
    return "GridHierarchy[" + scheme.id() + ", " + grids.length + " grids, " + places.length + " places]";
  }

  /** Collects nodes and places, then builds the hierarchy. Not thread-safe. */
  public static final class Builder {
    private final LevelScheme scheme;
    private final List<GridNode> nodes = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();

    private Builder(LevelScheme scheme) {
      this.scheme = checkNotNull(scheme, "scheme");
    }

    public Builder add(GridNode node) {
      nodes.add(checkNotNull(node, "node"));
      return this;
    }

    public Builder addAll(Iterable<GridNode> nodes) {
      nodes.forEach(this::add);
      return this;
    }

    public Builder add(Place place) {
      places.add(checkNotNull(place, "place"));
      return this;
    }

    public Builder addPlaces(Iterable<Place> places) {
      places.forEach(this::add);
      return this;
    }

    /** Validation findings of what has been added so far. */
    public Report validate() {
      return HierarchyValidator.validate(scheme, nodes, places);
    }

    /** @throws InvalidHierarchyException with every finding when any finding is an error */
    public GridHierarchy build() {
      return GridHierarchy.of(scheme, nodes, places);
    }
  }
}
