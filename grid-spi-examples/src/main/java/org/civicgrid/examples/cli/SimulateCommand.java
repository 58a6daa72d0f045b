package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.io.Parents;
import org.civicgrid.routing.simulation.Scenario;
import org.civicgrid.routing.simulation.SimulationReport;

/**
 * {@code civicgrid simulate}: plays a scenario (docs/formats.md §8) over a layout staffed by a policy — the
 * hierarchy built from parents and grids, staffed exactly as the policy requires, cases through the real case
 * engine on a virtual clock — and writes the report as Markdown and JSON and a map of the grids coloured by
 * a per-grid figure. Stateless.
 */
final class SimulateCommand implements Command {
  static final String REPORT_MD = "simulation.md";
  static final String REPORT_JSON = "simulation.json";
  static final String MAP = "simulation.svg";
  private static final ImmutableSet<String> VALUED = ImmutableSet.of("grids", "parents", "scenario", "policy",
      "out", "metric", "code-property");
  private static final ImmutableSet<String> FLAGS = ImmutableSet.of("quiet");

  @Override
  public String name() {
    return "simulate";
  }

  @Override
  public String summary() {
    return "grids + parents + scenario JSON + staffing policy -> simulation report and map";
  }

  @Override
  public String help() {
    return """
        usage: civicgrid simulate --grids FILE --parents FILE --scenario FILE [options]

        Staffs the layout as the policy requires and plays the scenario's cases through the case engine
        on a virtual clock. Writes simulation.md, simulation.json and simulation.svg into the output folder
        and prints the total.

          --grids FILE          grids GeoJSON, as civicgrid layout writes it
          --parents FILE        parents GeoJSON: (Multi)Polygons with a 12-digit community code
          --code-property NAME  the parents' code property (default code)
          --scenario FILE       simulation scenario, format civicgrid-scenario/1 (docs/formats.md section 8)
          --policy P            tongnan (default), beipiao, wuhua, or a staffing policy JSON file over the
                                unit-grid scheme (docs/formats.md section 6)
          --out DIR             output folder (default civicgrid-out)
          --metric NAME         what colours the map: on-time (default), backlog, arrivals, escalated,
                                utilisation
          --quiet               no progress on stderr
        """;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments options = Arguments.parse(name(), args, VALUED, FLAGS);
    Path gridsFile = options.existingFile("grids");
    Path parentsFile = options.existingFile("parents");
    Path scenarioFile = options.existingFile("scenario");
    PolicyChoice policy = PolicyChoice.named(name(), options.text("policy").orElse("tongnan"));
    String metric = options.text("metric").orElse(LayoutSimulation.METRICS.get(0));
    if (!LayoutSimulation.METRICS.contains(metric)) {
      throw CommandException.usage("civicgrid simulate: --metric %s is not one of %s", metric,
          String.join(", ", LayoutSimulation.METRICS));
    }
    Path folder = options.path("out", LayoutCommand.DEFAULT_OUT);
    Progress progress = new Progress(err, options.has("quiet"));

    Parents parents = LayoutInputs.parents(parentsFile, options.text("code-property").orElse("code"));
    Layout layout = LayoutInputs.grids(gridsFile, parents);
    Scenario scenario = LayoutSimulation.scenario(scenarioFile);
    progress.done("read", "%d parents, %d grids, scenario of %d days", parents.all().size(),
        layout.grids().size(), scenario.days());
    LayoutTerritory territory = LayoutTerritory.of(policy.scheme(), policy.gridLevel(), parents.all(), layout,
        parents.frame().toLonLat(), parentsFile);
    SimulationReport report = LayoutSimulation.run(territory, policy, scenario, scenarioFile);
    progress.done("simulation", "%d cases in %d grids", report.total().arrivals(), report.grids().size());

    OutputFolder output = OutputFolder.of(folder);
    output.write(REPORT_MD, report.toMarkdown());
    output.write(REPORT_JSON, report.toJson());
    output.write(MAP, LayoutInputs.map(layout, parents, "simulation " + scenarioFile.getFileName() + ", policy "
        + policy.name(), LayoutSimulation.title(metric), LayoutSimulation.perGrid(report, metric),
        LayoutSimulation.ramp(metric)));
    progress.done("write", "%s", folder);

    out.printf("simulated %d days from %s over %d grids, policy %s: %s%n", scenario.days(), scenario.start(),
        report.grids().size(), policy.name(), LayoutSimulation.summary(report.total()));
    out.printf("wrote %s%n", String.join(", ", output.written()));
    return 0;
  }
}
