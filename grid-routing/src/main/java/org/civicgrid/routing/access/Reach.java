package org.civicgrid.routing.access;

/** How far a role's rights reach from the grid it is held in. Immutable. */
public enum Reach {
  /** The grid itself only: a building grid's worker acts on cases of that building grid. */
  GRID,
  /** The grid and every grid below it: a subdistrict or community centre over its subtree. */
  SUBTREE
}
