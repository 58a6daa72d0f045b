package org.civicgrid.routing.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.bench.StaffedCity;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.access.AccessPolicy;
import org.civicgrid.routing.access.Authorizer;
import org.civicgrid.routing.access.Reach;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.dispatch.CaseRouter;
import org.civicgrid.routing.dispatch.RoutingRule;
import org.civicgrid.routing.dispatch.RoutingTable;
import org.civicgrid.routing.engine.CaseEngine;
import org.civicgrid.routing.engine.Reported;
import org.civicgrid.routing.escalation.EscalationCheck;
import org.civicgrid.routing.escalation.EscalationPolicies;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.escalation.RungUnits;
import org.civicgrid.routing.notify.VirtualClock;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's throughput target, ≥ 100,000 complete lifecycles per second on one core with in-memory
 * storage: one case through the {@link CaseEngine} — reported (access check, routing to the smallest
 * grid's full-time worker by {@code Staffing.whoActs} in a 13,905-grid staffed county, append of the
 * opening event), then accepted, filed, dispatched, taken, reported back, checked, closed and rated,
 * each command loaded from the store, checked by the authorizer and the lifecycle, appended with its
 * audit event and planned notifications to the in-memory store and outbox. While the case is open the
 * deadline check runs on it after every step ({@link EscalationCheck#due}: the rung's working-time clock
 * on the national calendar, the traffic light, warnings), as a sweep would. The storage starts empty
 * each iteration, so the measured heap holds one iteration's cases. {@link #grids} sets how many
 * grids the cases come from, which decides whether routing's lookups hit the CPU caches.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CaseEngineBenchmark {
  private static final int INTAKES = 4096;
  private static final Actor PLATFORM = Actor.of("platform");
  private static final Actor INTAKE = Actor.of("hotline-12345");
  private static final Actor OPERATOR = Actor.of("centre-operator");
  private static final List<URI> PHOTOS = List.of(URI.create("https://files.example.org/after.jpg"));
  private static final String[] CATEGORIES = {"0101", "0201", "0202", "0203", "0303"};

  /**
   * How many distinct leaf grids the cases come from: all 12,096 (every lookup of grid, posts and
   * people misses the CPU caches) or a subdistrict's 64 (they stay cached).
   */
  @Param({"12096", "64"})
  public int grids;

  /**
   * 0: the storage keeps every case of the iteration, so the live set grows by some 2 KB per case
   * through the iteration and a stop-the-world collector spends its pauses copying it; n: the storage
   * is replaced after every n cases (inside the measured time), as when a dispatcher drains the outbox
   * and closed cases move to a database.
   */
  @Param({"0", "16384"})
  public int keepAtMost;

  private Case[] intakes;
  private CaseEngine.Builder engines;
  private EscalationCheck deadlines;
  private CaseEngine engine;
  private CaseStorage storage;
  private VirtualClock clock;
  private int next;
  private long serial;

  @Setup
  public void setUp() {
    StaffedCity.Data city = StaffedCity.generate(11);
    Staffing staffing = Staffing.of(city.hierarchy(), city.roles(), city.members(), city.assignments(),
        city.absences());
    CategoryCatalogue catalogue = CategoryCatalogues.socialGovernance();
    EscalationPolicy escalation = EscalationPolicies.standard(WorkingCalendar.chinaNational());
    RungUnits units = RungUnits.inHierarchy(city.hierarchy(), catalogue,
        HandlingUnit.department("district-governance-centre"));
    AccessPolicy access = AccessPolicy.builder()
        .grant(Roles.FULL_TIME_WORKER.id(), "grid", Reach.GRID, CommandKind.START_HANDLING, CommandKind.REPORT_BACK)
        .platform(PLATFORM.person(), CaseEngine.PLATFORM_KINDS.toArray(new CommandKind[0]))
        .platform(INTAKE.person(), CommandKind.REPORT)
        .platform(OPERATOR.person(), CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
            CommandKind.PASS_CHECK, CommandKind.CLOSE, CommandKind.RATE)
        .build();
    CaseRouter router = new CaseRouter(new ByCodeOnly(), staffing, catalogue, RoutingTable.of(List.of(
        RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id()))));
    clock = new VirtualClock(Instant.parse("2025-03-17T01:00:00Z"));
    engines = CaseEngine.builder().router(router).escalation(escalation).rungUnits(units)
        .access(Authorizer.of(access, staffing, catalogue)).platform(PLATFORM).clock(clock);
    deadlines = new EscalationCheck(escalation, units, PLATFORM);
    List<GridCode> leaves = city.leafGrids();
    intakes = new Case[INTAKES];
    for (int i = 0; i < INTAKES; i++) {
      intakes[i] = Case.builder(CaseId.of("template-" + i))
          .category(CATEGORIES[i % CATEGORIES.length])
          .place(CasePlace.in(leaves.get((i * 7919) % Math.min(grids, leaves.size()))))
          .channel(Channel.HOTLINE)
          .reporter(Reporter.resident("张伟", "13812345678"))
          .description("A car has blocked the fire lane at building 3 since last night.")
          .build();
    }
  }

  /** An empty store for each iteration, so the heap holds one iteration's cases. */
  @Setup(Level.Iteration)
  public void openStorage() {
    storage = new InMemoryCaseStorageFactory().create(Config.empty());
    engine = engines.storage(storage).build();
  }

  @TearDown(Level.Iteration)
  public void closeStorage() {
    storage.close();
  }

  @Benchmark
  public CaseFile completeLifecycle() {
    Case template = intakes[next];
    next = (next + 1) & (INTAKES - 1);
    if (keepAtMost > 0 && serial % keepAtMost == 0) {
      closeStorage();
      openStorage();
    }
    Case intake = new Case(CaseId.of("c-" + serial++), template.category(), template.place(), template.channel(),
        template.reporter(), template.description(), template.attachments(), template.urgency(), template.tier());
    clock.advance(Duration.ofSeconds(1));
    Instant t = clock.instant();
    Reported reported = engine.report(intake, INTAKE);
    CaseId id = intake.id();
    Actor worker = Actor.of(reported.routing().person().orElseThrow());
    engine.execute(id, new CaseCommand.Accept(OPERATOR, t.plusSeconds(60)));
    due(engine.execute(id, new CaseCommand.File(OPERATOR, t.plusSeconds(120))), t.plusSeconds(150));
    due(engine.execute(id, reported.routing().toDispatch(OPERATOR, t.plusSeconds(180))), t.plusSeconds(200));
    due(engine.execute(id, new CaseCommand.StartHandling(worker, t.plusSeconds(240))), t.plusSeconds(300));
    due(engine.execute(id, new CaseCommand.ReportBack(worker, t.plusSeconds(600), "car moved", PHOTOS)),
        t.plusSeconds(700));
    engine.execute(id, new CaseCommand.PassCheck(OPERATOR, t.plusSeconds(900)));
    engine.execute(id, new CaseCommand.Close(OPERATOR, t.plusSeconds(960)));
    return engine.execute(id, new CaseCommand.Rate(OPERATOR, t.plusSeconds(86_400), 5, "quick"));
  }

  private void due(CaseFile file, Instant now) {
    if (!deadlines.due(file.state(), now).isEmpty()) {
      throw new IllegalStateException("nothing should be due on " + file.id() + " at " + now);
    }
  }

  /** Cases here are placed by grid code; point lookup is grid-geo's, measured there. */
  private static final class ByCodeOnly implements GridLocator {
    @Override
    public CoordinateSystem coordinateSystem() {
      return CoordinateSystem.GCJ02;
    }

    @Override
    public Location locate(GeoPoint point) {
      throw new IllegalArgumentException("cases here are placed by grid code, not " + point);
    }
  }
}
