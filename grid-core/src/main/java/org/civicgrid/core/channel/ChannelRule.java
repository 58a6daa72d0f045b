package org.civicgrid.core.channel;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/** The rules {@link ChannelDirectory#validate} checks a directory against. */
public enum ChannelRule implements Rule {
  /** A grid that should have an online channel has none: its residents have no group to post in. */
  GRID_WITHOUT_CHANNEL(Severity.WARNING),
  /**
   * A channel is bound to a grid the hierarchy does not have (retired in a re-division, or mistyped).
   * An error, not a warning: posts in that group would reach no grid's staff until it is rebound.
   */
  CHANNEL_OF_UNKNOWN_GRID(Severity.ERROR);

  private final Severity severity;

  ChannelRule(Severity severity) {
    this.severity = severity;
  }


  @Override
  public Severity severity() {
    return severity;
  }
}
