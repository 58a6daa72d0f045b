package org.civicgrid.core.staff;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.LevelSchemes;

/**
 * A small Beipiao territory (seed 003) and its staffing, for tests: Sheze community of Taiji
 * subdistrict with two grids of about 300 households; grid 1 has building B1 with two units, grid 2
 * building B2. The community has a chief grid leader; each grid a grid leader who is also its
 * party-branch secretary (一肩挑) and a full-time worker; building and unit leaders serve at their
 * places; a deputy county leader links the community.
 */
public final class BeipiaoGrids {
  public static final GridCode CITY = GridCode.of("211381");
  public static final GridCode TAIJI = GridCode.of("211381001");
  public static final GridCode SHEZE = GridCode.of("211381001001");
  public static final GridCode GRID_1 = GridCode.of("211381001001001");
  public static final GridCode GRID_2 = GridCode.of("211381001001002");
  public static final LocalDate SINCE = LocalDate.of(2023, 3, 1);

  private BeipiaoGrids() {}

  public static GridHierarchy hierarchy() {
    Place b1 = Place.building("B1", "舍宅1号楼", GRID_1, 0, 0);
    return GridHierarchy.of(LevelSchemes.beipiao(), ImmutableList.of(
            GridNode.of("211381", "北票市", "county", null),
            GridNode.of("211381001", "台吉街道", "subdistrict", "211381"),
            GridNode.of("211381001001", "舍宅社区", "community", "211381001"),
            GridNode.of("211381001001001", "舍宅第一网格", "grid", "211381001001"),
            GridNode.of("211381001001002", "舍宅第二网格", "grid", "211381001001")),
        ImmutableList.of(
            b1,
            Place.unit("B1-1", "1号楼1单元", b1, 150, 420),
            Place.unit("B1-2", "1号楼2单元", b1, 150, 410),
            Place.building("B2", "舍宅2号楼", GRID_2, 290, 800)));
  }

  public static ImmutableList<StaffMember> members() {
    return ImmutableList.of(
        StaffMember.builder("bp-01", "刘红", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("bp-02", "高峰", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("bp-03", "宋佳", Employment.FULL_TIME).build(),
        StaffMember.builder("bp-04", "韩冰", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("bp-05", "曹丽", Employment.FULL_TIME).build(),
        StaffMember.builder("bp-06", "邓大爷", Employment.VOLUNTEER).partyMember().build(),
        StaffMember.builder("bp-07", "许阿姨", Employment.VOLUNTEER).build(),
        StaffMember.builder("bp-08", "彭师傅", Employment.VOLUNTEER).build(),
        StaffMember.builder("bp-09", "蒋文", Employment.VOLUNTEER).build(),
        StaffMember.builder("bp-10", "任副市长", Employment.PART_TIME).partyMember().build());
  }

  public static ImmutableList<Assignment> assignments() {
    return ImmutableList.of(
        at("bp-01", SHEZE, Roles.CHIEF_GRID_LEADER),
        at("bp-02", GRID_1, Roles.GRID_LEADER),
        at("bp-02", GRID_1, Roles.PARTY_BRANCH_SECRETARY),
        at("bp-03", GRID_1, Roles.FULL_TIME_WORKER),
        at("bp-04", GRID_2, Roles.GRID_LEADER),
        at("bp-04", GRID_2, Roles.PARTY_BRANCH_SECRETARY),
        at("bp-05", GRID_2, Roles.FULL_TIME_WORKER),
        at("bp-06", GRID_1, Roles.BUILDING_LEADER).atPlace("B1"),
        at("bp-07", GRID_1, Roles.UNIT_LEADER).atPlace("B1-1"),
        at("bp-08", GRID_1, Roles.UNIT_LEADER).atPlace("B1-2"),
        at("bp-09", GRID_2, Roles.BUILDING_LEADER).atPlace("B2"),
        at("bp-10", SHEZE, Roles.LIAISON_CADRE).withLink(LinkKind.LINKED));
  }

  public static Staffing staffing() {
    return Staffing.of(hierarchy(), RoleCatalogues.beipiao(), members(), assignments(), ImmutableList.of());
  }

  private static Assignment at(String person, GridCode grid, Role role) {
    return Assignment.of(PersonId.of(person), grid, role.id(), Period.from(SINCE));
  }
}
