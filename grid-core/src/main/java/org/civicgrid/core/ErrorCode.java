package org.civicgrid.core;

/**
 * Stable identifiers of the failures a {@link CivicGridException} reports. Names never change once
 * released, so callers and logs can match on them.
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
  /** A write said a version that is no longer current (optimistic concurrency). */
  VERSION_CONFLICT,
  /** No plugin has the id that was asked for. */
  PLUGIN_NOT_FOUND,
  /** Several plugins qualify and none was chosen explicitly. */
  PLUGIN_AMBIGUOUS,
  /** The chosen plugin reports that it cannot run here (for example a missing driver). */
  PLUGIN_UNAVAILABLE,
  /** A plugin's configuration is missing keys or has bad values. */
  PLUGIN_CONFIG_INVALID,
  /** A plugin failed while being created or used. */
  PLUGIN_FAILED,
  /** A storage plugin failed to read or write. */
  STORAGE_FAILED
}
