package org.civicgrid.core.place;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;

/**
 * A building, unit or household group: the leaves of a hierarchy that carry counts (households,
 * residents) and tags such as special-group colour codes. Counts and tags only — a place never holds
 * personal data. A unit names its building as parent and lies in the same grid.
 *
 * @param id unique within a hierarchy, for example a building code
 * @param parent the id of the containing place, or {@code null}
 */
public record Place(
    String id, PlaceKind kind, String name, GridCode grid, String parent,
    int households, int residents, ImmutableSet<String> tags) {

  public Place {
    checkArgument(id != null && !id.isBlank(), "place id must not be blank");
    checkNotNull(kind, "kind");
    checkNotNull(name, "name");
    checkNotNull(grid, "grid");
    checkArgument(households >= 0 && residents >= 0, "place %s: negative count", id);
    checkArgument(!id.equals(parent), "place %s is its own parent", id);
    tags = ImmutableSet.copyOf(tags);
  }

  /** A building in {@code grid} with its counts. */
  public static Place building(String id, String name, GridCode grid, int households, int residents) {
    return new Place(id, PlaceKind.BUILDING, name, grid, null, households, residents, ImmutableSet.of());
  }

  /** A unit of {@code building}, in the building's grid. */
  public static Place unit(String id, String name, Place building, int households, int residents) {
    return new Place(id, PlaceKind.UNIT, name, building.grid(), building.id(), households, residents,
        ImmutableSet.of());
  }

  public Optional<String> parentId() {
    return Optional.ofNullable(parent);
  }

  /** The same place in another grid (a move). */
  public Place inGrid(GridCode grid) {
    return new Place(id, kind, name, grid, parent, households, residents, tags);
  }

  public Place withTags(String... tags) {
    return new Place(id, kind, name, grid, parent, households, residents, ImmutableSet.copyOf(tags));
  }

  public Place withCounts(int households, int residents) {
    return new Place(id, kind, name, grid, parent, households, residents, tags);
  }
}
