package org.civicgrid.core;

/**
 * Stable codes that classify every {@link CivicGridException}, so that callers and operators can
 * react to a failure without parsing its message.
 *
 * <p>A code's name is part of the public API: it starts every exception message and may be matched
 * by monitoring rules, so constants are added but never renamed or removed.
 */
public enum ErrorCode {
  /** A grid code breaks a syntax, length, range, prefix or sequence rule. */
  INVALID_CODE,

  /** A hierarchy has errors (duplicate codes, orphans, cycles, misplaced levels). */
  INVALID_HIERARCHY,

  /** A grid, place or other object named by the caller does not exist. */
  NOT_FOUND,

  /** An import, file or document cannot be read; nothing of it was applied. */
  MALFORMED_INPUT,

  /** A change cannot be applied to the current state; nothing of it was applied. */
  ILLEGAL_CHANGE,

  /**
   * A command does not apply to a case in its current state (a lifecycle step out of order, an
   * approval with nothing to approve); the case and its log are unchanged.
   */
  ILLEGAL_TRANSITION,

  /** Grid boundaries that must tile an area (a coverage) overlap or do not match along shared edges. */
  INVALID_COVERAGE,

  /** A write said a version that is no longer current (optimistic concurrency). */
  VERSION_CONFLICT,

  /** A storage plugin failed to read or write. */
  STORAGE_FAILED,

  /** An explicitly chosen plugin id matches no plugin on the class path or registered in code. */
  PLUGIN_NOT_FOUND,

  /** Several plugins qualify and nothing says which one to use, or several claim the same id. */
  PLUGIN_AMBIGUOUS,

  /** The chosen plugin is present but cannot run here, for example its driver is missing. */
  PLUGIN_UNAVAILABLE,

  /** A plugin's configuration lacks required keys, has unparseable values or unknown keys. */
  PLUGIN_CONFIG_INVALID,

  /** A plugin failed while doing its work, or broke its contract (for example returned null). */
  PLUGIN_FAILED,

  /** A geometry is not a valid area (self-intersecting, collapsed), or an operation made it one. */
  INVALID_GEOMETRY,

  /** A category catalogue has errors (duplicate or colliding codes, unknown parents, conflicting departments). */
  INVALID_CATALOGUE,

  /**
   * Staffing data has errors (an assignment to an unknown grid, role or person, overlapping holders of
   * a single-holder role, a role id declared twice in a catalogue); nothing of it was applied.
   */
  INVALID_STAFFING,

  /** A working calendar has no public-holiday data for the year a date falls in, so its working time is unknown. */
  CALENDAR_YEAR_MISSING,
  /** A composite score's weights are unusable (not summing to 1, negative, or on an indicator that cannot be scored). */
  INVALID_SCORE_SCHEME,

  /** A staffing policy names a role or level its catalogue or scheme lacks, or repeats a rule id. */
  INVALID_POLICY,

  /** An actor gave a command on, or asked for the reporter's contact of, a case outside their grids, roles or categories. */
  ACCESS_DENIED
}
