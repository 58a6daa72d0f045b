package org.civicgrid.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.policy.StaffPlan;
import org.civicgrid.geo.map.ColourRamp;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.escalation.EscalationPolicies;
import org.civicgrid.routing.simulation.CaseFlowSimulation;
import org.civicgrid.routing.simulation.GridOutcome;
import org.civicgrid.routing.simulation.Scenario;
import org.civicgrid.routing.simulation.SimulationReport;

/**
 * A case-flow simulation of a layout: its territory staffed exactly as the chosen policy requires ({@link
 * StaffPlan#staff}, from the scenario's first day), cases of the social-governance catalogue, the standard
 * escalation policy on the national working calendar, cases going to the policy's grid workers; and the
 * per-grid figures a simulation map can be coloured by. Stateless.
 */
final class LayoutSimulation {
  /** The per-grid figures {@code --metric} can colour a simulation map by, the default first. */
  static final ImmutableList<String> METRICS = ImmutableList.of("on-time", "backlog", "arrivals", "escalated",
      "utilisation");

  private LayoutSimulation() {}

  /**
   * Reads the scenario in {@code file} (docs/formats.md §8).
   *
   * @throws CommandException naming the file, the line and the problem
   */
  static Scenario scenario(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Scenario.read(in, file.toString());
    } catch (IOException e) {
      throw CommandException.input("%s: cannot be read: %s", file, e.getMessage());
    } catch (CivicGridException e) {
      throw CommandException.input("%s", e.getMessage());
    }
  }

  /**
   * Plays {@code scenario} over {@code territory} staffed by {@code choice}.
   *
   * @throws CommandException naming {@code scenarioFile} when the scenario does not fit (a subcategory the
   *     catalogue lacks, a year the calendar has no holidays for)
   */
  static SimulationReport run(LayoutTerritory territory, PolicyChoice choice, Scenario scenario, Path scenarioFile) {
    checkNotNull(territory, "territory");
    Staffing staffing;
    try {
      staffing = StaffPlan.of(choice.policy(), choice.roles(), territory.hierarchy(), choice.workerRole())
          .staff(scenario.start().toLocalDate());
    } catch (CivicGridException e) {
      throw CommandException.input("--policy %s does not fit the layout: %s", choice.name(), e.getMessage());
    }
    CaseFlowSimulation simulation = new CaseFlowSimulation(staffing, CategoryCatalogues.socialGovernance(),
        EscalationPolicies.standard(WorkingCalendar.chinaNational()), choice.workerRole());
    try {
      return simulation.run(scenario);
    } catch (CivicGridException e) {
      throw CommandException.input("%s: %s", scenarioFile, e.getMessage());
    }
  }

  /** The figure {@code metric} (one of {@link #METRICS}) per grid code, for grids where it is defined. */
  static ImmutableMap<String, Double> perGrid(SimulationReport report, String metric) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (GridOutcome grid : report.grids()) {
      OptionalDouble value = switch (metric) {
        case "on-time" -> percent(grid.onTimeRate());
        case "backlog" -> OptionalDouble.of(grid.backlog());
        case "arrivals" -> OptionalDouble.of(grid.arrivals());
        case "escalated" -> percent(grid.escalationRate());
        case "utilisation" -> percent(grid.utilisation());
        default -> throw new IllegalArgumentException("no simulation metric " + metric);
      };
      value.ifPresent(v -> values.put(grid.label(), v));
    }
    return ImmutableMap.copyOf(values);
  }

  /** One line of a run's total: cases, closed, backlog, on time, escalated, utilisation. */
  static String summary(GridOutcome total) {
    return String.format(Locale.ROOT, "%d cases, %d closed, backlog %d, on time %s, escalated %s, utilisation %s",
        total.arrivals(), total.closed(), total.backlog(), share(total.onTimeRate()), share(total.escalationRate()),
        share(total.utilisation()));
  }

  private static String share(OptionalDouble share) {
    return share.isPresent() ? String.format(Locale.ROOT, "%.1f %%", 100 * share.getAsDouble()) : "n/a";
  }

  /** The legend title of {@code metric}. */
  static String title(String metric) {
    return switch (metric) {
      case "on-time" -> "closed on time, %";
      case "backlog" -> "open cases at the end";
      case "arrivals" -> "cases arrived";
      case "escalated" -> "escalated, %";
      case "utilisation" -> "grid worker utilisation, %";
      default -> throw new IllegalArgumentException("no simulation metric " + metric);
    };
  }

  /** The colours of {@code metric}: blues where more is better (closed on time), yellow to red elsewhere. */
  static ColourRamp ramp(String metric) {
    return metric.equals("on-time") ? ColourRamp.BLUES : ColourRamp.YELLOW_TO_RED;
  }

  private static OptionalDouble percent(OptionalDouble share) {
    return share.isPresent() ? OptionalDouble.of(100 * share.getAsDouble()) : OptionalDouble.empty();
  }
}
