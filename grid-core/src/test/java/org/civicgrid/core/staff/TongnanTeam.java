package org.civicgrid.core.staff;

import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_BUILDING;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.layer.Departments;

/**
 * Tongnan's "1+6+N" team (seed 000) serving Changyuan community of {@link FuxinGrids}, for tests: the
 * grid leader changes hands on {@link #CHANGE_DAY}; the subdistrict above has its own grid leader with
 * a backup; a district leader links one urban and one rural grid, and a cadre registers at work and at
 * home (双报到).
 */
public final class TongnanTeam {
  public static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  /** The day 李娜 succeeds 张伟 as Changyuan's grid leader. */
  public static final LocalDate CHANGE_DAY = LocalDate.of(2024, 7, 1);

  public static final PersonId ZHANG_WEI = PersonId.of("p-001");
  public static final PersonId LI_NA = PersonId.of("p-002");
  public static final PersonId WANG_FANG = PersonId.of("p-003");
  public static final PersonId ZHAO_LEI = PersonId.of("p-004");
  public static final PersonId CHEN_JING = PersonId.of("p-005");
  public static final PersonId LIU_YANG = PersonId.of("p-006");
  public static final PersonId YANG_JUN = PersonId.of("p-007");
  public static final PersonId HUANG_MIN = PersonId.of("p-008");
  public static final PersonId ZHOU_QIANG = PersonId.of("p-009");
  public static final PersonId WU_GANG = PersonId.of("p-010");
  public static final PersonId XU_LI = PersonId.of("p-011");
  public static final PersonId SUN_HAO = PersonId.of("p-012");
  public static final PersonId MA_CHAO = PersonId.of("p-013");
  public static final PersonId ZHENG_HUA = PersonId.of("p-020");
  public static final PersonId FENG_TAO = PersonId.of("p-021");
  public static final PersonId HE_JIANGUO = PersonId.of("p-030");
  public static final PersonId TANG_MING = PersonId.of("p-031");

  /** 张伟's mobile, raw: must never appear in a log line or message. */
  public static final String ZHANG_MOBILE = "13812345678";
  /** 王芳's mobile, raw. */
  public static final String WANG_MOBILE = "13987654321";

  /** Changyuan's first grid leader, 张伟, with 王芳 as backup (AB岗), until the change day. */
  public static final Assignment ZHANG_LEADS = Assignment.of(ZHANG_WEI, CHANGYUAN, Roles.GRID_LEADER.id(),
      Period.of(JAN_1, CHANGE_DAY)).withBackup(WANG_FANG);
  /** 李娜 leads Changyuan from the change day on, without a named backup. */
  public static final Assignment LI_LEADS =
      Assignment.of(LI_NA, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(CHANGE_DAY));
  /** 郑华 leads the subdistrict above Changyuan, with 冯涛 as backup. */
  public static final Assignment ZHENG_LEADS = Assignment.of(ZHENG_HUA, SUBDISTRICT, Roles.GRID_LEADER.id(),
      Period.from(JAN_1)).withBackup(FENG_TAO);

  private TongnanTeam() {}

  public static ImmutableList<StaffMember> members() {
    return ImmutableList.of(
        StaffMember.builder("p-001", "张伟", Employment.PART_TIME).partyMember()
            .contact(Contact.mobile(ZHANG_MOBILE)).build(),
        StaffMember.builder("p-002", "李娜", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("p-003", "王芳", Employment.FULL_TIME).department(Departments.CIVIL_AFFAIRS)
            .contact(Contact.mobile(WANG_MOBILE)).contact(Contact.wechat("wangfang_cy")).build(),
        StaffMember.builder("p-004", "赵磊", Employment.PART_TIME).build(),
        StaffMember.builder("p-005", "陈静", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("p-006", "刘洋", Employment.PART_TIME).skills("mediation").build(),
        StaffMember.builder("p-007", "杨军", Employment.PART_TIME).department(Departments.PUBLIC_SECURITY).build(),
        StaffMember.builder("p-008", "黄敏", Employment.PART_TIME).department(Departments.HEALTH)
            .skills("first-aid").build(),
        StaffMember.builder("p-009", "周强", Employment.PART_TIME).department(Departments.URBAN_MANAGEMENT).build(),
        StaffMember.builder("p-010", "吴刚", Employment.VOLUNTEER).build(),
        StaffMember.builder("p-011", "徐丽", Employment.VOLUNTEER).build(),
        StaffMember.builder("p-012", "孙浩", Employment.PART_TIME).build(),
        StaffMember.builder("p-013", "马超", Employment.PART_TIME).build(),
        StaffMember.builder("p-020", "郑华", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("p-021", "冯涛", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("p-030", "何建国", Employment.PART_TIME).partyMember().build(),
        StaffMember.builder("p-031", "唐明", Employment.PART_TIME).partyMember().build());
  }

  /** The 1+6+N team of Changyuan, its parent's leader, and the cadres' links. */
  public static ImmutableList<Assignment> assignments() {
    return ImmutableList.of(
        ZHANG_LEADS,
        LI_LEADS,
        post(WANG_FANG, Roles.FULL_TIME_WORKER),
        post(ZHAO_LEI, Roles.PART_TIME_WORKER),
        post(CHEN_JING, Roles.GRID_INSTRUCTOR),
        post(LIU_YANG, Roles.DISPUTE_MEDIATOR),
        post(YANG_JUN, Roles.COMMUNITY_POLICE_OFFICER),
        post(HUANG_MIN, Roles.MEDICAL_WORKER),
        post(ZHOU_QIANG, Roles.LAW_ENFORCEMENT_OFFICER),
        post(WU_GANG, Roles.BUILDING_LEADER),
        post(XU_LI, Roles.VOLUNTEER),
        post(SUN_HAO, Roles.POWER_STAFF),
        post(MA_CHAO, Roles.TELECOM_STAFF),
        ZHENG_LEADS,
        Assignment.of(HE_JIANGUO, CHANGYUAN, Roles.LIAISON_CADRE.id(), Period.from(JAN_1)).withLink(LinkKind.LINKED),
        Assignment.of(HE_JIANGUO, HAMLET_1, Roles.LIAISON_CADRE.id(), Period.from(JAN_1)).withLink(LinkKind.LINKED),
        Assignment.of(TANG_MING, SUBDISTRICT, Roles.LIAISON_CADRE.id(), Period.from(JAN_1))
            .withLink(LinkKind.WORKPLACE_REGISTRATION),
        Assignment.of(TANG_MING, XINHUA_BUILDING, Roles.LIAISON_CADRE.id(), Period.from(JAN_1))
            .withLink(LinkKind.RESIDENCE_REGISTRATION));
  }

  /** The whole staffing over {@link FuxinGrids#hierarchy()} with Tongnan's roles, no absences. */
  public static Staffing staffing() {
    return Staffing.of(FuxinGrids.hierarchy(), RoleCatalogues.tongnan(), members(), assignments(), ImmutableList.of());
  }

  private static Assignment post(PersonId person, Role role) {
    return Assignment.of(person, CHANGYUAN, role.id(), Period.from(JAN_1));
  }
}
