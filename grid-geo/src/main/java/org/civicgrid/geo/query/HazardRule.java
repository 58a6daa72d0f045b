package org.civicgrid.geo.query;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/** What a {@link HazardQuery} notes about its answer: what it repaired, estimated or could not assess. */
public enum HazardRule implements Rule {
  /** The hazard's area was an invalid polygon and was repaired before use. */
  HAZARD_REPAIRED(Severity.WARNING),
  /** A grid of the level has no boundary, so its households could not be assessed. */
  GRID_WITHOUT_BOUNDARY(Severity.WARNING),
  /** No place positions were given, so every count is an estimate by area share. */
  HOUSEHOLDS_ESTIMATED(Severity.INFO);

  private final Severity severity;

  HazardRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
