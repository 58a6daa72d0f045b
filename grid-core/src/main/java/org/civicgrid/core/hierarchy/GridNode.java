package org.civicgrid.core.hierarchy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;

/**
 * A grid as declared: code, name, level id, parent code (absent for a top grid), kind, the
 * households and residents counted on the grid itself, and tags. A {@link GridHierarchy} is built
 * from nodes. Counts may be declared on a grid or on the places and grids below it, never on both.
 *
 * @param parent the parent's code, or {@code null} for a top-level grid
 */
public record GridNode(
    GridCode code, String name, String level, GridCode parent, GridKind kind,
    int households, int residents, ImmutableSet<String> tags) {

  public GridNode {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(level, "level");
    checkNotNull(kind, "kind");
    checkArgument(households >= 0 && residents >= 0, "grid %s: negative count", code);
    checkArgument(!code.equals(parent), "grid %s is its own parent", code);
    tags = ImmutableSet.copyOf(tags);
  }

  /** A comprehensive grid with no counts or tags of its own. */
  public static GridNode of(String code, String name, String level, String parent) {
    return new GridNode(GridCode.of(code), name, level, parent == null ? null : GridCode.of(parent),
        GridKind.COMPREHENSIVE, 0, 0, ImmutableSet.of());
  }

  public Optional<GridCode> parentCode() {
    return Optional.ofNullable(parent);
  }

  public GridNode withCounts(int households, int residents) {
    return new GridNode(code, name, level, parent, kind, households, residents, tags);
  }

  public GridNode withKind(GridKind kind) {
    return new GridNode(code, name, level, parent, kind, households, residents, tags);
  }

  public GridNode withTags(String... tags) {
    return new GridNode(code, name, level, parent, kind, households, residents, ImmutableSet.copyOf(tags));
  }

  public GridNode withName(String name) {
    return new GridNode(code, name, level, parent, kind, households, residents, tags);
  }

  public GridNode withParent(GridCode parent) {
    return new GridNode(code, name, level, parent, kind, households, residents, tags);
  }
}
