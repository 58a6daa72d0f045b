package org.civicgrid.examples.demo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.access.AccessPolicy;
import org.civicgrid.routing.access.Reach;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.dispatch.RoutingDecision;
import org.civicgrid.routing.dispatch.RoutingRule;
import org.civicgrid.routing.dispatch.RoutingTable;
import org.civicgrid.routing.engine.CaseEngine;
import org.civicgrid.routing.escalation.EscalationLadder;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.escalation.RungLimit;
import org.civicgrid.routing.escalation.SupervisionPolicy;

/**
 * The sample county's working Monday, 17 March 2025, as a script: nine cases from the grid group
 * chats, the 12345 hotline, patrols and the residents' app, each with what its handlers do and when,
 * and the deadline checks at noon, mid-afternoon and close of business. Also the county's case rules:
 * routing to the compound's full-time worker (land disputes to the village's grid leader), who may
 * do what, and an escalation ladder whose first rung allows the grid worker 4 working hours. The
 * day's staff are {@link SampleStaff}'s plus the duty staff of the water utility, the justice bureau
 * and the housing bureau. Immutable.
 */
final class SampleDay {
  /** A Monday, a working day on China's national calendar. */
  static final LocalDate DAY = LocalDate.of(2025, 3, 17);
  static final CategoryCatalogue CATALOGUE = CategoryCatalogues.socialGovernance();
  static final HandlingUnit DISTRICT_CENTRE = HandlingUnit.department("district-governance-centre");
  static final HandlingUnit JUSTICE = unitOf("0101");
  static final HandlingUnit HOUSING = unitOf("0204");

  /** The engine's own account: department intake, deadline checks. */
  static final Actor PLATFORM = Actor.of("platform");
  /** The district centre's duty operator (区网格化服务管理中心). */
  static final Actor OPERATOR = Actor.of("op-01");
  static final Actor HOTLINE = Actor.of("hotline-12345");
  static final Actor APP = Actor.of("resident-app");

  static final Actor LI_NA = Actor.of(SampleStaff.LI_NA);
  static final Actor WANG_QIANG = Actor.of(SampleStaff.WANG_QIANG);
  static final Actor LIU_MIN = Actor.of("p-11");
  static final Actor YANG_FAN = Actor.of("p-12");
  static final Actor HUANG_LEI = Actor.of("p-13");
  static final Actor FENG_JUN = Actor.of("p-09");
  static final Actor WATER_DUTY = Actor.of("ws-01");
  static final Actor JUSTICE_DUTY = Actor.of("jb-01");
  static final Actor HOUSING_INSPECTOR = Actor.of("hb-01");

  private static final GridCode BEISHAN_1 = GridCode.of("210902101202001");
  /** A resident's map pin at 站前小区 12号楼. */
  private static final GeoPoint ZHANQIAN_12 = GeoPoint.wgs84(121.652185, 42.008126);

  private SampleDay() {}

  /** One scripted moment of the day, at a local time on {@link #DAY}. */
  sealed interface Step permits Report, Act, DeadlineCheck {
    LocalTime time();
  }

  /** A case comes in through its channel, reported by {@code by}. */
  record Report(LocalTime time, Case intake, Actor by) implements Step {}

  /** Someone gives a command on a case. */
  record Act(LocalTime time, CaseId id, Command command) implements Step {}

  /** The deadline check runs. */
  record DeadlineCheck(LocalTime time) implements Step {}

  /** A scripted command, made once the time and the case's routing are known. */
  @FunctionalInterface
  interface Command {
    CaseCommand at(Instant at, RoutingDecision routing);
  }

