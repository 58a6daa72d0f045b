package org.civicgrid.routing.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.Deadline;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.stats.CaseStatistics;
import org.civicgrid.routing.stats.DueDates;
import org.civicgrid.routing.stats.Grouping;
import org.civicgrid.routing.stats.Indicator;
import org.civicgrid.routing.stats.IndicatorSet;
import org.civicgrid.routing.stats.Period;
import org.civicgrid.routing.stats.Rate;

/**
 * What a simulation run produced, per leaf grid and in total: arrivals, closed, backlog at the end,
 * on-time closing (grid-routing's {@link Indicator#ON_TIME_CLOSING}: due = the subcategory's handling
 * limit from the first dispatch, or from the report for a case solved on the spot; an open overdue case
 * counts as not on time), escalation rate and grid-worker utilisation. Prints as a Markdown table in the
 * style of {@link org.civicgrid.routing.stats.StatisticsTable} and as JSON; {@link #compare} sets two
 * runs side by side. Equal scenarios over the same staffing give equal reports. Immutable and thread-safe.
 */
public final class SimulationReport {
  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final String TOTAL = "total";

  private final Scenario scenario;
  private final ImmutableList<GridOutcome> grids;
  private final GridOutcome total;
  private final long refusedActions;

  private SimulationReport(Scenario scenario, ImmutableList<GridOutcome> grids, GridOutcome total,
      long refusedActions) {
    this.scenario = scenario;
    this.grids = grids;
    this.total = total;
    this.refusedActions = refusedActions;
  }

  /** The report of a run: {@code states} as they stand at {@code end}, each arrived in its grid. */
  static SimulationReport of(Scenario scenario, CaseFlowSimulation simulation, List<CaseState> states,
      Map<CaseId, GridCode> arrivedIn, Map<GridCode, PersonId> gridWorkers, Map<PersonId, Duration> busy,
      Duration capacity, Instant start, Instant end, long refused) {
    DueDates.Builder due = DueDates.builder();
    Map<GridCode, Counts> counts = new LinkedHashMap<>();
    simulation.leaves().forEach(leaf -> counts.put(leaf.code(), new Counts()));
    for (CaseState state : states) {
      Instant from = state.steps().first(CaseStatus.DISPATCHED)
          .orElseGet(() -> state.steps().first(CaseStatus.REPORTED).orElseThrow());
      Deadline.start(simulation.escalation().calendar(), simulation.catalogue().subcategory(
          state.intake().category()).handlingLimit(), from).due().ifPresent(at -> due.both(state.id(), at));
      Counts c = counts.get(arrivedIn.get(state.id()));
      c.arrivals++;
      c.closed += state.steps().first(CaseStatus.CLOSED).isPresent() ? 1 : 0;
      c.escalated += state.supervision().escalations().isEmpty() ? 0 : 1;
    }
    CaseStatistics stats = CaseStatistics.of(states, due.build(), end);
    Period period = new Period(start, end, scenario.start() + "/" + scenario.end());
    Map<String, IndicatorSet> byGrid = stats.by(Grouping.of("grid", s -> Optional.of(arrivedIn.get(s.id()).value())),
        period);
    ImmutableList.Builder<GridOutcome> rows = ImmutableList.builder();
    for (Grid leaf : simulation.leaves()) {
      Counts c = counts.get(leaf.code());
      Optional<PersonId> worker = Optional.ofNullable(gridWorkers.get(leaf.code()));
      Rate onTime = Optional.ofNullable(byGrid.get(leaf.code().value()))
          .map(set -> set.rate(Indicator.ON_TIME_CLOSING)).orElse(new Rate(Indicator.ON_TIME_CLOSING, 0, 0));
      rows.add(new GridOutcome(leaf.code().value(), leaf.households(), worker, c.arrivals,
          c.closed, c.arrivals - c.closed, onTime.denominator(), onTime.numerator(), c.escalated,
          worker.map(busy::get).orElse(Duration.ZERO), worker.isPresent() ? capacity : Duration.ZERO));
    }
    ImmutableList<GridOutcome> grids = rows.build();
    Rate onTime = stats.indicators(period).rate(Indicator.ON_TIME_CLOSING);
    long closed = grids.stream().mapToLong(GridOutcome::closed).sum();
    GridOutcome total = new GridOutcome(TOTAL, grids.stream().mapToLong(GridOutcome::households).sum(),
        Optional.empty(), states.size(), closed, states.size() - closed, onTime.denominator(), onTime.numerator(),
        grids.stream().mapToLong(GridOutcome::escalated).sum(),
        busy.values().stream().reduce(Duration.ZERO, Duration::plus), capacity.multipliedBy(busy.size()));
    return new SimulationReport(scenario, grids, total, refused);
  }

  /** The scenario run. */
  public Scenario scenario() {
    return scenario;
  }

  /** One row per leaf grid, in hierarchy order. */
  public ImmutableList<GridOutcome> grids() {
    return grids;
  }

  /** The row of a leaf grid, if the run had it. */
  public Optional<GridOutcome> grid(GridCode code) {
    checkNotNull(code, "code");
    return grids.stream().filter(g -> g.label().equals(code.value())).findFirst();
  }

