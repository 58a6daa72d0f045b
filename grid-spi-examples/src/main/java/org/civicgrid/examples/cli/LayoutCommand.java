package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.civicgrid.core.staff.policy.StaffPlan;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutFinding;
import org.civicgrid.geo.layout.LayoutGenerator;
import org.civicgrid.geo.layout.LayoutReport;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.io.Parents;
import org.civicgrid.geo.map.ColourRamp;

/**
 * {@code civicgrid layout}: divides each parent (community) into grids of about {@code --target} households
 * with grid-geo's {@link LayoutGenerator}, and writes the grids as GeoJSON, their metrics, and a map coloured
 * by households or {@code --metric}; prints the summary and every finding. Stateless.
 */
final class LayoutCommand implements Command {
  static final String DEFAULT_OUT = "civicgrid-out";
  static final String GRIDS = "grids.geojson";
  static final String MAP = "layout.svg";
  private static final ImmutableSet<String> VALUED = ImmutableSet.of("households", "parents", "target", "band",
      "seed", "out", "metric", "code-property", "policy");
  private static final ImmutableSet<String> FLAGS = ImmutableSet.of("split-buildings", "quiet");

  @Override
  public String name() {
    return "layout";
  }

  @Override
  public String summary() {
    return "households + parents GeoJSON -> grids GeoJSON, metrics and map";
  }

  @Override
  public String help() {
    return """
        usage: civicgrid layout --households FILE --parents FILE [options]

        Divides each parent into contiguous, compact grids of about the target number of households that
        never cross it, numbered north to south, west to east. Writes grids.geojson, metrics.md,
        metrics.csv, metrics.json and layout.svg into the output folder, and prints the summary and
        every finding (parents where the band cannot be met, with the reason).

          --households FILE     households: CSV with header lon,lat,households[,residents] or GeoJSON
                                Points with property households (default 1); WGS-84
          --parents FILE        parents GeoJSON: (Multi)Polygons with a 12-digit community code
          --code-property NAME  the parents' code property (default code)
          --target N            households per grid (default 100; 50 rural, 300 Beipiao-style)
          --band F              allowed deviation from the target, a fraction (default 0.10)
          --seed N              seed of every random choice (default 1); same seed, same files
          --split-buildings     let a building above the band be split into several grids
          --out DIR             output folder (default civicgrid-out)
          --policy P            the staffing policy workload is measured by: tongnan (default), beipiao,
                                wuhua, or a staffing policy JSON file (see civicgrid simulate --help)
          --metric NAME         what colours the map: households (default), residents, deviation,
                                area-ha, polsby-popper, hull-ratio, neighbours, households-per-worker,
                                patrol-km, mean-distance, p95-distance
          --quiet               no progress on stderr
        """;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments options = Arguments.parse(name(), args, VALUED, FLAGS);
    Path householdsFile = options.existingFile("households");
    Path parentsFile = options.existingFile("parents");
    LayoutSettings settings = LayoutSettings.of((int) options.whole("target", 100, 1))
        .withBand(options.fraction("band", 0.10, 0, 1))
        .withSeed(options.whole("seed", 1, Long.MIN_VALUE))
        .withSplitBuildings(options.has("split-buildings"));
    String metric = options.text("metric").orElse(LayoutFigures.HOUSEHOLDS);
    if (!LayoutFigures.NAMES.contains(metric)) {
      throw CommandException.usage("civicgrid layout: --metric %s is not one of %s", metric,
          String.join(", ", LayoutFigures.NAMES));
    }
    PolicyChoice policy = PolicyChoice.named(name(), options.text("policy").orElse("tongnan"));
    Path folder = options.path("out", DEFAULT_OUT);
    Progress progress = new Progress(err, options.has("quiet"));

    Parents parents = LayoutInputs.parents(parentsFile, options.text("code-property").orElse("code"));
    progress.done("parents", "%d communities", parents.all().size());
    List<HouseholdSite> sites = LayoutInputs.households(householdsFile, parents.frame());
    progress.done("households", "%d sites, %d households", sites.size(),
        sites.stream().mapToLong(HouseholdSite::households).sum());
    Layout layout = LayoutGenerator.of(settings).generate(parents.all(), sites);
    progress.done("layout", "%d communities, %d grids", parents.all().size(), layout.grids().size());
    LayoutTerritory territory = LayoutTerritory.of(policy.scheme(), policy.gridLevel(), parents.all(), layout,
        parents.frame().toLonLat(), parentsFile);
    StaffPlan plan = StaffPlan.of(policy.policy(), policy.roles(), territory.hierarchy(), policy.workerRole());
    LayoutFigures figures = LayoutFigures.of(LayoutReport.of(layout, sites, settings,
        LayoutReport.Options.defaults().staffedBy(plan)));
    progress.done("metrics", "%d grids, staffed by %s", layout.grids().size(), policy.name());

    OutputFolder output = OutputFolder.of(folder);
    LayoutInputs.writeGrids(layout, parents, figures, output.resolve(GRIDS));
    output.wrote(GRIDS);
    figures.write(output);
    output.write(MAP, LayoutInputs.map(layout, parents, "layout of " + householdsFile.getFileName() + ", target "
        + settings.target(), metric, figures.values(metric), ColourRamp.YELLOW_TO_RED));
    progress.done("write", "%s", folder);

    out.printf("layout of %d households in %d parents, target %d ±%.0f %%: %s%n",
        sites.stream().mapToLong(HouseholdSite::households).sum(), parents.all().size(), settings.target(),
        settings.band() * 100, figures.summary());
    out.printf("findings (%d)%s%n", layout.findings().size(), layout.findings().isEmpty() ? ": none" : ":");
    for (LayoutFinding finding : layout.findings()) {
      out.println("  " + finding);
    }
    out.printf("wrote %s%n", String.join(", ", output.written()));
    return 0;
  }
}