  /** The day's steps in time order; steps at the same minute keep the script's order. */
  static List<Step> steps() {
    Script s = new Script();
    s.report("07:50", "hz-0317-01", "0202", CasePlace.place("B1"), Channel.GRID_GROUP, WANG_QIANG, Tier.HOUSEHOLD,
        "车被堵在1号楼门口，联系不上车主", Reporter.resident("周明", "13900003333"))
        .then("08:00", (at, r) -> new CaseCommand.HandleOnSpot(WANG_QIANG, at,
            "found the owner through the building leader; car moved", List.of()))
        .then("08:05", (at, r) -> new CaseCommand.PassCheck(OPERATOR, at))
        .then("08:06", (at, r) -> new CaseCommand.Close(OPERATOR, at));
    s.report("08:20", "hz-0317-02", "0401", CasePlace.place("B12"), Channel.HOTLINE, HOTLINE, Tier.GRID,
        "12号楼前供水管道爆裂，路面冒水", Reporter.resident("李桂芳", "13800002222"))
        .then("08:35", (at, r) -> new CaseCommand.StartHandling(WATER_DUTY, at))
        .then("10:10", (at, r) -> new CaseCommand.ReportBack(WATER_DUTY, at, "main repaired, supply back", List.of()))
        .then("10:30", (at, r) -> new CaseCommand.PassCheck(HUANG_LEI, at))
        .then("10:40", (at, r) -> new CaseCommand.Close(OPERATOR, at))
        .then("16:00", (at, r) -> new CaseCommand.Rate(OPERATOR, at, 5, "满意"));
    s.report("08:45", "hz-0317-03", "0303", CasePlace.place("B6"), Channel.PATROL, LIU_MIN, Tier.GRID,
        "快递堆在福源小区门口，堵住人行道", Reporter.staff(PersonId.of("p-11")))
        .filedAndDispatched("08:50", "08:55", "09:00", OPERATOR)
        .then("09:05", (at, r) -> new CaseCommand.StartHandling(LIU_MIN, at))
        .then("09:40", (at, r) -> new CaseCommand.ReportBack(LIU_MIN, at, "parcels moved to the courier's shelf",
            List.of()))
        .then("09:50", (at, r) -> new CaseCommand.PassCheck(OPERATOR, at))
        .then("10:00", (at, r) -> new CaseCommand.Close(OPERATOR, at));
    s.report("09:10", "hz-0317-04", "0201", CasePlace.place("B9"), Channel.APP, APP, Tier.GRID,
        "9号楼消防通道被货车和杂物堵住", Reporter.resident("陈丽", "13600004444"))
        .filedAndDispatched("09:30", "09:40", "10:00", OPERATOR)
        .then("10:20", (at, r) -> new CaseCommand.StartHandling(YANG_FAN, at));
    s.report("09:30", "hz-0317-05", "0501", CasePlace.place("B13"), Channel.HOTLINE, HOTLINE, Tier.GRID,
        "要求平台帮忙讨要私人借款", Reporter.resident("赵刚", "13500005555"))
        .then("09:45", (at, r) -> new CaseCommand.Reject(OPERATOR, at,
            "a private loan is a civil matter for the court; caller referred to legal aid"));
    s.report("10:20", "hz-0317-06", "0101", CasePlace.place("B3"), Channel.GRID_GROUP, WANG_QIANG, Tier.GRID,
        "3号楼违建阳台漏水到楼下，邻里争吵", Reporter.resident("王秀英", "13700001111"))
        .filedAndDispatched("10:25", "10:28", "10:30", LI_NA)
        .then("11:00", (at, r) -> new CaseCommand.Whistle(LI_NA, at, List.of(JUSTICE, HOUSING),
            "illegal balcony leaking into the flat below: mediation and an inspection needed"))
        .then("11:20", (at, r) -> new CaseCommand.AcknowledgeSummons(JUSTICE_DUTY, at, JUSTICE))
        .then("11:30", (at, r) -> new CaseCommand.StartHandling(WANG_QIANG, at))
        .then("14:10", (at, r) -> new CaseCommand.AcknowledgeSummons(HOUSING_INSPECTOR, at, HOUSING))
        .then("15:00", (at, r) -> new CaseCommand.ReportBack(WANG_QIANG, at,
            "mediated with the justice office; the owner removes the balcony, housing inspects", List.of()))
        .then("15:10", (at, r) -> new CaseCommand.PassCheck(OPERATOR, at))
        .then("15:15", (at, r) -> new CaseCommand.Close(OPERATOR, at));
    s.report("11:00", "hz-0317-07", "0306", CasePlace.at(ZHANQIAN_12), Channel.APP, APP, Tier.GRID,
        "12号楼楼道灯坏了一周", Reporter.resident("韩梅", "13300007777"))
        .filedAndDispatched("11:05", "11:08", "11:10", OPERATOR)
        .then("14:00", (at, r) -> new CaseCommand.StartHandling(HUANG_LEI, at))
        .then("14:40", (at, r) -> new CaseCommand.ReportBack(HUANG_LEI, at, "stairwell lights replaced", List.of()))
        .then("14:50", (at, r) -> new CaseCommand.PassCheck(OPERATOR, at))
        .then("14:55", (at, r) -> new CaseCommand.Close(OPERATOR, at))
        .then("16:30", (at, r) -> new CaseCommand.Rate(OPERATOR, at, 3, "修好了，但等了一周"));
    s.report("13:30", "hz-0317-08", "0105", CasePlace.in(BEISHAN_1), Channel.PHONE, HOTLINE, Tier.GRID,
        "北山一组两户因承包地边界争执", Reporter.resident("刘桂兰", "13200008888"))
        .filedAndDispatched("13:40", "13:45", "13:50", OPERATOR)
        .then("14:30", (at, r) -> new CaseCommand.StartHandling(FENG_JUN, at))
        .then("15:00", (at, r) -> new CaseCommand.Hold(OPERATOR, at,
            "the contract holder works in Shenyang until Thursday; mediation set for Friday"));
    s.report("14:00", "hz-0317-09", "0203", CasePlace.place("B10"), Channel.SNAPSHOT, APP, Tier.GRID,
        "10号楼地下室门被撬，有人在储藏间过夜", Reporter.anonymous())
        .filedAndDispatched("14:05", "14:08", "14:10", OPERATOR);
    for (String time : new String[] {"12:00", "15:30", "17:30"}) {
      s.steps.add(new DeadlineCheck(LocalTime.parse(time)));
    }
    s.steps.sort(Comparator.comparing(Step::time));
    return List.copyOf(s.steps);
  }

