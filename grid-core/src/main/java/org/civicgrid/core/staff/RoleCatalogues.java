package org.civicgrid.core.staff;

import com.google.common.collect.ImmutableList;

/**
 * The role catalogues of the seeds' cities (DOMAIN.md §3, domain anchors §2.6), as starting points:
 * add a city's own roles with {@link RoleCatalogue#plus}. Roles the cities share keep one id across
 * presets (see {@link Roles}); only names and duties may differ. Which level needs which role, and how
 * many, is left to staffing policies. Each call returns an immutable catalogue.
 */
public final class RoleCatalogues {
  private RoleCatalogues() {}

  /**
   * Tongnan (Chongqing, seed 000), the "1+6+N" team of every grid: 1 grid leader; 6 = full-time and
   * part-time grid worker, grid instructor, dispute mediator, community police officer and medical
   * worker; N = law enforcement, building leaders, volunteers, power and telecom staff. Cadres linked
   * to grids (联网进格, 包网, 驻网, 双报到) are liaison cadres, the link being the assignment's kind.
   */
  public static RoleCatalogue tongnan() {
    return RoleCatalogue.of("tongnan", ImmutableList.of(
        Roles.GRID_LEADER,
        Roles.FULL_TIME_WORKER, Roles.PART_TIME_WORKER, Roles.GRID_INSTRUCTOR, Roles.DISPUTE_MEDIATOR,
        Roles.COMMUNITY_POLICE_OFFICER, Roles.MEDICAL_WORKER,
        Roles.LAW_ENFORCEMENT_OFFICER, Roles.BUILDING_LEADER, Roles.VOLUNTEER, Roles.POWER_STAFF,
        Roles.TELECOM_STAFF,
        Roles.LIAISON_CADRE));
  }

  /**
   * Fuxin (Liaoning, seed 002), leaders by level: the grid leader of a level-1 grid is the subdistrict
   * or township party secretary, of a level-2 grid the community or village party secretary — one role,
   * held at two levels. Level-3 grid workers are hired full-time workers, and community and village
   * cadres or sunk cadres working part-time; level-4 workers are old party members, volunteers and
   * property-management staff.
   */
  public static RoleCatalogue fuxin() {
    return RoleCatalogue.of("fuxin", ImmutableList.of(
        Roles.GRID_LEADER, Roles.FULL_TIME_WORKER, Roles.PART_TIME_WORKER, Roles.VOLUNTEER, Roles.PROPERTY_STAFF,
        Roles.LIAISON_CADRE));
  }

  /**
   * Beipiao (Liaoning, seed 003): one chief grid leader per community (the community secretary); per
   * grid one grid leader, who is also the grid's party-branch secretary (一肩挑), and one full-time
   * worker who patrols daily; building and unit leaders assist as 情报员、信息员、宣传员. Cadres of the
   * city's units sink into communities as liaison cadres.
   */
  public static RoleCatalogue beipiao() {
    return RoleCatalogue.of("beipiao", ImmutableList.of(
        Roles.CHIEF_GRID_LEADER,
        Roles.GRID_LEADER,
        Roles.PARTY_BRANCH_SECRETARY,
        Roles.FULL_TIME_WORKER.withDuties(ImmutableList.of(Duties.DAILY_PATROL, Duties.INFORMATION_COLLECTOR,
            Duties.OPINION_COLLECTOR, Duties.RISK_INSPECTOR, Duties.DISPUTE_MEDIATOR, Duties.POLICY_PUBLICIST)),
        Roles.BUILDING_LEADER.withDuties(Duties.buildingDuties()),
        Roles.UNIT_LEADER.withDuties(Duties.buildingDuties()),
        Roles.LIAISON_CADRE));
  }

  /**
   * Wuhua (Guangdong, seed 004): community cadres are level-1 grid leaders and level-2 area workers,
   * both with the five duties (五员); level-3 grid workers are volunteers (retired cadres, veterans,
   * teachers) with the three duties (三员).
   */
  public static RoleCatalogue wuhua() {
    return RoleCatalogue.of("wuhua", ImmutableList.of(
        Roles.GRID_LEADER.withDuties(Duties.fiveDuties()), Roles.AREA_WORKER, Roles.VOLUNTEER_WORKER));
  }

  /**
   * Dongcheng (Beijing, 2010–11, domain anchors §2.6): seven posts per social grid — grid manager,
   * grid assistant, grid police officer (网格警员, the community police officer role), grid supervisor,
   * party-branch secretary, judicial worker and fire officer.
   */
  public static RoleCatalogue dongcheng() {
    return RoleCatalogue.of("dongcheng", ImmutableList.of(
        Roles.GRID_MANAGER, Roles.GRID_ASSISTANT,
        Roles.COMMUNITY_POLICE_OFFICER.withNames("网格警员", "grid police officer"),
        Roles.GRID_SUPERVISOR, Roles.PARTY_BRANCH_SECRETARY, Roles.JUDICIAL_WORKER, Roles.FIRE_OFFICER));
  }

  /** Every preset above. */
  public static ImmutableList<RoleCatalogue> all() {
    return ImmutableList.of(tongnan(), fuxin(), beipiao(), wuhua(), dongcheng());
  }
}
