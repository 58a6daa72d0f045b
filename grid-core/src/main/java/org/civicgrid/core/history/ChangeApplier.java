package org.civicgrid.core.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/**
 * Applies the changes of one revision to a {@link RevisionDraft} in order, each checked against the
 * state the previous ones left, and logs what each did. The first illegal change stops the revision
 * with an {@link IllegalChangeException} naming it; the draft is then thrown away, so nothing
 * applies. Not thread-safe; lives inside one {@link GridHistory#apply} call.
 */
final class ChangeApplier {
  private final RevisionDraft draft;
  private final List<Change> changes;
  private int index;

  ChangeApplier(RevisionDraft draft, List<Change> changes) {
    this.draft = draft;
    this.changes = changes;
  }

  void applyAll() {
    for (index = 0; index < changes.size(); index++) {
      draft.beginChange();
      Change change = changes.get(index);
      if (change instanceof Change.AddGrid add) {
        add(add.node());
      } else if (change instanceof Change.Split split) {
        split(split);
      } else if (change instanceof Change.Merge merge) {
        merge(merge);
      } else if (change instanceof Change.MovePlaces move) {
        move(move);
      } else if (change instanceof Change.Rename rename) {
        rename(rename);
      } else if (change instanceof Change.Retire retire) {
        retire(retire.code());
      } else {
        throw new IllegalArgumentException("unknown change " + change);
      }
    }
  }

