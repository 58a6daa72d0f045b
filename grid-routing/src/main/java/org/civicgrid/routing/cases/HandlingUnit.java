package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.LowerKebab;

/**
 * A unit a case is dispatched to (承办单位): the team of a grid at any level (a grid worker's grid, a
 * community, a subdistrict centre) or a functional department or utility. Rework and wrong-dispatch
 * statistics compare units, not the people in them. Immutable.
 *
 * @param kind whether the unit is a grid or a department
 * @param id the grid code, or the department's lower-kebab id (as {@code org.civicgrid.core.layer.Department})
 */
public record HandlingUnit(Kind kind, String id) {

  /** What kind of body a unit is. */
  public enum Kind {
    /** The team of a grid, at any level of the hierarchy. */
    GRID,
    /** A functional department (职能部门) or a utility (water, power, gas, heating). */
    DEPARTMENT
  }

  public HandlingUnit {
    checkNotNull(kind, "kind");
    checkNotNull(id, "%s unit id", kind);
    if (kind == Kind.GRID) {
      GridCode.of(id);
    } else {
      checkArgument(LowerKebab.matches(id) && id.length() <= 64, "department id %s is not lower-kebab", id);
    }
  }

  /** The team of a grid. */
  public static HandlingUnit grid(GridCode grid) {
    return new HandlingUnit(Kind.GRID, checkNotNull(grid, "grid").value());
  }

  /** A functional department or a utility, by its lower-kebab id such as {@code water-utility}. */
  public static HandlingUnit department(String id) {
    return new HandlingUnit(Kind.DEPARTMENT, id);
  }

  /** The grid, for a grid unit. */
  public Optional<GridCode> gridCode() {
    return kind == Kind.GRID ? Optional.of(GridCode.of(id)) : Optional.empty();
  }

  /** {@code grid 210902001001} or {@code department water-utility}. */
  @Override
  public String toString() {
    return (kind == Kind.GRID ? "grid " : "department ") + id;
  }
}
