package org.civicgrid.routing.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.category.Subcategory;
import org.civicgrid.routing.dispatch.RoutingDecision;
import org.civicgrid.routing.engine.CaseEngine;
import org.civicgrid.routing.engine.Reported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a {@link CaseFlowSimulation}: a discrete-event loop over a priority queue of (instant,
 * sequence) events — arrivals, workers finishing, units finishing, hourly deadline checks — each moving
 * the virtual clock and giving the real engine the commands the simulated actors would. The sequence
 * number breaks ties in scheduling order, so a run is a function of its seed. Not thread-safe.
 */
final class SimulationRun {
  private static final Logger LOG = LoggerFactory.getLogger(SimulationRun.class);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final CaseFlowSimulation simulation;
  private final Scenario scenario;
  private final CaseEngine engine;
  private final SimulatedClock clock;
  private final WorkingCalendar calendar;
  private final Instant start;
  private final Instant end;
  private final SplittableRandom behaviour;
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private final Map<PersonId, GridWorker> workers = new LinkedHashMap<>();
  private final Map<CaseId, GridCode> arrivals = new LinkedHashMap<>();
  private final Map<GridCode, GridWorker> gridWorkers = new HashMap<>();
  private long sequence;
  private long refused;

  SimulationRun(CaseFlowSimulation simulation, Scenario scenario, CaseEngine engine, SimulatedClock clock,
      Instant start, Instant end) {
    this.simulation = simulation;
    this.scenario = scenario;
    this.engine = engine;
    this.clock = clock;
    this.calendar = simulation.escalation().calendar();
    this.start = start;
    this.end = end;
    SplittableRandom root = new SplittableRandom(scenario.seed());
    this.behaviour = root.split();
    for (ArrivalStream stream : simulation.arrivalStreams(scenario, root, start, end)) {
      scheduleArrival(stream, 0);
    }
    for (long hour = 1; !start.plusSeconds(hour * 3600).isAfter(end); hour++) {
      schedule(start.plusSeconds(hour * 3600), this::checkDeadlines);
    }
    simulation.actingWorkers(scenario.start()).forEach((grid, person) -> gridWorkers.put(grid, worker(person)));
  }

  /** Plays every event up to the end and reports. */
  SimulationReport play() {
    while (!events.isEmpty() && !events.peek().at.isAfter(end)) {
      Event event = events.poll();
      clock.moveTo(event.at);
      event.action.run();
    }
    clock.moveTo(end);
    List<CaseState> states = new ArrayList<>(arrivals.size());
    arrivals.keySet().forEach(id -> states.add(engine.find(id).orElseThrow().state()));
    Duration capacity = calendar.workingTimeBetween(start, end).multipliedBy(scenario.casesInHand());
    Map<PersonId, Duration> busy = new LinkedHashMap<>();
    workers.forEach((person, worker) -> busy.put(person, worker.busyUntil(end, calendar)));
    Map<GridCode, PersonId> acting = new LinkedHashMap<>();
    gridWorkers.forEach((grid, worker) -> acting.put(grid, worker.person));
    return SimulationReport.of(scenario, simulation, states, arrivals, acting, busy, capacity, start, end, refused);
  }

  private void scheduleArrival(ArrivalStream stream, double from) {
    double next = stream.next(from);
    if (next >= 0) {
      Instant at = start.plusNanos((long) (next * 1e9));
      schedule(at, () -> {
        arrive(stream.grid, stream.subcategory(), at);
        scheduleArrival(stream, next);
      });
    }
  }

  private void arrive(GridCode grid, String subcategory, Instant now) {
    CaseId id = CaseId.of("sim-" + (arrivals.size() + 1));
    arrivals.put(id, grid);
    Case intake = Case.builder(id).category(subcategory).place(CasePlace.in(grid)).channel(Channel.HOTLINE)
        .reporter(Reporter.anonymous()).description("simulated case of " + subcategory).build();
    Reported reported = engine.report(intake, CaseFlowSimulation.INTAKE);
    RoutingDecision routing = reported.routing();
    double onSpot = behaviour.nextDouble();
    double toDepartment = behaviour.nextDouble();
    if (routing.outcome() == RoutingDecision.Outcome.DEPARTMENT) {
      unitTakes(id, now);
      return;
    }
    GridWorker worker = routing.person().map(this::worker).orElse(null);
    if (worker != null && onSpot < scenario.onSpotShare() && worker.waiting.isEmpty()
        && worker.hasRoom(scenario.casesInHand()) && calendar.isWorkingTime(now)) {
      solveOnSpot(worker, id, subcategory, now);
      return;
    }
    Actor operator = CaseFlowSimulation.OPERATOR;
    if (!act(id, new CaseCommand.Accept(operator, now)) || !act(id, new CaseCommand.File(operator, now))) {
      return;
    }
    if (toDepartment < scenario.departmentShare()) {
      Subcategory sub = routing.subcategory();
      if (act(id, new CaseCommand.Dispatch(operator, now, List.of(HandlingUnit.department(sub.department().id())),
          Optional.empty(), "simulated: sent to the department"))) {
        unitTakes(id, now);
      }
    } else if (routing.isRouted() && act(id, routing.toDispatch(operator, now)) && worker != null) {
      worker.waiting.add(id);
      takeNext(worker, now);
    }
  }

