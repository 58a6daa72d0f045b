package org.civicgrid.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.geo.index.GridIndex;
import org.civicgrid.routing.access.Authorizer;
import org.civicgrid.routing.calendar.Deadline;
import org.civicgrid.routing.calendar.Pause;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.dispatch.CaseRouter;
import org.civicgrid.routing.dispatch.RoutingDecision;
import org.civicgrid.routing.dispatch.RoutingRule;
import org.civicgrid.routing.engine.CaseEngine;
import org.civicgrid.routing.engine.Reported;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.escalation.RungUnits;
import org.civicgrid.routing.notify.NotificationDispatcher;
import org.civicgrid.routing.notify.Recipient;
import org.civicgrid.routing.notify.RetryPolicy;
import org.civicgrid.routing.stats.CaseGrid;
import org.civicgrid.routing.stats.CaseStatistics;
import org.civicgrid.routing.stats.DueDates;
import org.civicgrid.routing.stats.Grouping;
import org.civicgrid.routing.stats.Indicator;
import org.civicgrid.routing.stats.IndicatorSet;
import org.civicgrid.routing.stats.Period;
import org.civicgrid.routing.stats.PeriodUnit;
import org.civicgrid.routing.stats.StatisticsTable;
import org.civicgrid.routing.store.CaseStorage;

/**
 * The demo's day of cases: builds grid-routing's case engine on the in-memory defaults for the sample
 * county as an application would, plays {@link SampleDay}'s script on a virtual clock, and prints each
 * report with where it was routed and who acts, the notable steps, the deadline checks' warnings and
 * escalations, every notification as the dispatcher delivers it to the console, and at the end the
 * day's statistics by community or village.
 */
final class CaseDayDemo {
  private static final String GRID_RECIPIENT = "grid:";
  private static final LocalTime CLOSE_OF_DAY = LocalTime.of(18, 0);
  private static final List<Indicator> COLUMNS = List.of(Indicator.FILING_RATE, Indicator.ON_TIME_HANDLING,
      Indicator.COMPLETION_RATE, Indicator.AVERAGE_ACCEPTANCE_TIME, Indicator.AVERAGE_HANDLING_TIME,
      Indicator.SATISFACTION);

  private final GridHierarchy county;
  private final Staffing staffing;
  private final EscalationPolicy escalation;
  private final PrintStream out;
  private final DayClock clock;
  private final CaseEngine engine;
  private final NotificationDispatcher dispatcher;
  private final Map<CaseId, RoutingDecision> routings = new LinkedHashMap<>();

  private CaseDayDemo(Staffing countyStaff, BoundaryLayer boundaries, CaseStorage storage, PrintStream out) {
    this.county = countyStaff.hierarchy();
    this.staffing = SampleDay.staffing(countyStaff);
    this.escalation = SampleDay.escalation();
    this.out = out;
    this.clock = new DayClock(SampleDay.at(LocalTime.MIDNIGHT));
    CaseRouter router = new CaseRouter(GridIndex.build(county,
        CoordinateTransforms.transform(boundaries, CoordinateSystem.WGS84)), staffing, SampleDay.CATALOGUE, SampleDay.routing());
    this.engine = CaseEngine.builder()
        .storage(storage)
        .router(router)
        .escalation(escalation)
        .rungUnits(RungUnits.inHierarchy(county, SampleDay.CATALOGUE, SampleDay.DISTRICT_CENTRE))
        .access(Authorizer.of(SampleDay.access(), staffing, SampleDay.CATALOGUE))
        .platform(SampleDay.PLATFORM)
        .clock(clock)
        .build();
    this.dispatcher = new NotificationDispatcher(storage.outbox(), new ConsoleNotifier(out, clock, this::name), clock,
        RetryPolicy.standard(), "demo");
  }

  /**
   * Plays the day for the sample county staffed by {@code countyStaff}, locating points in {@code
   * boundaries}, and prints it to {@code out}.
   */
  static void run(Staffing countyStaff, BoundaryLayer boundaries, PrintStream out) {
    run(countyStaff, boundaries, out, System.getProperties());
  }

