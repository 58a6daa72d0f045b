package org.civicgrid.core.report;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** Worth knowing; nothing is wrong. */
  INFO,
  /** Allowed, but against a guideline (a grid above its household band, a grid without a channel). */
  WARNING,
  /** Breaks a rule; the data cannot be used as it is. */
  ERROR
}
