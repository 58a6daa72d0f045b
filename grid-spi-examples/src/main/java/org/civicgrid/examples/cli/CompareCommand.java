package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutComparison;
import org.civicgrid.geo.layout.LayoutMetrics;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.io.Parents;
import org.civicgrid.routing.simulation.Scenario;
import org.civicgrid.routing.simulation.SimulationReport;

/**
 * {@code civicgrid compare}: two layouts of the same parents side by side — their metrics, and with the
 * households how many change grid — and, given a scenario, the same scenario simulated on both (each with its
 * policy) side by side ({@link SimulationReport#compare}). Stateless.
 */
final class CompareCommand implements Command {
  static final String LAYOUTS_MD = "comparison.md";
  static final String SIMULATIONS_MD = "simulation-comparison.md";
  private static final ImmutableSet<String> VALUED = ImmutableSet.of("grids", "other", "parents", "households",
      "target", "band", "scenario", "policy", "other-policy", "out", "code-property");
  private static final ImmutableSet<String> FLAGS = ImmutableSet.of("quiet");

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String summary() {
    return "two grids GeoJSON (+ households, + scenario) -> side-by-side report";
  }

  @Override
  public String help() {
    return """
        usage: civicgrid compare --grids FILE --other FILE --parents FILE [options]

        Sets two layouts of the same parents side by side (A = --grids, B = --other) and writes
        comparison.md; with --scenario, simulates the scenario on both and writes
        simulation-comparison.md. Prints both.

          --grids FILE          layout A, grids GeoJSON as civicgrid layout writes it
          --other FILE          layout B, the same
          --parents FILE        parents GeoJSON: (Multi)Polygons with a 12-digit community code
          --code-property NAME  the parents' code property (default code)
          --households FILE     households (as for civicgrid layout): both layouts measured over them in
                                full, and how many households change grid
          --target N            households per grid the metrics judge against (default 100)
          --band F              allowed deviation from the target (default 0.10)
          --scenario FILE       a simulation scenario to run on both layouts
          --policy P            staffing policy of A: tongnan (default), beipiao, wuhua or a JSON file
          --other-policy P      staffing policy of B (default: the same as A)
          --out DIR             output folder (default civicgrid-out)
          --quiet               no progress on stderr
        """;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments options = Arguments.parse(name(), args, VALUED, FLAGS);
    Path aFile = options.existingFile("grids");
    Path bFile = options.existingFile("other");
    Path parentsFile = options.existingFile("parents");
    Optional<Path> householdsFile = options.optionalFile("households");
    Optional<Path> scenarioFile = options.optionalFile("scenario");
    LayoutSettings settings = LayoutSettings.of((int) options.whole("target", 100, 1))
        .withBand(options.fraction("band", 0.10, 0, 1));
    PolicyChoice aPolicy = PolicyChoice.named(name(), options.text("policy").orElse("tongnan"));
    PolicyChoice bPolicy = options.text("other-policy").map(p -> PolicyChoice.named(name(), p)).orElse(aPolicy);
    Path folder = options.path("out", LayoutCommand.DEFAULT_OUT);
    Progress progress = new Progress(err, options.has("quiet"));

    Parents parents = LayoutInputs.parents(parentsFile, options.text("code-property").orElse("code"));
    Layout a = LayoutInputs.grids(aFile, parents);
    Layout b = LayoutInputs.grids(bFile, parents);
    List<HouseholdSite> sites = householdsFile.<List<HouseholdSite>>map(f -> LayoutInputs.households(f, parents.frame()))
        .orElse(List.of());
    progress.done("read", "%d parents, %d and %d grids, %d households", parents.all().size(), a.grids().size(),
        b.grids().size(), sites.stream().mapToLong(HouseholdSite::households).sum());
    OutputFolder output = OutputFolder.of(folder);
    String header = String.format("# Layout comparison%n%nA: %s; B: %s%n%n", aFile, bFile);
    String layouts = sites.isEmpty() ? header + LayoutComparison.sideBySide(LayoutMetrics.of(a, settings).figures(),
            LayoutMetrics.of(b, settings).figures())
        : LayoutComparison.of(a, b, sites, settings).toMarkdown().replaceFirst("# Layout comparison\n\n", header);
    output.write(LAYOUTS_MD, layouts);
    out.print(layouts);
    progress.done("layouts", "compared");
    if (scenarioFile.isPresent()) {
      Scenario scenario = LayoutSimulation.scenario(scenarioFile.get());
      SimulationReport aReport = LayoutSimulation.run(LayoutTerritory.of(aPolicy.scheme(), aPolicy.gridLevel(),
          parents.all(), a, parents.frame().toLonLat(), parentsFile), aPolicy, scenario, scenarioFile.get());
      SimulationReport bReport = LayoutSimulation.run(LayoutTerritory.of(bPolicy.scheme(), bPolicy.gridLevel(),
          parents.all(), b, parents.frame().toLonLat(), parentsFile), bPolicy, scenario, scenarioFile.get());
      progress.done("simulations", "%d and %d cases", aReport.total().arrivals(), bReport.total().arrivals());
      String simulations = String.format("# Simulations side by side%n%nA: %s, policy %s; B: %s, policy %s; scenario"
          + " %s%n%n", aFile, aPolicy.name(), bFile, bPolicy.name(), scenarioFile.get())
          + SimulationReport.compare(aReport, bReport);
      output.write(SIMULATIONS_MD, simulations);
      out.print("\n" + simulations);
    }
    out.printf("wrote %s%n", String.join(", ", output.written()));
    return 0;
  }
}