  /** {@link #run(Staffing, BoundaryLayer, PrintStream)} with the case storage {@code system} chooses ({@link DemoCaseStorage}). */
  static void run(Staffing countyStaff, BoundaryLayer boundaries, PrintStream out, Properties system) {
    try (DemoCaseStorage storage = DemoCaseStorage.open(system)) {
      new CaseDayDemo(countyStaff, boundaries, storage, out).play(storage.description());
    }
  }

  private void play(String stored) {
    out.printf("%nA day of cases on Monday %s (%s, virtual clock), %s; notifications (✉) as the"
        + " dispatcher delivers them:%n", SampleDay.DAY, WorkingCalendar.CHINA_ZONE, stored);
    for (SampleDay.Step step : SampleDay.steps()) {
      clock.moveTo(SampleDay.at(step.time()));
      if (step instanceof SampleDay.Report report) {
        Reported reported = engine.report(report.intake(), report.by());
        routings.put(report.intake().id(), reported.routing());
        out.printf("%s %s %s at %s via %s: %s%n", step.time(), report.intake().id(),
            reported.routing().subcategory().nameZh(), placeName(report.intake().place()),
            report.intake().channel().nameZh(), routed(reported.routing()));
      } else if (step instanceof SampleDay.Act act) {
        CaseCommand command = act.command().at(clock.instant(), routings.get(act.id()));
        narrate(step.time(), engine.execute(act.id(), command));
      } else {
        List<CaseEvent> fired = engine.checkDeadlines(clock.instant());
        out.printf("%s deadline check: %s%n", step.time(), fired.isEmpty() ? "nothing due" : fired.size() + " due");
        fired.forEach(event -> out.println("  " + checked(event)));
      }
      dispatcher.dispatchDue();
    }
    List<CaseState> cases = new ArrayList<>();
    routings.keySet().forEach(id -> cases.add(engine.find(id).orElseThrow().state()));
    out.printf("Open at close of business: %s%n", String.join("; ", cases.stream()
        .filter(c -> !c.status().isTerminal() && c.status() != CaseStatus.CLOSED)
        .map(c -> c.id() + " " + c.status() + c.leadUnit().map(u -> " at " + unitName(u)).orElse("")
            + c.supervision().escalatedTo().map(r -> ", rung " + r).orElse(""))
        .toList()));
    statistics(cases);
  }

  private String routed(RoutingDecision routing) {
    if (routing.outcome() == RoutingDecision.Outcome.DEPARTMENT) {
      return "routed directly to " + routing.subcategory().department() + " (定人、定岗、定责), dispatched at once";
    }
    String rule = routing.rule().map(RoutingRule::category)
        .map(c -> c.equals(RoutingRule.ANY_CATEGORY) ? "default rule" : "rule " + c).orElse("");
    String role = routing.rule().map(r -> staffing.roles().get(r.role()).nameZh()).orElse("");
    return "routed to " + routing.unit().map(this::unitName).orElse("nobody") + ", who acts: "
        + routing.person().map(this::personName).orElse("nobody") + ", " + role + " (" + routing.outcome() + ", "
        + rule + ")";
  }

  /** Prints the steps worth a line; the rest show in the notifications and the closing lines. */
  private void narrate(LocalTime time, CaseFile file) {
    CaseEvent event = file.lastEvent();
    CaseCommand command = event.command();
    String line = switch (event.what()) {
      case HANDLE_ON_SPOT -> "solved on the spot by " + personName(event.who()) + " "
          + minutes(file.log().get(0).at(), event.at()) + " after the report";
      case REJECT -> "rejected: " + event.why();
      case HOLD -> "on hold, its clock paused: " + event.why();
      case WHISTLE -> personName(event.who()) + " blows the whistle (吹哨), summoning "
          + ((CaseCommand.Whistle) command).departments().stream().map(this::unitName).toList();
      case ACKNOWLEDGE_SUMMONS -> unitName(((CaseCommand.AcknowledgeSummons) command).department())
          + " reports in (报到): " + personName(event.who());
      case CLOSE -> "closed " + minutes(file.log().get(0).at(), event.at()) + " after the report, handled by "
          + personName(file.log().reverse().stream().filter(e -> e.to() == CaseStatus.HANDLED).findFirst()
              .orElseThrow().who());
      case RATE -> "rated " + ((CaseCommand.Rate) command).satisfaction() + "/5 by the resident: "
          + ((CaseCommand.Rate) command).comment();
      default -> null;
    };
    if (line != null) {
      out.printf("%s %s %s%n", time, file.id(), line);
    }
  }

