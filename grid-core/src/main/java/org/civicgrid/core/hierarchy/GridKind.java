package org.civicgrid.core.hierarchy;

/** What kind of area a grid node is. */
public enum GridKind {
  /** A comprehensive grid (全科网格), or an administrative division acting as a grid level. */
  COMPREHENSIVE,
  /** A dedicated grid (专属网格): a unit with its own premises, such as a school, hospital or firm. */
  DEDICATED,
  /** A placeholder row of a division table (a municipality's 市辖区 or 县), kept so codes stay prefixes. */
  PLACEHOLDER,
  /** A non-administrative zone with a division code (development zone, farm, 政企合一 unit). */
  NON_ADMINISTRATIVE
}