  /**
   * The county's routing (派单): a case goes to the full-time worker of the compound holding its
   * place; a land dispute to the grid leader of its village, since the countryside has no full-time
   * workers and land is the village's matter.
   */
  static RoutingTable routing() {
    return RoutingTable.of(List.of(
        RoutingRule.atLevel(RoutingRule.ANY_CATEGORY, "compound", Roles.FULL_TIME_WORKER.id()),
        RoutingRule.atLevel("0105", "village", Roles.GRID_LEADER.id())));
  }

  /**
   * Grid workers report, handle and check in their compounds; community and village grid leaders
   * accept, file, dispatch and blow the whistle, village leaders also handle; departments handle their
   * cases and answer summonses; the district centre's operator runs the rest of the loop; the hotline
   * and the residents' app report.
   */
  static AccessPolicy access() {
    return AccessPolicy.builder()
        .grant(Roles.FULL_TIME_WORKER.id(), "compound", Reach.SUBTREE, CommandKind.REPORT,
            CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.HANDLE_ON_SPOT, CommandKind.PASS_CHECK,
            CommandKind.SEND_BACK)
        .grant(Roles.GRID_LEADER.id(), "community", Reach.SUBTREE, CommandKind.ACCEPT, CommandKind.FILE,
            CommandKind.DISPATCH, CommandKind.WHISTLE)
        .grant(Roles.GRID_LEADER.id(), "village", Reach.SUBTREE, CommandKind.ACCEPT, CommandKind.FILE,
            CommandKind.DISPATCH, CommandKind.WHISTLE, CommandKind.START_HANDLING, CommandKind.REPORT_BACK)
        .departments(CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.ACKNOWLEDGE_SUMMONS,
            CommandKind.ARRIVE_ON_SUMMONS)
        .platform(PLATFORM.person(), CaseEngine.PLATFORM_KINDS.toArray(new CommandKind[0]))
        .platform(OPERATOR.person(), CommandKind.ACCEPT, CommandKind.REJECT, CommandKind.FILE, CommandKind.DISPATCH,
            CommandKind.PASS_CHECK, CommandKind.FAIL_CHECK, CommandKind.CLOSE, CommandKind.RATE, CommandKind.HOLD,
            CommandKind.RESUME)
        .platform(HOTLINE.person(), CommandKind.REPORT)
        .platform(APP.person(), CommandKind.REPORT)
        .revealTo(Roles.FULL_TIME_WORKER.id())
        .build();
  }