  private String checked(CaseEvent event) {
    CaseCommand command = event.command();
    if (command instanceof CaseCommand.Escalate escalate) {
      return event.caseId() + " escalated a rung to " + escalate.rung() + " " + escalate.rung().nameZh() + ": "
          + unitName(escalate.to()) + " takes it over";
    }
    if (command instanceof CaseCommand.Warn warn) {
      return event.caseId() + " warned at rung " + warn.rung() + ": over 80 % of its "
          + escalation.ladder(engine.find(event.caseId()).orElseThrow().state().intake().tier())
              .find(warn.rung()).orElseThrow().limit() + " used";
    }
    return event.caseId() + " " + event.what() + ": " + event.why();
  }

  /** The day's standard indicators per community or village and for the county, as of the close of the day. */
  private void statistics(List<CaseState> cases) {
    Instant asOf = SampleDay.at(CLOSE_OF_DAY);
    CaseStatistics stats = CaseStatistics.of(cases, dueDates(cases), asOf);
    Period day = Period.of(PeriodUnit.DAY, SampleDay.DAY, WorkingCalendar.CHINA_ZONE);
    CaseGrid grids = CaseGrid.territorial(county);
    Grouping communities = Grouping.of("community or village", state -> grids.of(state).map(county::get)
        .flatMap(CaseDayDemo::communityOf).map(g -> g.code() + " " + g.name()));
    Map<String, IndicatorSet> rows = new LinkedHashMap<>(stats.by(communities, day));
    rows.put(county.tops().get(0).name() + " (all)", stats.indicators(day));
    String table = StatisticsTable.of(communities.name(), rows, COLUMNS).toMarkdown();
    out.printf("%nStatistics for %s as of %s by community or village (due = the category's handling limit from"
        + " dispatch; an open overdue case counts as not on time):%n", day.label(), CLOSE_OF_DAY);
    out.print(table.substring(0, table.indexOf("\n\n") + 1));
  }

  /** Each case's handling limit from its first dispatch (or its report, if solved before any), holds paused. */
  private DueDates dueDates(List<CaseState> cases) {
    DueDates.Builder due = DueDates.builder();
    for (CaseState state : cases) {
      Instant start = state.steps().first(CaseStatus.DISPATCHED)
          .orElseGet(() -> state.steps().first(CaseStatus.REPORTED).orElseThrow());
      Deadline clock = Deadline.start(escalation.calendar(),
          SampleDay.CATALOGUE.findSubcategory(state.intake().category()).orElseThrow().handlingLimit(), start);
      for (Pause pause : state.pauses()) {
        clock = clock.pause(pause.from()).resume(pause.to());
      }
      if (state.heldSince().isPresent()) {
        clock = clock.pause(state.heldSince().get());
      }
      clock.due().ifPresent(at -> due.both(state.id(), at));
    }
    return due.build();
  }

  private static Optional<Grid> communityOf(Grid grid) {
    for (Grid g = grid; g != null; g = g.parent().orElse(null)) {
      String level = g.level().id();
      if (level.equals("community") || level.equals("village")) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private String name(Recipient recipient) {
    return switch (recipient.kind()) {
      case PERSON -> personName(PersonId.of(recipient.id()));
      case UNIT -> recipient.id().startsWith(GRID_RECIPIENT)
          ? unitName(HandlingUnit.grid(GridCode.of(recipient.id().substring(GRID_RECIPIENT.length()))))
          : recipient.id().substring(recipient.id().indexOf(':') + 1);
      case CHANNEL -> recipient.id();
    };
  }

  private String personName(PersonId person) {
    return staffing.findMember(person).map(m -> m.label()).orElse(person.value());
  }

  private String unitName(HandlingUnit unit) {
    return unit.gridCode().flatMap(county::find).map(g -> g.name() + " (" + g.code() + ")")
        .orElse(unit.id());
  }

  private String placeName(CasePlace place) {
    if (place instanceof CasePlace.AtPlace at) {
      return county.place(at.placeId()).map(p -> p.name()).orElse(at.placeId());
    }
    if (place instanceof CasePlace.InGrid in) {
      return county.get(in.grid()).name();
    }
    return ((CasePlace.AtPoint) place).point().toString();
  }

  private static String minutes(Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
  }
}
