package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.hierarchy.Grid;

/**
 * Which grids count towards a {@link LinkQuota}: grids of some levels, grids of a branch of the scheme
 * (within a subdistrict: urban; within a township: rural — Fuxin's two branches), grids carrying tags
 * (set on a grid, a tag holds for everything below it, so a county tags its subdistricts {@code urban}).
 * Every condition given must hold; an empty set is no condition. Immutable.
 *
 * @param levels the grid's own level is one of these
 * @param within the grid or one of its ancestors is of one of these levels
 * @param tags the grid or one of its ancestors carries each of these tags
 */
public record GridSelector(ImmutableSet<String> levels, ImmutableSet<String> within, ImmutableSet<String> tags) {
  private static final GridSelector ALL = new GridSelector(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

  public GridSelector {
    levels = checked("level", levels);
    within = checked("level", within);
    tags = checked("tag", tags);
  }

  /** Every grid. */
  public static GridSelector all() {
    return ALL;
  }

  /** Grids of these levels. */
  public static GridSelector atLevels(String... levels) {
    return new GridSelector(ImmutableSet.copyOf(levels), ImmutableSet.of(), ImmutableSet.of());
  }

  /** Grids of a branch: at or below a grid of one of these levels. */
  public static GridSelector within(String... levels) {
    return new GridSelector(ImmutableSet.of(), ImmutableSet.copyOf(levels), ImmutableSet.of());
  }

  /** Grids carrying all these tags themselves or through an ancestor. */
  public static GridSelector tagged(String... tags) {
    return new GridSelector(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.copyOf(tags));
  }

  /** Every level id this selector names. */
  public ImmutableSet<String> levelsNamed() {
    return Sets.union(levels, within).immutableCopy();
  }

  /** True when {@code grid} meets every condition. */
  public boolean matches(Grid grid) {
    checkNotNull(grid, "grid");
    if (!levels.isEmpty() && !levels.contains(grid.level().id())) {
      return false;
    }
    if (!within.isEmpty() && !isWithin(grid)) {
      return false;
    }
    return tags.isEmpty() || carriesAll(grid);
  }

  private boolean isWithin(Grid grid) {
    for (Optional<Grid> g = Optional.of(grid); g.isPresent(); g = g.get().parent()) {
      if (within.contains(g.get().level().id())) {
        return true;
      }
    }
    return false;
  }

  private boolean carriesAll(Grid grid) {
    for (String tag : tags) {
      boolean found = false;
      for (Optional<Grid> g = Optional.of(grid); g.isPresent() && !found; g = g.get().parent()) {
        found = g.get().node().tags().contains(tag);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableSet<String> checked(String what, ImmutableSet<String> values) {
    for (String value : checkNotNull(values, what + "s")) {
      checkArgument(value != null && !value.isBlank() && value.strip().equals(value),
          "grid selector: %s '%s' is blank or has surrounding spaces", what, value);
    }
    return ImmutableSet.copyOf(values);
  }

  @Override
  public String toString() {
    if (equals(ALL)) {
      return "grids";
    }
    List<String> parts = new ArrayList<>(3);
    if (!levels.isEmpty()) {
      parts.add("at level " + String.join(" or ", levels));
    }
    if (!within.isEmpty()) {
      parts.add("within a " + String.join(" or ", within));
    }
    if (!tags.isEmpty()) {
      parts.add("tagged " + String.join(" and ", tags));
    }
    return "grids " + String.join(", ", parts);
  }
}
