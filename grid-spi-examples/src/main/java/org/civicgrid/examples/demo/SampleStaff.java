package org.civicgrid.examples.demo;

import static org.civicgrid.core.staff.Employment.FULL_TIME;
import static org.civicgrid.core.staff.Employment.PART_TIME;
import static org.civicgrid.core.staff.Employment.VOLUNTEER;

import java.time.LocalDate;
import java.util.Locale;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Contact;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.StaffingBuilder;

/**
 * The sample county's team after Fuxin's scheme (DOMAIN.md §3): party secretaries lead the level-1 and
 * level-2 grids, a hired full-time worker serves each compound, village cadres the hamlets, volunteers
 * look after the buildings, and a deputy district head links one urban and one rural grid (联网进格).
 * The community leader 李娜 is away for training with 王芳 as her backup (AB岗). Three gaps are left on
 * purpose: one worker for 长源小区's 350 households, nobody for the new hamlet 北山新二组, and no building
 * leader yet for the new 11号楼.
 */
final class SampleStaff {
  static final LocalDate SINCE = LocalDate.of(2024, 1, 1);
  /** The day the demo looks at, a Tuesday in 李娜's week of training. */
  static final LocalDate DAY = LocalDate.of(2024, 5, 14);
  static final GridCode CHANGYUAN = GridCode.of("210902001001");
  static final GridCode CHANGYUAN_COMPOUND = GridCode.of("210902001001001");
  static final PersonId LI_NA = PersonId.of("p-04");
  static final PersonId WANG_FANG = PersonId.of("p-07");
  static final PersonId WANG_QIANG = PersonId.of("p-10");

  private final StaffingBuilder staffing;
  private PersonId last;

  private SampleStaff(GridHierarchy county) {
    staffing = Staffing.builder(county, RoleCatalogues.fuxin().plus(Roles.BUILDING_LEADER));
  }

  /** The staffing of {@code county}, the hierarchy of {@code demo/sample-county.json}. */
  static Staffing of(GridHierarchy county) {
    SampleStaff s = new SampleStaff(county);
    s.post("p-01", "赵建国", PART_TIME, true, Roles.GRID_LEADER, "210902001");
    s.post("p-02", "孙立新", PART_TIME, true, Roles.GRID_LEADER, "210902002");
    s.post("p-03", "周海", PART_TIME, true, Roles.GRID_LEADER, "210902101");
    s.member("p-04", "李娜", PART_TIME, true);
    s.assign(Assignment.of(LI_NA, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(SINCE)).withBackup(WANG_FANG));
    s.post("p-05", "陈静", PART_TIME, true, Roles.GRID_LEADER, "210902001002");
    s.post("p-06", "吴刚", PART_TIME, true, Roles.GRID_LEADER, "210902002001");
    s.post("p-07", "王芳", PART_TIME, true, Roles.PART_TIME_WORKER, CHANGYUAN.value());
    s.post("p-08", "郑宏", PART_TIME, true, Roles.GRID_LEADER, "210902101201");
    s.post("p-09", "冯军", PART_TIME, true, Roles.GRID_LEADER, "210902101202");
    s.post("p-10", "王强", FULL_TIME, false, Roles.FULL_TIME_WORKER, CHANGYUAN_COMPOUND.value());
    s.post("p-11", "刘敏", FULL_TIME, true, Roles.FULL_TIME_WORKER, "210902001001002");
    s.post("p-12", "杨帆", FULL_TIME, false, Roles.FULL_TIME_WORKER, "210902001002001");
    s.post("p-13", "黄磊", FULL_TIME, false, Roles.FULL_TIME_WORKER, "210902002001001");
    s.post("p-14", "何平", PART_TIME, true, Roles.PART_TIME_WORKER, "210902101201001");
    s.also(Roles.PART_TIME_WORKER, "210902101201002");
    s.also(Roles.PART_TIME_WORKER, "210902101201003");
    s.post("p-15", "马兰", PART_TIME, false, Roles.PART_TIME_WORKER, "210902101202001");
    s.post("p-16", "张伟", VOLUNTEER, true, Roles.BUILDING_LEADER, "210902001001001001", "B1", "B2");
    s.post("p-17", "刘秀英", VOLUNTEER, true, Roles.BUILDING_LEADER, "210902001001001002", "B3");
    s.post("p-18", "高明", VOLUNTEER, false, Roles.BUILDING_LEADER, "210902001001001003", "B4", "B5");
    s.post("p-19", "林桂兰", VOLUNTEER, true, Roles.BUILDING_LEADER, "210902001001002001", "B6");
    s.post("p-20", "罗志强", VOLUNTEER, false, Roles.BUILDING_LEADER, "210902001001002002", "B7", "B8");
    s.post("p-21", "谢红", VOLUNTEER, true, Roles.BUILDING_LEADER, "210902001002001001", "B9");
    s.post("p-22", "宋玉梅", VOLUNTEER, true, Roles.BUILDING_LEADER, "210902001002001002", "B10");
    s.post("p-23", "唐国庆", VOLUNTEER, true, Roles.BUILDING_LEADER, "210902002001001001", "B12");
    s.post("p-24", "韩冬", VOLUNTEER, false, Roles.BUILDING_LEADER, "210902002001001002", "B13", "B14");
    s.member("p-25", "刘洋", PART_TIME, true);
    for (String grid : new String[] {CHANGYUAN.value(), "210902101201"}) {
      s.assign(Assignment.of(PersonId.of("p-25"), GridCode.of(grid), Roles.LIAISON_CADRE.id(), Period.from(SINCE))
          .withLink(LinkKind.LINKED));
    }
    s.staffing.absence(Absence.days(LI_NA, DAY.minusDays(1), DAY.plusDays(2), "training"));
    return s.staffing.build();
  }

  /** Adds a member and their post in {@code grid}, at each of {@code places} if any are given. */
  private void post(String id, String name, Employment employment, boolean party, Role role, String grid,
      String... places) {
    member(id, name, employment, party);
    also(role, grid, places);
  }

  /** Adds another post of the member added last. */
  private void also(Role role, String grid, String... places) {
    Assignment post = Assignment.of(last, GridCode.of(grid), role.id(), Period.from(SINCE));
    if (places.length == 0) {
      assign(post);
    }
    for (String place : places) {
      assign(post.atPlace(place));
    }
  }

  private void member(String id, String name, Employment employment, boolean party) {
    int n = Integer.parseInt(id.substring(2));
    StaffMember.Builder member = StaffMember.builder(id, name, employment)
        .contact(Contact.mobile(String.format(Locale.ROOT, "139418%05d", 10_000 + 1_373 * n)));
    staffing.member(party ? member.partyMember().build() : member.build());
    last = PersonId.of(id);
  }

  private void assign(Assignment assignment) {
    staffing.assign(assignment);
  }
}
