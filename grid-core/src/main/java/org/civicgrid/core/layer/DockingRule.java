package org.civicgrid.core.layer;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/** The rules {@link DockedLayers#validate()} checks specialist layers against. */
public enum DockingRule implements Rule {
  /** A specialist grid is not docked onto any social grid yet. */
  NOT_DOCKED(Severity.WARNING),
  /** A specialist grid is docked onto a grid the hierarchy does not have (retired in a re-division, or mistyped). */
  DOCKED_TO_UNKNOWN_GRID(Severity.ERROR),
  /**
   * A specialist grid is docked onto a grid below the levels its layer may dock onto (a police beat
   * on one residential compound), so the rest of the beat's territory would not find it.
   */
  DOCKED_BELOW_ALLOWED_LEVELS(Severity.ERROR),
  /**
   * A specialist grid is docked above its layer's levels or on a branch without them (a beat on the
   * whole county, an urban layer's grid on a village): every grid below still finds it, but coarser
   * or elsewhere than the layer declares.
   */
  DOCKED_OUTSIDE_ALLOWED_LEVELS(Severity.WARNING),
  /** A specialist grid is docked onto a placeholder row of a division table, which is not a real grid. */
  DOCKED_TO_PLACEHOLDER(Severity.ERROR),
  /** A layer may dock onto a level the hierarchy's scheme does not have. */
  UNKNOWN_ALLOWED_LEVEL(Severity.ERROR),
  /** Two grids of one layer share an id; lookups by id see only the first. */
  DUPLICATE_SPECIALIST_GRID(Severity.ERROR);

  private final Severity severity;

  DockingRule(Severity severity) {
    this.severity = severity;
  }


  @Override
  public Severity severity() {
    return severity;
  }
}
