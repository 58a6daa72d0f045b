package org.civicgrid.core.staff.policy;

import static org.civicgrid.core.report.Severity.ERROR;
import static org.civicgrid.core.report.Severity.WARNING;

import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;

/**
 * The staffing policies of the seeds' cities (DOMAIN.md §3), as starting points: include one in a city's
 * own policy and add, re-grade or disable rules by id ({@link StaffingPolicy.Builder}). Each goes with the
 * city's role catalogue in {@link RoleCatalogues}; Beipiao's and Wuhua's name the levels of their schemes
 * in {@link org.civicgrid.core.scheme.LevelSchemes}, Tongnan's is told the level of its grids. Errors are
 * what the seeds state as rules; warnings are what they describe as the norm. Each call returns an
 * immutable policy.
 */
public final class StaffingPolicies {
  /** The tag of urban grids in {@link #tongnan(String)}; set on a grid, it holds for all below it. */
  public static final String URBAN = "urban";
  /** The tag of rural grids in {@link #tongnan(String)}. */
  public static final String RURAL = "rural";

  private StaffingPolicies() {}

  /**
   * Tongnan (seed 000), whose grids tell urban from rural by the tags {@link #URBAN} and {@link #RURAL};
   * see {@link #tongnan(String, GridSelector, GridSelector)}.
   */
  public static StaffingPolicy tongnan(String gridLevel) {
    return tongnan(gridLevel, GridSelector.tagged(URBAN), GridSelector.tagged(RURAL));
  }

  /**
   * Tongnan (seed 000), the "1+6+N" team of every grid of {@code gridLevel}: exactly one grid leader
   * ({@code one-grid-leader}) and a full-time worker ({@code needs-full-time-worker}) are errors to lack;
   * the rest of the 6 — part-time worker, grid instructor, dispute mediator, community police officer,
   * medical worker ({@code needs-part-time-worker}, …) — warnings; the N are optional. Each district
   * leader, a liaison cadre linking grids (联网进格), links an urban and a rural grid ({@code
   * district-leader-links-urban-grid}, {@code district-leader-links-rural-grid}).
   *
   * @param gridLevel the id of the level whose grids have the team
   * @param urban the grids that are urban, such as {@code GridSelector.within("subdistrict")} in Fuxin
   * @param rural the grids that are rural, such as {@code GridSelector.within("township")}
   */
  public static StaffingPolicy tongnan(String gridLevel, GridSelector urban, GridSelector rural) {
    return StaffingPolicy.builder("tongnan")
        .rule("one-grid-leader", ERROR, RoleCount.exactly(Roles.GRID_LEADER.id(), 1), gridLevel)
        .rule(needs(Roles.FULL_TIME_WORKER, ERROR, gridLevel))
        .rule(needs(Roles.PART_TIME_WORKER, WARNING, gridLevel))
        .rule(needs(Roles.GRID_INSTRUCTOR, WARNING, gridLevel))
        .rule(needs(Roles.DISPUTE_MEDIATOR, WARNING, gridLevel))
        .rule(needs(Roles.COMMUNITY_POLICE_OFFICER, WARNING, gridLevel))
        .rule(needs(Roles.MEDICAL_WORKER, WARNING, gridLevel))
        .rule("district-leader-links-urban-grid", ERROR, districtLeaderLinks(urban))
        .rule("district-leader-links-rural-grid", ERROR, districtLeaderLinks(rural))
        .build();
  }

  /**
   * Beipiao (seed 003), over {@code LevelSchemes.beipiao()}: each community has exactly one chief grid
   * leader; each grid exactly one grid leader, who is also its party-branch secretary (一肩挑) and a party
   * member, and a full-time worker — errors. Warnings: more than 360 households per full-time worker
   * (≈ 300 per grid, with the scheme's 20 % slack), a building without its building leader or a unit
   * without its unit leader, a liaison cadre linking grids (a deputy county leader) who links no community.
   */
  public static StaffingPolicy beipiao() {
    return StaffingPolicy.builder("beipiao")
        .rule("one-chief-grid-leader", ERROR, RoleCount.exactly(Roles.CHIEF_GRID_LEADER.id(), 1), "community")
        .rule("one-grid-leader", ERROR, RoleCount.exactly(Roles.GRID_LEADER.id(), 1), "grid")
        .rule(needs(Roles.FULL_TIME_WORKER, ERROR, "grid"))
        .rule("grid-leader-is-branch-secretary", ERROR,
            SameHolder.of(Roles.GRID_LEADER.id(), Roles.PARTY_BRANCH_SECRETARY.id()), "grid")
        .rule("branch-secretary-party-member", ERROR, Eligibility.partyMember(Roles.PARTY_BRANCH_SECRETARY.id()),
            "grid")
        .rule("households-per-full-time-worker", WARNING, Capacity.of(Roles.FULL_TIME_WORKER.id(), 360), "grid")
        .rule("building-leader-per-building", WARNING,
            Presence.atEvery(PlaceKind.BUILDING, Roles.BUILDING_LEADER.id()), "grid")
        .rule("unit-leader-per-unit", WARNING, Presence.atEvery(PlaceKind.UNIT, Roles.UNIT_LEADER.id()), "grid")
        .rule("liaison-cadre-links-community", WARNING,
            LinkQuota.of(Roles.LIAISON_CADRE.id(), LinkKind.LINKED, 1, GridSelector.atLevels("community"))
                .heldBy(LinkKind.LINKED))
        .build();
  }

  /**
   * Wuhua (seed 004), over {@code LevelSchemes.wuhua()}: each village or community (level 1) has exactly
   * one grid leader, each area (level 2) an area worker, each level-3 grid a volunteer worker; grid
   * leaders must be party members wherever they serve (党员三是) — errors. A warning when no volunteer
   * worker of a level-3 grid is a party member: the volunteer team is led by one.
   */
  public static StaffingPolicy wuhua() {
    return StaffingPolicy.builder("wuhua")
        .rule("one-grid-leader", ERROR, RoleCount.exactly(Roles.GRID_LEADER.id(), 1), "community")
        .rule("grid-leader-party-member", ERROR, Eligibility.partyMember(Roles.GRID_LEADER.id()))
        .rule(needs(Roles.AREA_WORKER, ERROR, "area"))
        .rule(needs(Roles.VOLUNTEER_WORKER, ERROR, "grid"))
        .rule("volunteer-team-led-by-party-member", WARNING,
            Eligibility.partyMember(Roles.VOLUNTEER_WORKER.id()).ofAtLeastOneHolder(), "grid")
        .build();
  }

  /** {@code needs-<role>}: at least one holder of {@code role} in each grid of {@code level}. */
  private static PolicyRule needs(Role role, Severity severity, String level) {
    return PolicyRule.of("needs-" + role.id(), severity, RoleCount.atLeast(role.id(), 1)).atLevels(level);
  }

  private static LinkQuota districtLeaderLinks(GridSelector grids) {
    return LinkQuota.of(Roles.LIAISON_CADRE.id(), LinkKind.LINKED, 1, grids).heldBy(LinkKind.LINKED);
  }
}
