package org.civicgrid.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridNode;

/**
 * One edit of a territory's grids, applied through {@link GridHistory#apply}. The records check what
 * can be checked without the hierarchy (nulls, empty or duplicate lists, a split assigning places to
 * a grid that is not one of its parts) and throw {@link IllegalArgumentException} or
 * {@link NullPointerException} for such caller mistakes; whether a change fits the hierarchy is
 * decided when it is applied ({@link IllegalChangeException}). Lists and maps are copied into
 * immutable ones, so the records are immutable and thread-safe.
 */
public sealed interface Change
    permits Change.AddGrid, Change.Split, Change.Merge, Change.MovePlaces, Change.Rename, Change.Retire {

  /** A short description naming the grids and places involved, for messages and logs. */
  String summary();

  /**
   * A new grid, empty until places move into it. Its parent must exist; its code must be new and
   * never have been retired.
   */
  record AddGrid(GridNode node) implements Change {
    public AddGrid {
      checkNotNull(node, "node");
    }

    @Override
    public String summary() {
      return "add grid " + node.code() + " " + node.name();
    }
  }

  /**
   * A grid divided into parts at its own level under its own parent; the source is retired and every
   * place in it goes to the part {@code placeAssignment} names. A contained place (a unit) follows
   * the place that contains it (its building) unless it is assigned itself, and then it must be
   * assigned to the same part. Households declared on the source grid itself are not divided: each
   * part declares its own. Only a grid without child grids can be split: re-coding a whole subtree
   * is not supported.
   *
   * @param parts at least two new grids; their codes must be new and never retired
   * @param placeAssignment place id → code of one of the parts
   */
  record Split(GridCode source, List<GridNode> parts, Map<String, GridCode> placeAssignment) implements Change {
    public Split {
      checkNotNull(source, "source");
      parts = ImmutableList.copyOf(parts);
      checkArgument(parts.size() >= 2, "split of %s needs at least two parts, got %s", source, parts.size());
      ImmutableSet<GridCode> codes = parts.stream().map(GridNode::code).collect(ImmutableSet.toImmutableSet());
      checkArgument(codes.size() == parts.size(), "split of %s names a part twice: %s", source, codes(parts));
      placeAssignment = ImmutableMap.copyOf(placeAssignment);
      placeAssignment.forEach((place, part) -> checkArgument(codes.contains(part),
          "split of %s assigns place %s to %s, which is not one of its parts %s", source, place, part, codes));
    }

    @Override
    public String summary() {
      return "split " + source + " into " + codes(parts);
    }
  }

  /**
   * Sibling grids (same parent, same level) merged into one; every place of every source moves into
   * {@code into}. {@code into} may carry the code of one source, which then survives with the new
   * name and attributes, or a new code; the other sources are retired. Only grids without child
   * grids can be merged. Households declared on the source grids themselves are not added up:
   * {@code into} declares its own.
   *
   * @param sources at least two distinct grid codes
   */
  record Merge(List<GridCode> sources, GridNode into) implements Change {
    public Merge {
      sources = ImmutableList.copyOf(sources);
      checkNotNull(into, "into");
      checkArgument(sources.size() >= 2, "a merge needs at least two grids, got %s", sources);
      checkArgument(ImmutableSet.copyOf(sources).size() == sources.size(), "merge names a grid twice: %s", sources);
    }

    @Override
    public String summary() {
      return "merge " + sources.stream().map(GridCode::value).collect(Collectors.joining(", "))
          + " into " + into.code() + " " + into.name();
    }
  }

  /**
   * Places (buildings, household groups) moved to another grid. Everything a moved place contains
   * (a building's units) moves with it; a contained place cannot move without its container.
   */
  record MovePlaces(List<String> placeIds, GridCode to) implements Change {
    public MovePlaces {
      placeIds = ImmutableList.copyOf(placeIds);
      checkNotNull(to, "to");
      checkArgument(!placeIds.isEmpty(), "no places to move to %s", to);
      checkArgument(ImmutableSet.copyOf(placeIds).size() == placeIds.size(), "a place is named twice: %s", placeIds);
    }

    @Override
    public String summary() {
      return "move " + String.join(", ", placeIds) + " to " + to;
    }
  }

  /** A grid's new name; its code, and so its identity, stays. */
  record Rename(GridCode code, String newName) implements Change {
    public Rename {
      checkNotNull(code, "code");
      checkArgument(newName != null && !newName.isBlank(), "new name of %s must not be blank", code);
    }

    @Override
    public String summary() {
      return "rename " + code + " to " + newName;
    }
  }

  /**
   * An empty grid removed from the hierarchy: no child grids, no places and no households declared
   * on it. Its code is never used again.
   */
  record Retire(GridCode code) implements Change {
    public Retire {
      checkNotNull(code, "code");
    }

    @Override
    public String summary() {
      return "retire " + code;
    }
  }

  private static String codes(List<GridNode> nodes) {
    return nodes.stream().map(n -> n.code().value()).collect(Collectors.joining(", "));
  }
}
