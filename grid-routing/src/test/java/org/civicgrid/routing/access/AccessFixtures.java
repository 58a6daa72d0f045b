package org.civicgrid.routing.access;

import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.category.CategoryCatalogues;

/**
 * Changyuan community of {@link FuxinGrids}, staffed for access tests: 刘洋 works building grid 1 with
 * 陈静 as backup and is on leave on {@link #LEAVE_DAY}; 赵磊 works the neighbouring building grid 2; 张伟
 * leads Changyuan (the community centre); 李娜 leads the subdistrict centre; 王强 is public-security staff.
 */
final class AccessFixtures {
  static final Actor ZHANG_WEI = Actor.of("p-001");
  static final Actor ZHAO_LEI = Actor.of("p-004");
  static final Actor CHEN_JING = Actor.of("p-005");
  static final Actor LIU_YANG = Actor.of("p-006");
  static final Actor LI_NA = Actor.of("p-010");
  static final Actor WANG_QIANG = Actor.of("p-020");
  static final Actor INTAKE = Actor.of("platform-intake");
  static final Actor ESCALATION = Actor.of("escalation-checker");
  static final Actor CHEN_FOR_LIU = Actor.backupFor(CHEN_JING.person(), LIU_YANG.person());

  static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  /** A Monday morning when everyone is at work. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2025, 3, 17, 10, 0);
  /** The Tuesday 刘洋 is on annual leave. */
  static final LocalDateTime LEAVE_DAY = LocalDateTime.of(2025, 3, 18, 10, 0);
  static final Instant AT = Instant.parse("2025-03-17T02:00:00Z");

  /** A dispute between neighbours (0101, justice). */
  static final String DISPUTE = "0101";
  /** A public-order matter (0202, public security). */
  static final String PUBLIC_ORDER = "0202";

  private AccessFixtures() {}

  static Staffing staffing() {
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.fuxin(), FuxinGrids.nodes(), List.of());
    return Staffing.of(hierarchy, RoleCatalogues.fuxin(),
        List.of(StaffMember.builder("p-001", "张伟", Employment.PART_TIME).build(),
            StaffMember.builder("p-004", "赵磊", Employment.FULL_TIME).build(),
            StaffMember.builder("p-005", "陈静", Employment.FULL_TIME).build(),
            StaffMember.builder("p-006", "刘洋", Employment.FULL_TIME).build(),
            StaffMember.builder("p-010", "李娜", Employment.FULL_TIME).build(),
            StaffMember.builder("p-020", "王强", Employment.FULL_TIME).department(Departments.PUBLIC_SECURITY).build()),
        List.of(Assignment.of(LIU_YANG.person(), BUILDING_1, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1))
                .withBackup(CHEN_JING.person()),
            Assignment.of(ZHAO_LEI.person(), BUILDING_2, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1)),
            Assignment.of(ZHANG_WEI.person(), CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1)),
            Assignment.of(LI_NA.person(), SUBDISTRICT, Roles.GRID_LEADER.id(), Period.from(JAN_1))),
        List.of(Absence.days(LIU_YANG.person(), LEAVE_DAY.toLocalDate(), LEAVE_DAY.toLocalDate().plusDays(1),
            "annual leave")));
  }

  /**
   * Building workers handle their own grid's cases; community and subdistrict leaders accept, dispatch
   * and check over their subtrees, community leaders summon departments, and may call reporters back, as may the building workers; departments
   * handle their categories; the intake platform reports and the checker escalates.
   */
  static AccessPolicy policy() {
    return AccessPolicy.builder()
        .grant(Roles.FULL_TIME_WORKER.id(), "building-grid", Reach.GRID,
            CommandKind.REPORT, CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.HANDLE_ON_SPOT)
        .grant(Roles.GRID_LEADER.id(), "community", Reach.SUBTREE,
            CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH, CommandKind.PASS_CHECK, CommandKind.WHISTLE)
        .grant(Roles.GRID_LEADER.id(), "subdistrict", Reach.SUBTREE,
            CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH, CommandKind.CLOSE)
        .departments(CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.ACKNOWLEDGE_SUMMONS)
        .platform(INTAKE.person(), CommandKind.REPORT)
        .platform(ESCALATION.person(), CommandKind.ESCALATE, CommandKind.WARN)
        .revealTo(Roles.FULL_TIME_WORKER.id())
        .build();
  }

  static Authorizer authorizer() {
    return Authorizer.of(policy(), staffing(), CategoryCatalogues.socialGovernance());
  }

  static Case reported(String category, GridCode grid) {
    return Case.builder(CaseId.of("c-" + category + "-" + grid.value()))
        .category(category)
        .place(new CasePlace.InGrid(grid))
        .channel(Channel.HOTLINE)
        .reporter(Reporter.resident("黄丽", "13812345678"))
        .description("noise from the flat above every night")
        .build();
  }

  static CaseCommand.Report report(Actor actor, Case intake) {
    return new CaseCommand.Report(actor, AT, intake);
  }

  static CaseState state(String category, GridCode grid) {
    return CaseFile.open(report(INTAKE, reported(category, grid))).state();
  }

  /** A case reported in {@code grid}, accepted, filed and dispatched to {@code unit}. */
  static CaseState dispatched(String category, GridCode grid, HandlingUnit unit) {
    return dispatchedFile(category, grid, unit).state();
  }

  /** The file of {@link #dispatched}. */
  static CaseFile dispatchedFile(String category, GridCode grid, HandlingUnit unit) {
    return CaseFile.open(report(INTAKE, reported(category, grid)))
        .execute(new CaseCommand.Accept(ZHANG_WEI, AT))
        .execute(new CaseCommand.File(ZHANG_WEI, AT))
        .execute(new CaseCommand.Dispatch(ZHANG_WEI, AT, List.of(unit), Optional.empty(), "by hand"));
  }

  static CaseCommand accept(Actor actor) {
    return new CaseCommand.Accept(actor, AT);
  }

  static CaseCommand startHandling(Actor actor) {
    return new CaseCommand.StartHandling(actor, AT);
  }
}
