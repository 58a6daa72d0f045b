package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One way a layout misses its settings, as data: the parent, the grid if the problem is a grid's,
 * the problem and what was found. Immutable.
 *
 * @param parent the parent's id
 * @param grid the grid's code, or {@code null} for a problem of the whole parent
 * @param problem what kind of miss
 * @param detail the figures, e.g. "126 households, band 90–110"
 */
public record LayoutFinding(String parent, String grid, LayoutProblem problem, String detail) {
  public LayoutFinding {
    checkNotNull(parent, "parent");
    checkNotNull(problem, "problem");
    checkNotNull(detail, "detail");
  }

  static LayoutFinding ofParent(String parent, LayoutProblem problem, String detail) {
    return new LayoutFinding(parent, null, problem, detail);
  }

  public Optional<String> gridCode() {
    return Optional.ofNullable(grid);
  }

  @Override
  public String toString() {
    return problem + " in " + (grid == null ? "parent " + parent : "grid " + grid) + ": " + detail;
  }
}
