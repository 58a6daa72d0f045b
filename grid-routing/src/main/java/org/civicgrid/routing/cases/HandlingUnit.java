package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.civicgrid.core.code.GridCode;

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
      checkArgument(isLowerKebab(id), "department id %s is not lower-kebab", id);
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

  private static boolean isLowerKebab(String id) {
    if (id.isEmpty() || id.length() > 64 || !(id.charAt(0) >= 'a' && id.charAt(0) <= 'z')) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return id.charAt(id.length() - 1) != '-';
  }

  /** {@code grid 210902001001} or {@code department water-utility}. */
  @Override
  public String toString() {
    return (kind == Kind.GRID ? "grid " : "department ") + id;
  }
}
