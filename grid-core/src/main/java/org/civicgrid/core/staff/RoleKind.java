package org.civicgrid.core.staff;

/**
 * What kind of post a {@link Role} is in a grid's team: who leads, who works the grid, who helps from
 * among the residents, and who serves it from a department or an enterprise. Policies select roles by
 * kind ("every leader must be a party member"). Immutable.
 */
public enum RoleKind {
  /** Leads the grid's team: grid leader (网格长), chief grid leader (总网格长), party-branch secretary. */
  LEADER,
  /** Works the grid as part of its own team: full-time and part-time grid workers, instructors, mediators. */
  WORKER,
  /** Residents who assist the team: building and unit leaders (楼栋长, 单元长), volunteers, property staff. */
  AUXILIARY,
  /**
   * Staff of a department, an enterprise or a higher organ who serve the grid without belonging to its
   * team: community police, medical workers, law enforcement, power and telecom staff, linked cadres.
   */
  EXTERNAL_FORCE
}