  /** The refusal for a result whose validation {@code report} has errors, blaming the change that touched the first offender. */
  IllegalChangeException invalidResult(Report report) {
    List<Finding> errors = report.withSeverity(Severity.ERROR);
    String summary = errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error(s))" : "");
    for (Finding error : errors) {
      int blamed = draft.lastChangeTouching(error.subject());
      if (blamed >= 0) {
        return new IllegalChangeException(ChangeRule.INVALID_RESULT, changes.get(blamed), error.subject(),
            prefix(blamed), "leaves an invalid hierarchy: " + summary, report);
      }
    }
    return new IllegalChangeException(ChangeRule.INVALID_RESULT, null, errors.get(0).subject(),
        "revision " + draft.number + " ", "leaves an invalid hierarchy: " + summary, report);
  }

  private void add(GridNode node) {
    requireNewCode(node.code());
    if (node.parent() != null) {
      existing(node.parent());
    }
    draft.put(node);
    draft.record(draft.newRecord(ChangeKind.ADDED, node.code().value(), null, node.name(),
        describe(node) + " added" + (node.parent() == null ? "" : " under " + node.parent())),
        List.of(node.code()), List.of());
  }

  private void split(Change.Split split) {
    GridNode source = existing(split.source());
    requireWithoutChildGrids(source);
    for (GridNode part : split.parts()) {
      requireNewCode(part.code());
      requireAlongside(part, source);
    }
    Map<String, Place> places = new LinkedHashMap<>();
    draft.placesIn(source.code()).forEach(p -> places.put(p.id(), p));
    split.placeAssignment().keySet().stream().filter(id -> !places.containsKey(id)).findFirst().ifPresent(id -> {
      throw draft.place(id).isEmpty()
          ? refuse(ChangeRule.UNKNOWN_PLACE, id, "no place " + id)
          : refuse(ChangeRule.PLACE_NOT_IN_SOURCE, id,
              "place " + id + " is in grid " + draft.place(id).get().grid() + ", not in " + source.code());
    });
    Map<String, GridCode> target = new LinkedHashMap<>();
    places.values().forEach(p -> target.put(p.id(), partOf(p, places, split.placeAssignment())));
    List<String> unassigned = target.entrySet().stream().filter(e -> e.getValue() == null)
        .map(Map.Entry::getKey).toList();
    if (!unassigned.isEmpty()) {
      throw refuse(ChangeRule.UNASSIGNED_PLACES, source.code().value(),
          unassigned.size() + " place(s) of " + source.code() + " are not assigned to a part: " + unassigned);
    }
    for (Place place : places.values()) {
      GridCode own = split.placeAssignment().get(place.id());
      if (own != null && place.parent() != null && !own.equals(target.get(place.parent()))) {
        throw refuse(ChangeRule.PLACE_SEPARATED, place.id(), describe(place) + " is assigned to " + own
            + " but its container " + place.parent() + " goes to " + target.get(place.parent()));
      }
    }
    draft.retire(source.code());
    split.parts().forEach(draft::put);
    List<GridCode> grids = new ArrayList<>(List.of(source.code()));
    split.parts().forEach(p -> grids.add(p.code()));
    draft.record(draft.newRecord(ChangeKind.SPLIT, source.code().value(), source.code().value(), codes(split.parts()),
        describe(source) + " split into " + split.parts().stream().map(ChangeApplier::describe)
            .collect(Collectors.joining(", ")) + "; " + source.code() + " retired"),
        grids, List.of());
    places.values().forEach(p -> moveOne(p, target.get(p.id()), ""));
  }

  private static GridCode partOf(Place place, Map<String, Place> places, Map<String, GridCode> assignment) {
    GridCode own = assignment.get(place.id());
    if (own != null || place.parent() == null || !places.containsKey(place.parent())) {
      return own;
    }
    return partOf(places.get(place.parent()), places, assignment);
  }

  private void merge(Change.Merge merge) {
    List<GridNode> sources = merge.sources().stream().map(this::existing).toList();
    sources.forEach(this::requireWithoutChildGrids);
    GridNode first = sources.get(0);
    for (GridNode other : sources.subList(1, sources.size())) {
      if (!Objects.equals(other.parent(), first.parent()) || !other.level().equals(first.level())) {
        throw refuse(ChangeRule.NOT_SIBLINGS, other.code().value(), describe(other) + " (" + position(other)
            + ") is not a sibling of " + describe(first) + " (" + position(first) + ")");
      }
    }
    GridNode into = merge.into();
    requireAlongside(into, first);
    GridNode survivor = sources.stream().filter(s -> s.code().equals(into.code())).findFirst().orElse(null);
    if (survivor == null) {
      requireNewCode(into.code());
    }
    List<Place> moving = new ArrayList<>();
    List<GridNode> retiring = sources.stream().filter(s -> !s.code().equals(into.code())).toList();
    retiring.forEach(s -> moving.addAll(draft.placesIn(s.code())));
    retiring.forEach(s -> draft.retire(s.code()));
    draft.put(into);
    String renamed = survivor != null && !survivor.name().equals(into.name())
        ? " (renamed from " + survivor.name() + ")" : "";
    List<GridCode> grids = new ArrayList<>(merge.sources());
    if (survivor == null) {
      grids.add(into.code());
    }
    draft.record(draft.newRecord(ChangeKind.MERGED, into.code().value(),
        merge.sources().stream().map(GridCode::value).collect(Collectors.joining(", ")), into.code().value(),
        "grids " + sources.stream().map(ChangeApplier::describe).collect(Collectors.joining(", "))
            + " merged into " + describe(into) + renamed),
        grids, List.of());
    moving.forEach(p -> moveOne(p, into.code(), ""));
  }

  private void move(Change.MovePlaces move) {
    GridCode to = existing(move.to()).code();
    List<String> unknown = move.placeIds().stream().filter(id -> draft.place(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw refuse(ChangeRule.UNKNOWN_PLACE, unknown.get(0), "no place(s) " + unknown);
    }
    List<Place> places = move.placeIds().stream().map(id -> draft.place(id).orElseThrow()).toList();
    for (Place place : places) {
      if (place.grid().equals(to)) {
        throw refuse(ChangeRule.NO_EFFECT, place.id(), describe(place) + " is already in grid " + to);
      }
      if (place.parent() != null && !move.placeIds().contains(place.parent())) {
        throw refuse(ChangeRule.PLACE_SEPARATED, place.id(),
            describe(place) + " cannot move without " + place.parent() + ", which contains it");
      }
    }
    Set<String> moving = new LinkedHashSet<>(move.placeIds());
    for (Place place : places) {
      moveOne(place, to, "");
      Deque<Place> containers = new ArrayDeque<>(List.of(place));
      while (!containers.isEmpty()) {
        Place container = containers.pop();
        for (Place inside : draft.placesIn(container.grid())) {
          if (container.id().equals(inside.parent()) && moving.add(inside.id())) {
            moveOne(inside, to, " with " + describe(place));
            containers.push(inside);
          }
        }
      }
    }
  }

  private void moveOne(Place place, GridCode to, String with) {
    draft.move(place, to);
    draft.record(draft.newRecord(ChangeKind.PLACE_MOVED, place.id(), place.grid().value(), to.value(),
        describe(place) + " moved" + with + " from " + place.grid() + " to " + to),
        List.of(place.grid(), to), List.of(place.id()));
  }

  private void rename(Change.Rename rename) {
    GridNode node = existing(rename.code());
    if (node.name().equals(rename.newName())) {
      throw refuse(ChangeRule.NO_EFFECT, node.code().value(), describe(node) + " already has that name");
    }
    draft.put(node.withName(rename.newName()));
    draft.record(draft.newRecord(ChangeKind.RENAMED, node.code().value(), node.name(), rename.newName(),
        "grid " + node.code() + " renamed from " + node.name() + " to " + rename.newName()),
        List.of(node.code()), List.of());
  }

  private void retire(GridCode code) {
    GridNode node = existing(code);
    List<String> left = new ArrayList<>();
    List<GridCode> children = draft.childGrids(code);
    if (!children.isEmpty()) {
      left.add("child grids " + children);
    }
    List<String> places = draft.placesIn(code).stream().map(Place::id).toList();
    if (!places.isEmpty()) {
      left.add("places " + places);
    }
    if (node.households() > 0 || node.residents() > 0) {
      left.add(node.households() + " households and " + node.residents() + " residents of its own");
    }
    if (!left.isEmpty()) {
      throw refuse(ChangeRule.NOT_EMPTY, code.value(),
          describe(node) + " is not empty: it still has " + String.join(", ", left));
    }
    draft.retire(code);
    draft.record(draft.newRecord(ChangeKind.RETIRED, code.value(), node.name(), null, describe(node) + " retired"),
        List.of(code), List.of());
  }

  /** The grid as the draft has it; refuses an unknown or retired code. */
  private GridNode existing(GridCode code) {
    return draft.node(code).orElseThrow(() -> refuse(ChangeRule.UNKNOWN_GRID, code.value(),
        draft.retirement(code).map(when -> "grid " + code + " was retired " + when).orElse("no grid " + code)));
  }

  private void requireNewCode(GridCode code) {
    draft.node(code).ifPresent(n -> {
      throw refuse(ChangeRule.GRID_EXISTS, code.value(), describe(n) + " already exists");
    });
    draft.retirement(code).ifPresent(when -> {
      throw refuse(ChangeRule.CODE_RETIRED, code.value(), "code " + code + " was retired " + when
          + "; codes are identities over time and are never given to another grid");
    });
  }

  private void requireWithoutChildGrids(GridNode node) {
    List<GridCode> children = draft.childGrids(node.code());
    if (!children.isEmpty()) {
      throw refuse(ChangeRule.HAS_CHILD_GRIDS, node.code().value(), describe(node) + " has child grids " + children
          + "; split and merge apply only to grids without child grids (re-coding a subtree is not supported)");
    }
  }

  private void requireAlongside(GridNode node, GridNode replaced) {
    if (!node.level().equals(replaced.level()) || !Objects.equals(node.parent(), replaced.parent())) {
      throw refuse(ChangeRule.MISPLACED_GRID, node.code().value(), describe(node) + " is " + position(node)
          + " but must be " + position(replaced) + " like " + replaced.code());
    }
  }

  private IllegalChangeException refuse(ChangeRule rule, String subject, String message) {
    return new IllegalChangeException(rule, changes.get(index), subject, prefix(index), message, null);
  }

  private String prefix(int i) {
    return "revision " + draft.number + ", change " + (i + 1) + " of " + changes.size()
        + " (" + changes.get(i).summary() + "): ";
  }

  private static String position(GridNode node) {
    return "a " + node.level() + (node.parent() == null ? " at the top" : " under " + node.parent());
  }

  private static String describe(GridNode node) {
    return "grid " + node.code() + " " + node.name();
  }

  private static String describe(Place place) {
    return place.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + place.id();
  }

  private static String codes(List<GridNode> nodes) {
    return nodes.stream().map(n -> n.code().value()).collect(Collectors.joining(", "));
  }
}