  /**
   * The ladder grid worker (4 working hours) → community (1 working day) → subdistrict or township (2)
   * → district centre (2) → department (5) on the national calendar; household matters stop at the
   * community and grid matters at the subdistrict. A summoned department has 2 working hours to
   * report in, or the district centre hears of it.
   */
  static EscalationPolicy escalation() {
    EscalationLadder full = EscalationLadder.of(
        RungLimit.of(EscalationRung.GRID_WORKER, TimeLimit.workingHours(4)),
        RungLimit.of(EscalationRung.COMMUNITY, TimeLimit.workingDays(1)),
        RungLimit.of(EscalationRung.SUBDISTRICT, TimeLimit.workingDays(2)),
        RungLimit.of(EscalationRung.DISTRICT_CENTRE, TimeLimit.workingDays(2)),
        RungLimit.of(EscalationRung.DEPARTMENT, TimeLimit.workingDays(5)));
    return EscalationPolicy.builder(WorkingCalendar.chinaNational())
        .ladder(Tier.NETWORK, full)
        .ladder(Tier.GRID, full.cappedAt(EscalationRung.SUBDISTRICT))
        .ladder(Tier.HOUSEHOLD, full.cappedAt(EscalationRung.COMMUNITY))
        .supervision(SupervisionPolicy.of(TimeLimit.workingHours(4), TimeLimit.workingDays(2)))
        .summons(TimeLimit.workingHours(2), EscalationRung.DISTRICT_CENTRE)
        .build();
  }

  /** {@code county}'s staffing with the duty staff of the water utility, the justice and the housing bureau. */
  static Staffing staffing(Staffing county) {
    return county
        .with(departmentMember(WATER_DUTY, "赵强", "0401"))
        .with(departmentMember(JUSTICE_DUTY, "周涛", "0101"))
        .with(departmentMember(HOUSING_INSPECTOR, "吴磊", "0204"));
  }

  /** The instant of a local time on {@link #DAY} in China. */
  static Instant at(LocalTime time) {
    return DAY.atTime(time).atZone(WorkingCalendar.CHINA_ZONE).toInstant();
  }

  private static StaffMember departmentMember(Actor actor, String name, String subcategory) {
    Department department = CATALOGUE.findSubcategory(subcategory).orElseThrow().department();
    return StaffMember.builder(actor.person().value(), name, Employment.FULL_TIME).department(department).build();
  }

  private static HandlingUnit unitOf(String subcategory) {
    return HandlingUnit.department(CATALOGUE.findSubcategory(subcategory).orElseThrow().department().id());
  }

  /** Collects the steps. */
  private static final class Script {
    private final List<Step> steps = new ArrayList<>();

    CaseScript report(String time, String id, String category, CasePlace place, Channel channel, Actor by, Tier tier,
        String description, Reporter reporter) {
      Case intake = Case.builder(CaseId.of(id)).category(category).place(place).channel(channel).tier(tier)
          .description(description).reporter(reporter).build();
      steps.add(new Report(LocalTime.parse(time), intake, by));
      return new CaseScript(intake.id());
    }

    /** The steps of one case. */
    private final class CaseScript {
      private final CaseId id;

      CaseScript(CaseId id) {
        this.id = id;
      }

      CaseScript then(String time, Command command) {
        steps.add(new Act(LocalTime.parse(time), id, checkNotNull(command, "command")));
        return this;
      }

      /** Accepted, filed and dispatched by {@code desk} as the router decided. */
      CaseScript filedAndDispatched(String accepted, String filed, String dispatched, Actor desk) {
        return then(accepted, (at, r) -> new CaseCommand.Accept(desk, at))
            .then(filed, (at, r) -> new CaseCommand.File(desk, at))
            .then(dispatched, (at, r) -> r.toDispatch(desk, at));
      }
    }
  }
}
