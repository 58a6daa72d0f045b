package org.civicgrid.routing.bench;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lifecycle part of issue 5's throughput target (≥ 100,000 complete lifecycles per second on one
 * core with routing, deadlines and audit): one case taken through report → accept → file → dispatch →
 * take → report back → check → close → rate, each command checked by the transition table and its
 * guards and recorded in the case's log, the state folded event by event. The commands are built in
 * the measured code, as a service builds them from requests; the intakes (1,024 distinct cases with a
 * resident reporter and a photo) are built in setup. {@link #replayNineEvents} measures rebuilding the
 * state from the stored log, what a store does when it loads a case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CaseLifecycleBenchmark {
  private static final int INTAKES = 1024;
  private static final Actor WORKER = Actor.of("gw-017");
  private static final Actor OPERATOR = Actor.of("op-003");
  private static final Actor DISPATCHER = Actor.of("dp-001");
  private static final Actor INSPECTOR = Actor.of("in-005");
  private static final Actor LEADER = Actor.of("sl-002");
  private static final List<HandlingUnit> GRID = List.of(HandlingUnit.grid(GridCode.of("210902001001")));
  private static final Optional<PersonId> ASSIGNEE = Optional.of(WORKER.person());
  private static final List<URI> PHOTOS = List.of(URI.create("https://files.example.org/after.jpg"));

  private Case[] intakes;
  private List<CaseEvent> storedLog;
  private int next;
  private Instant clock;

  @Setup
  public void setUp() {
    intakes = new Case[INTAKES];
    for (int i = 0; i < INTAKES; i++) {
      intakes[i] = Case.builder(CaseId.of("c-" + i))
          .category("05.03")
          .place(CasePlace.at(GeoPoint.gcj02(121.67 + i * 1e-5, 42.01)))
          .channel(Channel.GRID_GROUP)
          .reporter(Reporter.resident("张伟", "13812345678"))
          .description("A car has blocked the fire lane at building 3 since last night.")
          .attachments(PHOTOS)
          .build();
    }
    clock = Instant.parse("2024-05-06T01:00:00Z");
    storedLog = lifecycle().log();
  }

  @Benchmark
  public CaseFile completeLifecycle() {
    return lifecycle();
  }

  @Benchmark
  public CaseState replayNineEvents() {
    return CaseState.replay(storedLog);
  }

  private CaseFile lifecycle() {
    Case intake = intakes[next];
    next = (next + 1) & (INTAKES - 1);
    Instant t = clock;
    clock = t.plusSeconds(1);
    return CaseFile.open(new CaseCommand.Report(WORKER, t, intake))
        .execute(new CaseCommand.Accept(OPERATOR, t.plusSeconds(60)))
        .execute(new CaseCommand.File(LEADER, t.plusSeconds(120)))
        .execute(new CaseCommand.Dispatch(DISPATCHER, t.plusSeconds(180), GRID, ASSIGNEE,
            "street order goes to the grid's worker"))
        .execute(new CaseCommand.StartHandling(WORKER, t.plusSeconds(240)))
        .execute(new CaseCommand.ReportBack(WORKER, t.plusSeconds(600), "car moved", PHOTOS))
        .execute(new CaseCommand.PassCheck(INSPECTOR, t.plusSeconds(900)))
        .execute(new CaseCommand.Close(LEADER, t.plusSeconds(960)))
        .execute(new CaseCommand.Rate(OPERATOR, t.plusSeconds(86_400), 5, "quick"));
  }
}
