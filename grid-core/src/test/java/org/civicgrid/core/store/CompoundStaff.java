package org.civicgrid.core.store;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Contact;
import org.civicgrid.core.staff.Duties;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.RoleKind;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;

/**
 * The staff of the Fuxin compound in {@link GridStoreContract#history()} (一号小区 with building grids
 * 1 and 2), for the staff-store tests: the compound's grid leader changes from 张伟 to 李娜 on {@link
 * #CHANGE_DAY}, 王芳 works both building grids full-time and backs 张伟 up (AB岗), volunteers look after
 * buildings B1 and B3, and a cadre registers at the compound where he lives (双报到). Fuxin's catalogue
 * plus one city role with duties; members with every kind of contact. Public for plugins' tests.
 */
public final class CompoundStaff {
  public static final GridCode COMPOUND = GridCode.of("210902001001001");
  public static final GridCode GRID_1 = GridCode.of("210902001001001001");
  public static final GridCode GRID_2 = GridCode.of("210902001001001002");
  public static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  /** The day 李娜 succeeds 张伟 as the compound's grid leader. */
  public static final LocalDate CHANGE_DAY = LocalDate.of(2024, 7, 1);

  public static final PersonId ZHANG_WEI = PersonId.of("fx-001");
  public static final PersonId LI_NA = PersonId.of("fx-002");
  public static final PersonId WANG_FANG = PersonId.of("fx-003");
  public static final PersonId ZHAO_LEI = PersonId.of("fx-004");
  public static final PersonId CHEN_JING = PersonId.of("fx-005");
  public static final PersonId LIU_YANG = PersonId.of("fx-006");

  /** 张伟's mobile, raw: stored as it is, never in a log line or message. */
  public static final String ZHANG_MOBILE = "13812345678";
  /** 张伟's WeChat id, raw. */
  public static final String ZHANG_WECHAT = "zhangwei_fx1984";

  /** A city role of Fuxin's own, with duties, so a catalogue's every field is stored. */
  public static final Role PROPERTY_LIAISON = Role.builder("fuxin.property-liaison")
      .names("物业联络员", "property liaison").kind(RoleKind.AUXILIARY)
      .duties(List.of(Duties.INFORMATION_OFFICER, Duties.SITUATION_REPORTER)).build();

  public static final Assignment ZHANG_LEADS = Assignment.of(ZHANG_WEI, COMPOUND, Roles.GRID_LEADER.id(),
      Period.of(JAN_1, CHANGE_DAY)).withBackup(WANG_FANG);
  public static final Assignment LI_LEADS =
      Assignment.of(LI_NA, COMPOUND, Roles.GRID_LEADER.id(), Period.from(CHANGE_DAY)).withBackup(WANG_FANG);
  public static final Assignment WANG_WORKS_1 =
      Assignment.of(WANG_FANG, GRID_1, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1));
  public static final Assignment WANG_WORKS_2 =
      Assignment.of(WANG_FANG, GRID_2, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1));
  public static final Assignment ZHAO_AT_B1 =
      Assignment.of(ZHAO_LEI, GRID_1, Roles.VOLUNTEER.id(), Period.from(JAN_1.plusMonths(2))).atPlace("B1");
  public static final Assignment CHEN_AT_B3 =
      Assignment.of(CHEN_JING, GRID_2, PROPERTY_LIAISON.id(), Period.of(JAN_1, JAN_1.plusYears(1))).atPlace("B3");
  public static final Assignment LIU_REGISTERS = Assignment.of(LIU_YANG, COMPOUND, Roles.LIAISON_CADRE.id(),
      Period.from(JAN_1)).withLink(LinkKind.RESIDENCE_REGISTRATION);

  /** 张伟's week of annual leave in March. */
  public static final Absence ZHANG_ON_LEAVE =
      Absence.days(ZHANG_WEI, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 9), "annual leave");
  /** 王芳's morning of training, to the nanosecond, so a store must keep times exactly. */
  public static final Absence WANG_TRAINING = Absence.of(WANG_FANG,
      LocalDateTime.of(2024, 5, 10, 8, 30, 0, 123_456_789), LocalDateTime.of(2024, 5, 10, 12, 0), "training");
  /** 李娜 seconded to the subdistrict with no known return. */
  public static final Absence LI_SECONDED = Absence.openEnded(LI_NA, LocalDateTime.of(2024, 11, 1, 9, 0),
      "secondment 借调");

  private CompoundStaff() {}

  /** The hierarchy the staff serve. */
  public static GridHierarchy hierarchy() {
    return GridStoreContract.history().current();
  }

  public static RoleCatalogue roles() {
    return RoleCatalogues.fuxin().plus(PROPERTY_LIAISON);
  }

  public static ImmutableList<StaffMember> members() {
    return ImmutableList.of(
        StaffMember.builder(ZHANG_WEI.value(), "张伟", Employment.PART_TIME).partyMember()
            .department(Departments.CIVIL_AFFAIRS).skills("mediation", "first-aid")
            .contact(Contact.mobile(ZHANG_MOBILE)).contact(Contact.wechat(ZHANG_WECHAT)).build(),
        StaffMember.builder(LI_NA.value(), "李娜", Employment.PART_TIME).partyMember()
            .contact(Contact.email("li.na@haizhou.example.cn")).build(),
        StaffMember.builder(WANG_FANG.value(), "王芳", Employment.FULL_TIME)
            .contact(Contact.mobile("+86 139-8765-4321")).contact(Contact.landline("(0418) 234-5678")).build(),
        StaffMember.builder(ZHAO_LEI.value(), "赵磊", Employment.VOLUNTEER).build(),
        StaffMember.builder(CHEN_JING.value(), "陈静", Employment.VOLUNTEER).skills("property").build(),
        StaffMember.builder(LIU_YANG.value(), "刘洋", Employment.PART_TIME).partyMember()
            .department(Departments.PUBLIC_SECURITY).build());
  }

  public static ImmutableList<Assignment> assignments() {
    return ImmutableList.of(ZHANG_LEADS, LI_LEADS, WANG_WORKS_1, WANG_WORKS_2, ZHAO_AT_B1, CHEN_AT_B3, LIU_REGISTERS);
  }

  public static ImmutableList<Absence> absences() {
    return ImmutableList.of(ZHANG_ON_LEAVE, WANG_TRAINING, LI_SECONDED);
  }

  /** The first write of the territory: the catalogue, every member, assignment and absence. */
  public static ImmutableList<StaffChange> everything() {
    List<StaffChange> changes = new ArrayList<>();
    changes.add(new StaffChange.PutRoles(roles()));
    members().forEach(m -> changes.add(new StaffChange.PutMember(m)));
    assignments().forEach(a -> changes.add(new StaffChange.Assign(a)));
    absences().forEach(a -> changes.add(new StaffChange.AddAbsence(a)));
    return ImmutableList.copyOf(changes);
  }
}
