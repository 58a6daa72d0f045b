package org.civicgrid.core.hierarchy;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/** The rules a hierarchy is validated against; see {@link HierarchyValidator}. */
public enum HierarchyRule implements Rule {
  /** Two grids declare the same code. */
  DUPLICATE_CODE(Severity.ERROR),
  /** A grid names a level its scheme does not have. */
  UNKNOWN_LEVEL(Severity.ERROR),
  /** A grid names a parent code no grid has. */
  ORPHAN(Severity.ERROR),
  /** Grids are each other's ancestors. */
  CYCLE(Severity.ERROR),
  /** A grid without a parent is at a level that must hang under another. */
  MISSING_PARENT(Severity.ERROR),
  /**
   * A grid's level is not below its parent's level in the scheme's level tree, that is, not reached
   * from it through the levels' parents (a village under a village, a township under a village, a
   * rural hamlet under an urban community).
   */
  LEVEL_NOT_BELOW_PARENT(Severity.ERROR),
  /**
   * A grid hangs directly under a level above it that it may not hang under, skipping the levels
   * between (a grid attached straight to a township).
   */
  LEVEL_NOT_ALLOWED_UNDER(Severity.ERROR),
  /** A code breaks its level's length or segment rules. */
  CODE_MALFORMED(Severity.ERROR),
  /** A code does not extend its parent's code (or the padding between them is not zeros). */
  CODE_NOT_EXTENDING_PARENT(Severity.ERROR),
  /** Two places declare the same id. */
  DUPLICATE_PLACE(Severity.ERROR),
  /** A place lies in a grid the hierarchy does not have. */
  PLACE_IN_UNKNOWN_GRID(Severity.ERROR),
  /** A place names a parent place that does not exist. */
  PLACE_UNKNOWN_PARENT(Severity.ERROR),
  /** A place and its parent place lie in different grids. */
  PLACE_PARENT_IN_OTHER_GRID(Severity.ERROR),
  /** A place's kind cannot sit in its parent's kind (a unit must be in a building). */
  PLACE_KIND_MISMATCH(Severity.ERROR),
  /** Counts are declared both on a grid or place and on something below it, so totals would count twice. */
  COUNTED_TWICE(Severity.ERROR),
  /** A grid's households lie outside its level's band. */
  HOUSEHOLDS_OUTSIDE_BAND(Severity.WARNING);

  private final Severity severity;

  HierarchyRule(Severity severity) {
    this.severity = severity;
  }


  @Override
  public Severity severity() {
    return severity;
  }
}
