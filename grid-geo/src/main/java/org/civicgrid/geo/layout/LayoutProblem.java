package org.civicgrid.geo.layout;

/** Why a parent or a grid of a layout misses what the settings ask for. */
public enum LayoutProblem {
  /** The parent holds no households; it gets no grids. */
  EMPTY_PARENT,
  /** The parent holds fewer households than the band's minimum; it becomes one grid. */
  TOO_FEW_HOUSEHOLDS,
  /** No whole number of grids puts the parent's mean grid size inside the band. */
  NO_FEASIBLE_COUNT,
  /** A building holds more households than the band allows and may not be split. */
  BUILDING_ABOVE_BAND,
  /**
   * The parent's units are whole buildings too coarse to balance: every grid count tried leaves grids
   * outside the band or the parent's mean although the parent's mean fits and no building is above the
   * band.
   */
  UNITS_TOO_COARSE,
  /** The parent's units fall into several pieces (enclaves, islands), so its grids may be too. */
  DISCONNECTED_PARENT,
  /** A grid's households fall outside the band or too far from its parent's mean. */
  GRID_OUTSIDE_BAND,
  /** A grid is in more than one piece. */
  GRID_NOT_CONTIGUOUS
}
