package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.HandlingUnit;

/**
 * How statistics split cases into groups: by a level of the grid hierarchy (a case's grid rolled up
 * to it), by grid, handling unit, person, channel or category. Each case falls in at most one group,
 * named by a key that is also the row label; a case with no group is counted under {@link #NONE}.
 * Periods are not a grouping but a choice of window ({@link CaseStatistics#byPeriod}), since each
 * indicator places a case in a period by its own instant. Immutable and thread-safe.
 */
public final class Grouping {
  /** The row of cases a grouping places in no group. */
  public static final String NONE = "(none)";

  private final String name;
  private final Function<CaseState, Optional<String>> key;

  private Grouping(String name, Function<CaseState, Optional<String>> key) {
    this.name = name;
    this.key = key;
  }

  /**
   * A grouping of one's own; {@code key} must be thread-safe and must not return {@link #NONE}.
   *
   * @param name what the groups are, as a table's first column header
   */
  public static Grouping of(String name, Function<CaseState, Optional<String>> key) {
    checkArgument(name != null && !name.isBlank(), "a grouping needs a name");
    return new Grouping(name, checkNotNull(key, "key"));
  }

  /**
   * By the grid at {@code levelId} above (or at) each case's grid, labelled {@code code name}, such as
   * {@code 210902001001 长源社区}. A case whose grid lies above the level, or that has no grid, is in
   * no group.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when the hierarchy's scheme has no
   *     such level now, or, while grouping, when a case's grid is not in the hierarchy
   */
  public static Grouping byLevel(GridHierarchy hierarchy, String levelId, CaseGrid grids) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(grids, "grids");
    Level level = hierarchy.scheme().findLevel(checkNotNull(levelId, "levelId")).orElseThrow(() ->
        new CivicGridException(ErrorCode.NOT_FOUND, "level scheme " + hierarchy.scheme().id() + " has no level "
            + levelId + " (levels: " + hierarchy.scheme().levels().stream().map(Level::id).toList() + ")"));
    return new Grouping(level.id(), state -> grids.of(state).flatMap(code -> {
      for (Grid grid : hierarchy.pathToTop(code)) {
        if (grid.level().equals(level)) {
          return Optional.of(label(grid));
        }
      }
      return Optional.empty();
    }));
  }

  /** By level, with each case in its {@link CaseGrid#territorial territorial} grid. */
  public static Grouping byLevel(GridHierarchy hierarchy, String levelId) {
    return byLevel(hierarchy, levelId, CaseGrid.territorial(checkNotNull(hierarchy, "hierarchy")));
  }

  /**
   * By each case's own grid, labelled {@code code name}.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND}, while grouping, when a case's grid is
   *     not in the hierarchy
   */
  public static Grouping byGrid(GridHierarchy hierarchy, CaseGrid grids) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(grids, "grids");
    return new Grouping("grid", state -> grids.of(state).map(code -> label(hierarchy.get(code))));
  }

  /** By the lead unit that has the case, or last had it (after a send-back), such as {@code department water-utility}. */
  public static Grouping byUnit() {
    return new Grouping("unit", state -> state.leadUnit().or(() -> last(state)).map(HandlingUnit::toString));
  }

  /** By the person named to act in the lead unit, by person id. */
  public static Grouping byPerson() {
    return new Grouping("person", state -> state.assignee().map(Object::toString));
  }

  /** By the channel the case came in through, by its name such as {@code HOTLINE}. */
  public static Grouping byChannel() {
    return new Grouping("channel", state -> Optional.of(state.intake().channel().name()));
  }

  /** By the case's subcategory (小类) code, such as {@code 0101}. */
  public static Grouping byCategory() {
    return new Grouping("category", state -> Optional.of(state.intake().category()));
  }

  /**
   * By the case's main category (大类): the part of its code before the first {@code '.'} if it has
   * one, else its first two digits ({@code 01} for {@code 0101}, as {@code category.CategoryCodes}).
   */
  public static Grouping byMainCategory() {
    return new Grouping("main category", state -> {
      String code = state.intake().category();
      int dot = code.indexOf('.');
      return Optional.of(dot > 0 ? code.substring(0, dot) : code.substring(0, Math.min(2, code.length())));
    });
  }

  /** What the groups are, such as {@code community} or {@code unit}. */
  public String name() {
    return name;
  }

  /** The key of the case's group, or empty when it is in none. */
  public Optional<String> groupOf(CaseState state) {
    Optional<String> group = key.apply(checkNotNull(state, "state"));
    checkArgument(group != null && !group.equals(Optional.of(NONE)), "grouping %s gave case %s the key %s",
        name, state.id(), group);
    return group;
  }

  private static Optional<HandlingUnit> last(CaseState state) {
    return state.dispatchedUnits().isEmpty() ? Optional.empty()
        : Optional.of(state.dispatchedUnits().get(state.dispatchedUnits().size() - 1));
  }

  private static String label(Grid grid) {
    return grid.code() + " " + grid.name();
  }

  @Override
  public String toString() {
    return "grouping by " + name;
  }
}
