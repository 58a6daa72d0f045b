package org.civicgrid.geo.patrol;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * Why a worker's day fails its {@link PatrolRequirement}. A day fails with {@link #TOO_FEW_PATROLS}
 * alone. The other rules are the reasons, one finding for each patrol that day that did not count
 * and for each limit it missed. They are reported only on failing days: a short walk on a day with
 * enough patrols fails nothing.
 */
public enum PatrolRule implements Rule {
  /** Fewer patrols met the limits than the day requires (how many did, of how many, and the need). */
  TOO_FEW_PATROLS(Severity.ERROR),
  /** A patrol lasted less than the minimum duration. */
  TOO_SHORT_IN_TIME(Severity.WARNING),
  /** A patrol's track was shorter than the minimum length. */
  TOO_SHORT_IN_LENGTH(Severity.WARNING),
  /** A patrol spent less than the minimum share of its time inside the worker's grid. */
  TOO_LITTLE_INSIDE(Severity.WARNING);

  private final Severity severity;

  PatrolRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
