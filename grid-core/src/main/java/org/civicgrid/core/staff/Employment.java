package org.civicgrid.core.staff;

/**
 * How a staff member works for the grids, which policies use (a grid needs a full-time worker; points
 * go to volunteers). A cadre seconded from a department works part-time for the grid. Immutable.
 */
public enum Employment {
  /** 专职: employed to work the grids full-time (Fuxin hired 495 full-time grid workers). */
  FULL_TIME,
  /** 兼职: serves the grids beside another post, such as a community cadre or a sunk cadre. */
  PART_TIME,
  /** 志愿: an unpaid volunteer (Wuhua's level-3 grid workers, building leaders). */
  VOLUNTEER
}