  /** All grids together; utilisation is over every worker who took a case or acted for a grid. */
  public GridOutcome total() {
    return total;
  }

  /**
   * Simulated commands the engine refused (a case that moved on before the actor came to it, an actor the
   * access policy does not cover, such as a backup acting without the holder named): not errors of the
   * run, but a number to look at when it is large.
   */
  public long refusedActions() {
    return refusedActions;
  }

  /** The report as a Markdown table: one row per grid with arrivals, then the total, and the definitions under it. */
  public String toMarkdown() {
    StringBuilder text = new StringBuilder("| grid | households | worker | arrivals | closed | backlog | on time"
        + " | escalated | utilisation |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (GridOutcome row : grids) {
      if (row.arrivals() > 0) {
        row(text, row);
      }
    }
    row(text, total);
    return text.append('\n').append(DEFINITIONS).toString();
  }

  /** The report as JSON ({@code civicgrid-simulation-report/1}): the scenario, the total and every grid. */
  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "civicgrid-simulation-report/1");
    try {
      doc.put("scenario", MAPPER.readTree(scenario.toJson()));
      doc.put("refusedActions", refusedActions);
      doc.put("total", json(total));
      doc.put("grids", grids.stream().map(SimulationReport::json).toList());
      return MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report of plain values cannot fail to write", e);
    }
  }

  /**
   * Two runs side by side, as a Markdown table: per grid that had arrivals in either, then the total,
   * each measure as {@code a → b}.
   */
  public static String compare(SimulationReport a, SimulationReport b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    StringBuilder text = new StringBuilder("| grid | arrivals | backlog | on time | escalated | utilisation |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    Map<String, GridOutcome> others = new LinkedHashMap<>();
    b.grids.forEach(g -> others.put(g.label(), g));
    for (GridOutcome left : a.grids) {
      GridOutcome right = others.get(left.label());
      if (right != null && (left.arrivals() > 0 || right.arrivals() > 0)) {
        side(text, left, right);
      }
    }
    side(text, a.total, b.total);
    return text.toString();
  }

  private static void side(StringBuilder text, GridOutcome a, GridOutcome b) {
    text.append("| ").append(a.label());
    cell(text, a, b, row -> Long.toString(row.arrivals()));
    cell(text, a, b, row -> Long.toString(row.backlog()));
    cell(text, a, b, row -> percent(row.onTimeRate()));
    cell(text, a, b, row -> percent(row.escalationRate()));
    cell(text, a, b, row -> percent(row.utilisation()));
    text.append(" |\n");
  }

  private static void cell(StringBuilder text, GridOutcome a, GridOutcome b, Function<GridOutcome, String> measure) {
    text.append(" | ").append(measure.apply(a)).append(" → ").append(measure.apply(b));
  }

  private static void row(StringBuilder text, GridOutcome row) {
    text.append("| ").append(row.label()).append(" | ").append(row.households()).append(" | ")
        .append(row.worker().map(Object::toString).orElse(row.label().equals(TOTAL) ? "" : "nobody"))
        .append(" | ").append(row.arrivals()).append(" | ").append(row.closed()).append(" | ").append(row.backlog())
        .append(" | ").append(row.closedOnTime()).append(" / ").append(row.dueClosing()).append(" (")
        .append(percent(row.onTimeRate())).append(") | ").append(row.escalated()).append(" / ")
        .append(row.arrivals()).append(" (").append(percent(row.escalationRate())).append(") | ")
        .append(percent(row.utilisation())).append(" |\n");
  }

  private static Map<String, Object> json(GridOutcome row) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("grid", row.label());
    o.put("households", row.households());
    row.worker().ifPresent(w -> o.put("worker", w.value()));
    o.put("arrivals", row.arrivals());
    o.put("closed", row.closed());
    o.put("backlog", row.backlog());
    o.put("dueClosing", row.dueClosing());
    o.put("closedOnTime", row.closedOnTime());
    o.put("escalated", row.escalated());
    o.put("busyMinutes", row.busy().toMinutes());
    o.put("capacityMinutes", row.capacity().toMinutes());
    return o;
  }

  private static String percent(OptionalDouble share) {
    return share.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share.getAsDouble());
  }

  private static final String DEFINITIONS = """
      - arrivals: cases reported in the grid during the run; closed and backlog (still open) at its end
      - on time (按时办结率): cases closed by their due instant over cases due by the end (the subcategory's \
      handling limit from the first dispatch, or the report if solved on the spot); an open overdue case is not on time
      - escalated (上报率): cases escalated at least once by the deadline check over arrivals
      - utilisation: the grid worker's working time on cases over their working hours × cases in hand
      """;

  @Override
  public boolean equals(Object o) {
    return o instanceof SimulationReport r && scenario.equals(r.scenario) && grids.equals(r.grids)
        && total.equals(r.total) && refusedActions == r.refusedActions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, grids, total, refusedActions);
  }

  @Override
  public String toString() {
    return "simulation report of " + scenario + ": " + total;
  }

  /** A grid's counts while the report is made. */
  private static final class Counts {
    long arrivals;
    long closed;
    long escalated;
  }
}
