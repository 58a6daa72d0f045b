package org.civicgrid.core.staff;

import static org.civicgrid.core.staff.RoleKind.AUXILIARY;
import static org.civicgrid.core.staff.RoleKind.EXTERNAL_FORCE;
import static org.civicgrid.core.staff.RoleKind.LEADER;
import static org.civicgrid.core.staff.RoleKind.WORKER;

import com.google.common.collect.ImmutableList;

/**
 * The roles of the seeds' teams (DOMAIN.md §3, domain anchors §2.6), one constant per role. A role
 * that several cities have is one constant with one id, so a policy written for {@code grid-leader}
 * applies in every city; a city that names or tasks it differently uses {@link Role#withNames} or
 * {@link Role#withDuties}, keeping the id. {@link RoleCatalogues} groups them per city. The constants
 * are immutable and safe to share.
 */
public final class Roles {
  /** 网格长: leads one grid's team; one per grid. */
  public static final Role GRID_LEADER = single("grid-leader", "网格长", "grid leader", LEADER);
  /** 总网格长: leads all grids of a community (Beipiao: the community secretary); one per grid it heads. */
  public static final Role CHIEF_GRID_LEADER = single("chief-grid-leader", "总网格长", "chief grid leader", LEADER);
  /** 网格党支部书记: secretary of the grid's party branch; in Beipiao the grid leader too (一肩挑). */
  public static final Role PARTY_BRANCH_SECRETARY =
      single("party-branch-secretary", "网格党支部书记", "party-branch secretary", LEADER);
  /** 专职网格员: the grid's full-time worker. */
  public static final Role FULL_TIME_WORKER = role("full-time-worker", "专职网格员", "full-time grid worker", WORKER);
  /** 兼职网格员: a part-time grid worker, usually a community or village cadre. */
  public static final Role PART_TIME_WORKER = role("part-time-worker", "兼职网格员", "part-time grid worker", WORKER);
  /** 网格指导员: a cadre who guides the grid's work. */
  public static final Role GRID_INSTRUCTOR = role("grid-instructor", "网格指导员", "grid instructor", WORKER);
  /** 矛盾纠纷调解员: the grid's dispute mediator. */
  public static final Role DISPUTE_MEDIATOR = role("dispute-mediator", "矛盾纠纷调解员", "dispute mediator", WORKER);
  /** 社区民警: the police officer of the grid's beat (Dongcheng: 网格警员). */
  public static final Role COMMUNITY_POLICE_OFFICER =
      role("community-police-officer", "社区民警", "community police officer", EXTERNAL_FORCE);
  /** 医务工作者: a medical worker of the local clinic. */
  public static final Role MEDICAL_WORKER = role("medical-worker", "医务工作者", "medical worker", EXTERNAL_FORCE);
  /** 镇街综合执法人员: town or subdistrict comprehensive law-enforcement staff. */
  public static final Role LAW_ENFORCEMENT_OFFICER =
      role("law-enforcement-officer", "镇街综合执法人员", "law-enforcement officer", EXTERNAL_FORCE);
  /** 楼栋长: a resident who looks after one building; assigned at the building's place. */
  public static final Role BUILDING_LEADER = role("building-leader", "楼栋长", "building leader", AUXILIARY);
  /** 单元长: a resident who looks after one unit of a building; assigned at the unit's place. */
  public static final Role UNIT_LEADER = role("unit-leader", "单元长", "unit leader", AUXILIARY);
  /** 志愿者: a volunteer who helps the grid's team. */
  public static final Role VOLUNTEER = role("volunteer", "志愿者", "volunteer", AUXILIARY);
  /** 物业人员: property-management staff of a compound (Fuxin's level-4 grid workers include them). */
  public static final Role PROPERTY_STAFF = role("property-staff", "物业人员", "property-management staff", AUXILIARY);
  /** 电力工作人员: staff of the power company enrolled in the grid. */
  public static final Role POWER_STAFF = role("power-staff", "电力工作人员", "power staff", EXTERNAL_FORCE);
  /** 通讯工作人员: staff of a telecom operator enrolled in the grid. */
  public static final Role TELECOM_STAFF = role("telecom-staff", "通讯工作人员", "telecom staff", EXTERNAL_FORCE);
  /**
   * 联系干部: a cadre of a higher organ or a department linked to the grid; how (联网进格, 包网, 驻网,
   * 双报到) is the assignment's {@link LinkKind}.
   */
  public static final Role LIAISON_CADRE = role("liaison-cadre", "联系干部", "liaison cadre", EXTERNAL_FORCE);
  /** 片区网格员: Wuhua's level-2 area worker, with the five duties (五员). */
  public static final Role AREA_WORKER =
      role("area-worker", "片区网格员", "area worker", WORKER).withDuties(Duties.fiveDuties());
  /** 志愿网格员: Wuhua's level-3 grid worker, a volunteer, with the three duties (三员). */
  public static final Role VOLUNTEER_WORKER =
      role("volunteer-worker", "志愿网格员", "volunteer grid worker", WORKER).withDuties(Duties.threeDuties());
  /** 网格管理员: Dongcheng's grid manager, the "1" of its seven posts; one per grid. */
  public static final Role GRID_MANAGER = single("grid-manager", "网格管理员", "grid manager", LEADER);
  /** 网格助理员: Dongcheng's grid assistant. */
  public static final Role GRID_ASSISTANT = role("grid-assistant", "网格助理员", "grid assistant", WORKER);
  /** 网格督导员: Dongcheng's grid supervisor, a subdistrict cadre who oversees the grid's work. */
  public static final Role GRID_SUPERVISOR = role("grid-supervisor", "网格督导员", "grid supervisor", WORKER);
  /** 网格司法工作者: Dongcheng's judicial worker from the justice bureau. */
  public static final Role JUDICIAL_WORKER = role("judicial-worker", "网格司法工作者", "judicial worker", EXTERNAL_FORCE);
  /** 网格消防员: Dongcheng's fire officer. */
  public static final Role FIRE_OFFICER = role("fire-officer", "网格消防员", "fire officer", EXTERNAL_FORCE);

  private Roles() {}

  /** Every role above. */
  public static ImmutableList<Role> all() {
    return ImmutableList.of(GRID_LEADER, CHIEF_GRID_LEADER, PARTY_BRANCH_SECRETARY, FULL_TIME_WORKER,
        PART_TIME_WORKER, GRID_INSTRUCTOR, DISPUTE_MEDIATOR, COMMUNITY_POLICE_OFFICER, MEDICAL_WORKER,
        LAW_ENFORCEMENT_OFFICER, BUILDING_LEADER, UNIT_LEADER, VOLUNTEER, PROPERTY_STAFF, POWER_STAFF,
        TELECOM_STAFF, LIAISON_CADRE, AREA_WORKER, VOLUNTEER_WORKER, GRID_MANAGER, GRID_ASSISTANT,
        GRID_SUPERVISOR, JUDICIAL_WORKER, FIRE_OFFICER);
  }

  private static Role role(String id, String zh, String en, RoleKind kind) {
    return Role.builder(id).names(zh, en).kind(kind).build();
  }

  private static Role single(String id, String zh, String en, RoleKind kind) {
    return Role.builder(id).names(zh, en).kind(kind).singleHolder().build();
  }
}
