package org.civicgrid.core.history;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;

/**
 * The working state of one revision being applied: the edits so far laid over the hierarchy the
 * revision starts from, which is never copied until {@link #build()}. Lookups cost O(edits), so a
 * small change to a national hierarchy stays cheap until the one final rebuild. Mutable and not
 * thread-safe; lives inside one {@link GridHistory#apply} call.
 */
final class RevisionDraft {
  final int number;
  final LocalDate effective;
  private final GridHierarchy before;
  private final Timelines timelines;
  private final List<Revision> revisions;
  /** Grids added or changed, by code. */
  private final Map<GridCode, GridNode> changed = new LinkedHashMap<>();
  /** Grids retired in this revision, as they were last. */
  private final Map<GridCode, GridNode> retired = new LinkedHashMap<>();
  private final Map<String, Place> moved = new LinkedHashMap<>();
  private final List<ChangeRecord> records = new ArrayList<>();
  private final ImmutableListMultimap.Builder<GridCode, ChangeRecord> byGrid = ImmutableListMultimap.builder();
  private final ImmutableListMultimap.Builder<String, ChangeRecord> byPlace = ImmutableListMultimap.builder();
  /** For each change applied so far, the grid codes and place ids it touched. */
  private final List<Set<String>> touched = new ArrayList<>();

  RevisionDraft(GridHierarchy before, Timelines timelines, List<Revision> revisions, LocalDate effective) {
    this.before = before;
    this.timelines = timelines;
    this.revisions = revisions;
    this.number = revisions.size() + 1;
    this.effective = effective;
  }

  /** The grid with this code as the draft has it. */
  Optional<GridNode> node(GridCode code) {
    if (retired.containsKey(code)) {
      return Optional.empty();
    }
    GridNode node = changed.get(code);
    return node != null ? Optional.of(node) : before.find(code).map(Grid::node);
  }

  /** When {@code code} was retired ("on 2024-03-01, revision 3"), if it was. */
  Optional<String> retirement(GridCode code) {
    if (retired.containsKey(code)) {
      return Optional.of("on " + effective + " (revision " + number + ", this one)");
    }
    OptionalInt revision = timelines.retiredIn(code);
    if (revision.isEmpty()) {
      return Optional.empty();
    }
    Revision r = revisions.get(revision.getAsInt() - 1);
    return Optional.of("on " + r.effective() + " (revision " + r.number() + ": " + r.reason() + ")");
  }

  /** The codes of the grids directly under {@code code}. */
  List<GridCode> childGrids(GridCode code) {
    List<GridCode> children = new ArrayList<>();
    before.find(code).ifPresent(g -> g.children().stream().map(Grid::code)
        .filter(c -> node(c).map(n -> code.equals(n.parent())).orElse(false)).forEach(children::add));
    changed.values().stream()
        .filter(n -> code.equals(n.parent()) && !children.contains(n.code()))
        .forEach(n -> children.add(n.code()));
    return children;
  }

  /** The places recorded directly in {@code code}. */
  List<Place> placesIn(GridCode code) {
    List<Place> places = new ArrayList<>();
    before.find(code).ifPresent(g -> g.places().stream().filter(p -> !moved.containsKey(p.id())).forEach(places::add));
    moved.values().stream().filter(p -> p.grid().equals(code)).forEach(places::add);
    return places;
  }

  Optional<Place> place(String id) {
    Place place = moved.get(id);
    return place != null ? Optional.of(place) : before.place(id);
  }

  /** Starts the bookkeeping of the next change. */
  void beginChange() {
    touched.add(new HashSet<>());
  }

  void put(GridNode node) {
    changed.put(node.code(), node);
  }

  void retire(GridCode code) {
    GridNode last = node(code).orElseThrow();
    changed.remove(code);
    retired.put(code, last);
  }

  void move(Place place, GridCode to) {
    moved.put(place.id(), place.inGrid(to));
  }

  /** Logs {@code record}, findable from each of {@code grids} and {@code places}. */
  void record(ChangeRecord record, Collection<GridCode> grids, Collection<String> places) {
    records.add(record);
    Set<String> subjects = touched.get(touched.size() - 1);
    grids.forEach(code -> {
      byGrid.put(code, record);
      subjects.add(code.value());
    });
    places.forEach(id -> {
      byPlace.put(id, record);
      subjects.add(id);
    });
  }

  ChangeRecord newRecord(ChangeKind kind, String subject, String from, String to, String description) {
    return new ChangeRecord(number, effective, kind, subject, Optional.ofNullable(from), Optional.ofNullable(to),
        description);
  }

  /** The index of the last change that touched {@code subject}, or -1. */
  int lastChangeTouching(String subject) {
    for (int i = touched.size() - 1; i >= 0; i--) {
      if (touched.get(i).contains(subject)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The hierarchy with every edit applied: O(grids + places).
   *
   * @throws org.civicgrid.core.hierarchy.InvalidHierarchyException when the result has errors
   */
  GridHierarchy build() {
    List<GridNode> nodes = new ArrayList<>(before.size() + changed.size());
    for (Grid grid : before.grids()) {
      if (!retired.containsKey(grid.code())) {
        nodes.add(changed.getOrDefault(grid.code(), grid.node()));
      }
    }
    changed.values().stream().filter(n -> !before.contains(n.code())).forEach(nodes::add);
    List<Place> places = new ArrayList<>(before.places().size());
    for (Place place : before.places()) {
      places.add(moved.getOrDefault(place.id(), place));
    }
    return GridHierarchy.of(before.scheme(), nodes, places);
  }

  Timelines timelines() {
    return timelines.with(number, changed, retired, moved, before);
  }

  ImmutableList<ChangeRecord> records() {
    return ImmutableList.copyOf(records);
  }

  ImmutableListMultimap<GridCode, ChangeRecord> recordsByGrid() {
    return byGrid.build();
  }

  ImmutableListMultimap<String, ChangeRecord> recordsByPlace() {
    return byPlace.build();
  }
}
