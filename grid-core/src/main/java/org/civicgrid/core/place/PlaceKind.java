package org.civicgrid.core.place;

/** The kinds of place a grid holds. */
public enum PlaceKind {
  /** A building (楼栋); holds units or household groups, or counts of its own. */
  BUILDING,
  /** A unit (单元, stairwell entrance) of a building. */
  UNIT,
  /** A group of households counted together (a courtyard, a hamlet's households, one household). */
  HOUSEHOLD_GROUP
}
