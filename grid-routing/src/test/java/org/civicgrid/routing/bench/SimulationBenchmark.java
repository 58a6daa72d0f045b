package org.civicgrid.routing.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.bench.StaffedCity;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.escalation.EscalationPolicies;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.simulation.CaseFlowSimulation;
import org.civicgrid.routing.simulation.Scenario;
import org.civicgrid.routing.simulation.SimulationReport;
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
 * Issue 7's simulation target, a week of a 200,000-household district in under a minute: township 1 of
 * {@link StaffedCity#generate}{@code (11)} (28 communities, 756 level-3 grids with their Tongnan
 * staffing), households scaled to 200,000 in all, five subcategories at 5 cases per 1,000 households a
 * day in office-shaped hours (about 7,000 cases), each case through the real engine and the hourly
 * deadline check on the national calendar. One run is one operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SimulationBenchmark {
  private static final long HOUSEHOLDS = 200_000;

  private CaseFlowSimulation simulation;
  private Scenario week;

  @Setup
  public void setUp() {
    StaffedCity.Data city = StaffedCity.generate(11);
    String township = "441424101";
    List<Grid> district = new ArrayList<>();
    long households = 0;
    for (Grid grid : city.hierarchy().grids()) {
      if (grid.code().value().startsWith(township) || grid.parent().isEmpty()) {
        district.add(grid);
        households += grid.isLeaf() ? grid.households() : 0;
      }
    }
    List<GridNode> nodes = new ArrayList<>();
    Set<GridCode> codes = new HashSet<>();
    for (Grid grid : district) {
      GridNode node = grid.node();
      if (grid.isLeaf()) {
        node = node.withCounts((int) Math.round((double) node.households() * HOUSEHOLDS / households),
            node.residents());
      }
      nodes.add(node);
      codes.add(grid.code());
    }
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.wuhua(), nodes, List.of());
    List<Assignment> assignments = city.assignments().stream().filter(a -> codes.contains(a.grid())).toList();
    Staffing staffing = Staffing.of(hierarchy, city.roles(), city.members(), assignments, List.of());
    EscalationPolicy escalation = EscalationPolicies.standard(WorkingCalendar.chinaNational());
    simulation = new CaseFlowSimulation(staffing, CategoryCatalogues.socialGovernance(), escalation);
    week = Scenario.builder(LocalDateTime.parse("2025-03-17T00:00"), 7)
        .arrivals("0101", 1).arrivals("0201", 1).arrivals("0202", 1).arrivals("0203", 1).arrivals("0303", 1)
        .hourProfile(List.of(0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 2.0, 3.0, 3.0, 2.5,
            2.0, 2.0, 2.5, 2.5, 2.0, 1.5, 1.0, 1.0, 0.8, 0.6, 0.4, 0.3))
        .seed(42).build();
  }

  @Benchmark
  public SimulationReport weekOfADistrict() {
    return simulation.run(week);
  }

  /** Prints one run's total, so a benchmark run shows what was simulated. */
  public static void main(String[] args) {
    SimulationBenchmark bench = new SimulationBenchmark();
    bench.setUp();
    long t0 = System.nanoTime();
    SimulationReport report = bench.weekOfADistrict();
    System.out.printf("%.1f s: %s, %d refused actions%n", (System.nanoTime() - t0) / 1e9, report.total(),
        report.refusedActions());
  }
}
