package org.civicgrid.routing.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.access.AccessPolicy;
import org.civicgrid.routing.access.Authorizer;
import org.civicgrid.routing.access.Reach;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.dispatch.CaseRouter;
import org.civicgrid.routing.dispatch.RoutingRule;
import org.civicgrid.routing.dispatch.RoutingTable;
import org.civicgrid.routing.dispatch.UnknownCategoryException;
import org.civicgrid.routing.engine.CaseEngine;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.escalation.RungUnits;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;

/**
 * Plays a {@link Scenario} through the real {@link CaseEngine} over a staffed hierarchy: cases arrive
 * in each leaf grid as Poisson processes (rate × households / 1,000 × the hour's share, per
 * subcategory), are reported, accepted, filed and dispatched to the smallest grid's grid worker by the
 * routing table, taken, reported back, checked and closed, while the engine's deadline check runs every
 * simulated hour and escalates what waits too long. Grid workers are servers: each works on up to
 * {@link Scenario#casesInHand()} cases at once, takes waiting cases in arrival order whenever free during
 * the calendar's working time, and spends the scenario's minutes of working time on each. A free worker
 * solves a new case on the spot with the scenario's probability; the platform sends a share to the
 * subcategory's department; a grid with nobody in the role leaves its cases to escalate. Units above the
 * grid and departments are not queues: they take a case at once and report back after the scenario's
 * unit minutes.
 *
 * <p>Each run gets its own in-memory storage, virtual clock and engine, whose access policy lets the
 * simulated actors do their jobs: the grid workers (their role at every level, over their grid), an
 * intake account ({@value #INTAKE_ID}), the centre's operator ({@value #OPERATOR_ID}), the units above
 * the grid ({@value #UNITS_ID}) and the engine's platform account. The same scenario (seed included)
 * gives an equal report. Immutable and thread-safe: runs share nothing.
 *
 * <pre>{@code
 * SimulationReport report = new CaseFlowSimulation(staffing, catalogue, escalation).run(week);
 * }</pre>
 */
public final class CaseFlowSimulation {
  static final String INTAKE_ID = "sim-intake";
  static final String OPERATOR_ID = "sim-operator";
  static final String UNITS_ID = "sim-units";
  static final Actor INTAKE = Actor.of(INTAKE_ID);
  static final Actor OPERATOR = Actor.of(OPERATOR_ID);
  static final Actor UNITS = Actor.of(UNITS_ID);
  static final Actor PLATFORM = Actor.of("sim-platform");
  /** The unit at the district-centre rung of the escalation ladder. */
  public static final HandlingUnit DISTRICT_CENTRE = HandlingUnit.department("district-governance-centre");

  private final GridHierarchy hierarchy;
  private final Staffing staffing;
  private final CategoryCatalogue catalogue;
  private final EscalationPolicy escalation;
  private final RoleId workerRole;
  private final ImmutableList<Grid> leaves;
  private final CaseRouter router;
  private final Authorizer access;
  private final RungUnits rungUnits;

  /** A simulation over {@code staffing}'s hierarchy whose grid workers hold {@link Roles#FULL_TIME_WORKER}. */
  public CaseFlowSimulation(Staffing staffing, CategoryCatalogue catalogue, EscalationPolicy escalation) {
    this(staffing, catalogue, escalation, Roles.FULL_TIME_WORKER.id());
  }

