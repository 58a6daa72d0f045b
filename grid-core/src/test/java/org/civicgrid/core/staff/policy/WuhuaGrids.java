package org.civicgrid.core.staff.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;

/**
 * A corner of Wuhua (seed 004) for tests: Xihe community (level 1) with one area (level 2) of two level-3
 * grids, fully staffed the Wuhua way — a community cadre as grid leader, an area worker, volunteer
 * workers led by a party member in each grid.
 */
final class WuhuaGrids {
  static final GridCode XIHE = GridCode.of("441424100001");
  static final GridCode AREA_1 = GridCode.of("441424100001001");
  static final GridCode GRID_1 = GridCode.of("441424100001001001");
  static final GridCode GRID_2 = GridCode.of("441424100001001002");
  static final LocalDate SINCE = LocalDate.of(2023, 5, 1);
  static final PersonId ZHONG = PersonId.of("wh-01");
  static final PersonId WEI = PersonId.of("wh-05");

  private WuhuaGrids() {}

  static GridHierarchy hierarchy() {
    return GridHierarchy.of(LevelSchemes.wuhua(), ImmutableList.of(
        GridNode.of("441424", "五华县", "county", null),
        GridNode.of("441424100", "水寨镇", "township", "441424"),
        GridNode.of("441424100001", "河西社区", "community", "441424100"),
        GridNode.of("441424100001001", "第一片区", "area", "441424100001"),
        GridNode.of("441424100001001001", "第1网格", "grid", "441424100001001").withCounts(40, 120),
        GridNode.of("441424100001001002", "第2网格", "grid", "441424100001001").withCounts(35, 100)),
        ImmutableList.of());
  }

  static Staffing staffing() {
    return Staffing.of(hierarchy(), RoleCatalogues.wuhua(), ImmutableList.of(
            StaffMember.builder("wh-01", "钟建华", Employment.PART_TIME).partyMember().build(),
            StaffMember.builder("wh-02", "李秀英", Employment.PART_TIME).partyMember().build(),
            StaffMember.builder("wh-03", "古老师", Employment.VOLUNTEER).partyMember().build(),
            StaffMember.builder("wh-04", "曾大姐", Employment.VOLUNTEER).build(),
            StaffMember.builder("wh-05", "魏师傅", Employment.VOLUNTEER).partyMember().build()),
        ImmutableList.of(
            at("wh-01", XIHE, Roles.GRID_LEADER),
            at("wh-02", AREA_1, Roles.AREA_WORKER),
            at("wh-03", GRID_1, Roles.VOLUNTEER_WORKER),
            at("wh-04", GRID_1, Roles.VOLUNTEER_WORKER),
            at("wh-05", GRID_2, Roles.VOLUNTEER_WORKER)),
        ImmutableList.of());
  }

  private static Assignment at(String person, GridCode grid, Role role) {
    return Assignment.of(PersonId.of(person), grid, role.id(), Period.from(SINCE));
  }
}
