package org.civicgrid.routing.cases;

/**
 * Where a case should be solved, after 小事不出户、琐事不出格、大事不出网: small matters within the
 * household or building, trivial ones inside the grid, big ones inside the network (up to the
 * county's centre and its departments). Escalation caps each tier at a highest level, so small
 * matters stay low. Ordered from the lowest to the highest.
 */
public enum Tier {
  /** A small matter (小事), solved within the household or building (不出户). */
  HOUSEHOLD,
  /** A trivial matter (琐事), solved inside the grid (不出格). */
  GRID,
  /** A big matter (大事), solved inside the network of grids, centres and departments (不出网). */
  NETWORK
}