  /**
   * A simulation over {@code staffing}'s hierarchy whose grid workers hold {@code workerRole}.
   *
   * @throws org.civicgrid.core.CivicGridException with {@code NOT_FOUND} when the staffing's role
   *     catalogue lacks {@code workerRole}
   */
  public CaseFlowSimulation(Staffing staffing, CategoryCatalogue catalogue, EscalationPolicy escalation,
      RoleId workerRole) {
    this.staffing = checkNotNull(staffing, "staffing");
    this.catalogue = checkNotNull(catalogue, "catalogue");
    this.escalation = checkNotNull(escalation, "escalation");
    this.workerRole = checkNotNull(workerRole, "workerRole");
    staffing.roles().get(workerRole);
    this.hierarchy = staffing.hierarchy();
    this.leaves = hierarchy.grids().stream().filter(Grid::isLeaf).collect(ImmutableList.toImmutableList());
    this.router = new CaseRouter(new ByGridCode(), staffing, catalogue,
        RoutingTable.of(List.of(RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, workerRole))));
    this.rungUnits = RungUnits.inHierarchy(hierarchy, catalogue,
        DISTRICT_CENTRE);
    AccessPolicy.Builder policy = AccessPolicy.builder()
        .platform(PLATFORM.person(), CaseEngine.PLATFORM_KINDS.toArray(new CommandKind[0]))
        .platform(INTAKE.person(), CommandKind.REPORT)
        .platform(OPERATOR.person(), CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
            CommandKind.PASS_CHECK, CommandKind.CLOSE)
        .platform(UNITS.person(), CommandKind.START_HANDLING, CommandKind.REPORT_BACK);
    for (Level level : hierarchy.scheme().levels()) {
      policy.grant(workerRole, level.id(), Reach.GRID, CommandKind.START_HANDLING, CommandKind.REPORT_BACK,
          CommandKind.HANDLE_ON_SPOT);
    }
    this.access = Authorizer.of(policy.build(), staffing, catalogue);
  }

  /**
   * Plays {@code scenario} and reports on it as it stands at the scenario's end.
   *
   * @throws UnknownCategoryException naming a subcategory of the scenario's arrivals the catalogue lacks
   * @throws org.civicgrid.routing.calendar.CalendarYearMissingException when the period reaches a year
   *     the calendar has no holidays for
   */
  public SimulationReport run(Scenario scenario) {
    checkNotNull(scenario, "scenario");
    for (String code : scenario.arrivals().keySet()) {
      if (catalogue.findSubcategory(code).isEmpty()) {
        throw new UnknownCategoryException(code, catalogue.id());
      }
    }
    Instant start = scenario.start().atZone(escalation.calendar().zone()).toInstant();
    Instant end = scenario.end().atZone(escalation.calendar().zone()).toInstant();
    SimulatedClock clock = new SimulatedClock(start, escalation.calendar().zone());
    try (CaseStorage storage = new InMemoryCaseStorageFactory().create(Config.empty())) {
      CaseEngine engine = CaseEngine.builder().storage(storage).router(router).escalation(escalation)
          .rungUnits(rungUnits).access(access).platform(PLATFORM).clock(clock).build();
      return new SimulationRun(this, scenario, engine, clock, start, end).play();
    }
  }

  /** The hierarchy simulated, the staffing's. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** The catalogue cases are routed and timed by. */
  public CategoryCatalogue catalogue() {
    return catalogue;
  }

  /** The escalation policy, whose calendar gives the workers' working hours. */
  public EscalationPolicy escalation() {
    return escalation;
  }

  /** The leaf grids, where cases arrive, in hierarchy order. */
  public ImmutableList<Grid> leaves() {
    return leaves;
  }

  /** Who acts in the worker role for each leaf grid at {@code time}, where someone does. */
  ImmutableMap<GridCode, PersonId> actingWorkers(LocalDateTime time) {
    ImmutableMap.Builder<GridCode, PersonId> acting = ImmutableMap.builder();
    for (Grid leaf : leaves) {
      staffing.whoActs(leaf.code(), workerRole, time).person().ifPresent(p -> acting.put(leaf.code(), p));
    }
    return acting.buildOrThrow();
  }

  /** One arrival stream per leaf grid with households, each on its own split of {@code root}. */
  List<ArrivalStream> arrivalStreams(Scenario scenario, SplittableRandom root, Instant start, Instant end) {
    Map<String, Double> rates = scenario.arrivals();
    String[] codes = rates.keySet().toArray(new String[0]);
    double perDay = rates.values().stream().mapToDouble(Double::doubleValue).sum();
    double[] cumulative = new double[codes.length];
    double sum = 0;
    for (int i = 0; i < codes.length; i++) {
      sum += rates.get(codes[i]);
      cumulative[i] = sum / perDay;
    }
    LocalDateTime local = scenario.start();
    double intoHour = local.getMinute() * 60 + local.getSecond() + local.getNano() / 1e9;
    double seconds = (end.toEpochMilli() - start.toEpochMilli()) / 1e3;
    List<ArrivalStream> streams = new ArrayList<>();
    for (Grid leaf : leaves) {
      SplittableRandom random = root.split();
      if (leaf.households() == 0 || perDay == 0) {
        continue;
      }
      double[] perSecond = new double[Scenario.HOURS];
      for (int h = 0; h < Scenario.HOURS; h++) {
        perSecond[h] = perDay * leaf.households() / 1000.0 * scenario.hourShare(h) / 3600.0;
      }
      streams.add(new ArrivalStream(leaf.code(), random, perSecond, codes, cumulative, local.getHour(),
          3600 - intoHour, seconds));
    }
    return streams;
  }

  @Override
  public String toString() {
    return "case-flow simulation over " + leaves.size() + " leaf grids, workers in role " + workerRole;
  }

  /** Simulated cases are placed by grid code; no point is ever located. */
  private static final class ByGridCode implements GridLocator {
    @Override
    public CoordinateSystem coordinateSystem() {
      return CoordinateSystem.GCJ02;
    }

    @Override
    public Location locate(GeoPoint point) {
      throw new IllegalArgumentException("simulated cases are placed by grid code, not at " + point);
    }
  }
}