  private void solveOnSpot(GridWorker worker, CaseId id, String subcategory, Instant now) {
    Duration work = Duration.ofMinutes(scenario.minutesFor(subcategory));
    Instant until = calendar.plusWorkingTime(now, work);
    worker.take(id, work, until);
    schedule(until, () -> {
      Instant done = clock.instant();
      worker.finish(id);
      if (act(id, new CaseCommand.HandleOnSpot(worker.actor, done, "solved on the spot", List.of()))) {
        close(id, done);
      }
      takeNext(worker, done);
    });
  }

  /** The worker takes waiting cases while they have room and it is working time; else wakes at the next working instant. */
  private void takeNext(GridWorker worker, Instant now) {
    while (!worker.waiting.isEmpty() && worker.hasRoom(scenario.casesInHand())) {
      if (!calendar.isWorkingTime(now)) {
        if (!worker.wakeScheduled) {
          worker.wakeScheduled = true;
          schedule(calendar.plusWorkingTime(now, MINUTE).minus(MINUTE), () -> {
            worker.wakeScheduled = false;
            takeNext(worker, clock.instant());
          });
        }
        return;
      }
      CaseId id = worker.waiting.poll();
      CaseState state = engine.find(id).orElseThrow().state();
      // A case escalated while it waited belongs to the rung's unit now.
      if (state.status() != CaseStatus.DISPATCHED || state.supervision().escalatedTo().isPresent()) {
        continue;
      }
      if (!act(id, new CaseCommand.StartHandling(worker.actor, now))) {
        continue;
      }
      Duration work = Duration.ofMinutes(scenario.minutesFor(state.intake().category()));
      Instant until = calendar.plusWorkingTime(now, work);
      worker.take(id, work, until);
      schedule(until, () -> {
        Instant done = clock.instant();
        worker.finish(id);
        CaseState current = engine.find(id).orElseThrow().state();
        if (current.status() == CaseStatus.HANDLING && current.supervision().escalatedTo().isEmpty()
            && act(id, new CaseCommand.ReportBack(worker.actor, done, "handled", List.of()))) {
          close(id, done);
        }
        takeNext(worker, done);
      });
    }
  }

  /** A unit above the grid (a rung's unit or a department) takes the case at once and reports back after its minutes. */
  private void unitTakes(CaseId id, Instant now) {
    Actor units = CaseFlowSimulation.UNITS;
    int escalations = engine.find(id).orElseThrow().state().supervision().escalations().size();
    if (!act(id, new CaseCommand.StartHandling(units, now))) {
      return;
    }
    schedule(calendar.plusWorkingTime(now, Duration.ofMinutes(scenario.unitMinutes())), () -> {
      CaseState state = engine.find(id).orElseThrow().state();
      if (state.status() == CaseStatus.HANDLING && state.supervision().escalations().size() == escalations
          && act(id, new CaseCommand.ReportBack(units, clock.instant(), "handled", List.of()))) {
        close(id, clock.instant());
      }
    });
  }

  private void checkDeadlines() {
    Instant now = clock.instant();
    for (CaseEvent event : engine.checkDeadlines(now)) {
      if (event.command() instanceof CaseCommand.Escalate) {
        unitTakes(event.caseId(), now);
      }
    }
  }

  private void close(CaseId id, Instant at) {
    if (act(id, new CaseCommand.PassCheck(CaseFlowSimulation.OPERATOR, at))) {
      act(id, new CaseCommand.Close(CaseFlowSimulation.OPERATOR, at));
    }
  }

  /** Gives the command; a refusal (the case moved on, or the actor may not act) is counted, not fatal. */
  private boolean act(CaseId id, CaseCommand command) {
    try {
      engine.execute(id, command);
      return true;
    } catch (CivicGridException e) {
      refused++;
      LOG.debug("Simulated {} on {} refused: {}", command.kind(), id, e.getMessage());
      return false;
    }
  }

  private GridWorker worker(PersonId person) {
    return workers.computeIfAbsent(person, GridWorker::new);
  }

  private void schedule(Instant at, Runnable action) {
    events.add(new Event(at, sequence++, action));
  }

  /** An action due at an instant; ties run in the order they were scheduled. */
  private record Event(Instant at, long sequence, Runnable action) implements Comparable<Event> {
    @Override
    public int compareTo(Event other) {
      int c = at.compareTo(other.at);
      return c != 0 ? c : Long.compare(sequence, other.sequence);
    }
  }
}
