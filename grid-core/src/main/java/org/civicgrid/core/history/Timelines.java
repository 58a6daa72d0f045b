package org.civicgrid.core.history;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;

/**
 * The versions of every grid and place that some revision changed, as intervals of revision numbers.
 * A grid or place no revision touched is the same from revision 1 to now, so it is read from the
 * current hierarchy and costs nothing here: memory grows with the changes made, not with the size of
 * the territory. Immutable and thread-safe.
 */
final class Timelines {
  /** The end of a version that still holds. */
  static final int OPEN = Integer.MAX_VALUE;

  /** A grid as it was in revisions {@code [from, to)}; {@code from == to} for a grid added and retired at once. */
  record NodeVersion(int from, int to, GridNode node) {
    boolean holdsIn(int revision) {
      return from <= revision && revision < to;
    }
  }

  /** A place as it was from revision {@code from} until its next version. */
  record PlaceVersion(int from, Place place) {}

  private static final Timelines EMPTY = new Timelines(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<GridCode, ImmutableList<NodeVersion>> nodes;
  private final ImmutableMap<String, ImmutableList<PlaceVersion>> places;

  private Timelines(ImmutableMap<GridCode, ImmutableList<NodeVersion>> nodes,
      ImmutableMap<String, ImmutableList<PlaceVersion>> places) {
    this.nodes = nodes;
    this.places = places;
  }

  static Timelines empty() {
    return EMPTY;
  }

  /** Every version of a grid, oldest first; empty for a code that never existed. */
  ImmutableList<NodeVersion> versions(GridCode code, GridHierarchy current) {
    ImmutableList<NodeVersion> versions = nodes.get(code);
    if (versions != null) {
      return versions;
    }
    return current.find(code).map(g -> ImmutableList.of(new NodeVersion(1, OPEN, g.node()))).orElse(ImmutableList.of());
  }

  /** The revision that retired {@code code}, if it was retired. */
  OptionalInt retiredIn(GridCode code) {
    ImmutableList<NodeVersion> versions = nodes.get(code);
    if (versions == null) {
      return OptionalInt.empty();
    }
    int end = versions.get(versions.size() - 1).to();
    return end == OPEN ? OptionalInt.empty() : OptionalInt.of(end);
  }

  /** The place as it was in {@code revision}. */
  Optional<Place> place(String id, int revision, GridHierarchy current) {
    ImmutableList<PlaceVersion> versions = places.get(id);
    if (versions == null) {
      return current.place(id);
    }
    Place found = null;
    for (PlaceVersion v : versions) {
      if (v.from() <= revision) {
        found = v.place();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The hierarchy as it was in {@code revision}, rebuilt from the current one: O(grids + places). */
  GridHierarchy hierarchy(int revision, GridHierarchy current) {
    List<GridNode> rebuilt = new ArrayList<>(current.size() + nodes.size());
    for (Grid grid : current.grids()) {
      if (!nodes.containsKey(grid.code())) {
        rebuilt.add(grid.node());
      }
    }
    for (ImmutableList<NodeVersion> versions : nodes.values()) {
      versions.stream().filter(v -> v.holdsIn(revision)).forEach(v -> rebuilt.add(v.node()));
    }
    List<Place> rebuiltPlaces = new ArrayList<>(current.places().size());
    for (Place place : current.places()) {
      rebuiltPlaces.add(places.containsKey(place.id()) ? place(place.id(), revision, current).orElseThrow() : place);
    }
    return GridHierarchy.of(current.scheme(), rebuilt, rebuiltPlaces);
  }

  /**
   * These timelines after revision {@code revision}, which changed or added {@code changed}, retired
   * {@code retired} and moved {@code moved}; {@code before} is the hierarchy the revision started from.
   */
  Timelines with(int revision, Map<GridCode, GridNode> changed, Map<GridCode, GridNode> retired,
      Map<String, Place> moved, GridHierarchy before) {
    Map<GridCode, ImmutableList<NodeVersion>> nextNodes = new HashMap<>(nodes);
    changed.forEach((code, node) -> nextNodes.put(code, append(closed(code, revision, before), revision, OPEN, node)));
    retired.forEach((code, node) -> {
      List<NodeVersion> versions = closed(code, revision, before);
      nextNodes.put(code, versions.isEmpty() ? ImmutableList.of(new NodeVersion(revision, revision, node))
          : ImmutableList.copyOf(versions));
    });
    Map<String, ImmutableList<PlaceVersion>> nextPlaces = new HashMap<>(places);
    moved.forEach((id, place) -> {
      List<PlaceVersion> versions = new ArrayList<>(places.containsKey(id) ? places.get(id)
          : ImmutableList.of(new PlaceVersion(1, before.place(id).orElseThrow())));
      versions.add(new PlaceVersion(revision, place));
      nextPlaces.put(id, ImmutableList.copyOf(versions));
    });
    return new Timelines(ImmutableMap.copyOf(nextNodes), ImmutableMap.copyOf(nextPlaces));
  }

  /** The grid's versions with the one still holding ended at {@code revision}. */
  private List<NodeVersion> closed(GridCode code, int revision, GridHierarchy before) {
    List<NodeVersion> versions = new ArrayList<>(versions(code, before));
    int last = versions.size() - 1;
    if (last >= 0 && versions.get(last).to() == OPEN) {
      NodeVersion open = versions.get(last);
      versions.set(last, new NodeVersion(open.from(), revision, open.node()));
    }
    return versions;
  }

  private static ImmutableList<NodeVersion> append(List<NodeVersion> versions, int from, int to, GridNode node) {
    return ImmutableList.<NodeVersion>builder().addAll(versions).add(new NodeVersion(from, to, node)).build();
  }
}
