package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.HouseholdBand;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.coverage.CoverageCheck;
import org.civicgrid.geo.coverage.CoverageReport;
import org.civicgrid.geo.coverage.SizingCheck;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.io.Parents;

/**
 * {@code civicgrid validate}: checks a grids GeoJSON against its parents as a grid hierarchy of the
 * unit-grid scheme would be checked — the coverage (grid-geo {@link CoverageCheck}: every parent tiled by its
 * grids with no gap or overlap, edges matched) and the sizing ({@link SizingCheck}: households against
 * {@code --target} ± {@code --band}). Exit code 1 when a finding is an error. Stateless.
 */
final class ValidateCommand implements Command {
  private static final ImmutableSet<String> VALUED = ImmutableSet.of("grids", "parents", "target", "band",
      "code-property");
  private static final ImmutableSet<String> FLAGS = ImmutableSet.of("quiet");

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "grids GeoJSON + parents GeoJSON -> coverage and sizing report";
  }

  @Override
  public String help() {
    return """
        usage: civicgrid validate --grids FILE --parents FILE [options]

        Checks that the grids tile their parents (no gap, no overlap, edges matched) and that each holds
        households within the band around the target. Exit code 1 when a finding is an error (gaps,
        overlaps); grids outside the band are warnings.

          --grids FILE          grids GeoJSON, as civicgrid layout writes it (properties code, parent,
                                households)
          --parents FILE        parents GeoJSON: (Multi)Polygons with a 12-digit community code
          --code-property NAME  the parents' code property (default code)
          --target N            households per grid (default 100)
          --band F              allowed deviation from the target, a fraction (default 0.10)
          --quiet               no progress on stderr
        """;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments options = Arguments.parse(name(), args, VALUED, FLAGS);
    Path gridsFile = options.existingFile("grids");
    Path parentsFile = options.existingFile("parents");
    int target = (int) options.whole("target", 100, 1);
    double band = options.fraction("band", 0.10, 0, 1);
    Progress progress = new Progress(err, options.has("quiet"));

    Parents parents = LayoutInputs.parents(parentsFile, options.text("code-property").orElse("code"));
    Layout layout = LayoutInputs.grids(gridsFile, parents);
    progress.done("read", "%d parents, %d grids", parents.all().size(), layout.grids().size());
    HouseholdBand households = HouseholdBand.of((int) Math.ceil(target * (1 - band) - 1e-9),
        (int) Math.floor(target * (1 + band) + 1e-9));
    LevelScheme scheme = banded(LevelSchemes.unitGrids(3), households);
    LayoutTerritory territory = LayoutTerritory.of(scheme, "unit-grid", parents.all(), layout,
        parents.frame().toLonLat(), parentsFile);
    CoverageReport coverage = CoverageCheck.of(territory.hierarchy(), territory.boundaries())
        .check(territory.gridLevel());
    Report sizing = SizingCheck.of(territory.hierarchy(), territory.boundaries()).check(territory.gridLevel());
    progress.done("checks", "coverage and sizing of %d grids", layout.grids().size());

    out.printf("%s: %d grids in %d parents, households band %s%n", gridsFile, layout.grids().size(),
        parents.all().size(), households);
    print(out, "coverage", coverage.toReport());
    print(out, "sizing", sizing);
    boolean errors = coverage.hasErrors() || sizing.hasErrors();
    out.println(errors ? "errors found" : "no errors");
    return errors ? CommandException.INPUT : 0;
  }

  /** {@code scheme} with {@code band} on its lowest level. */
  static LevelScheme banded(LevelScheme scheme, HouseholdBand band) {
    List<Level> levels = new ArrayList<>(scheme.levels());
    Level grids = levels.remove(levels.size() - 1);
    levels.add(Level.builder(grids.id()).names(grids.nameZh(), grids.nameEn())
        .code(grids.codeLength(), grids.segment()).households(band)
        .under(grids.parents().toArray(new String[0])).build());
    return LevelScheme.of(scheme.id(), scheme.name(), ImmutableList.copyOf(levels));
  }

  private static void print(PrintStream out, String check, Report report) {
    if (report.findings().isEmpty()) {
      out.printf("%s: clean%n", check);
      return;
    }
    out.printf("%s: %d findings%n", check, report.findings().size());
    for (Finding finding : report.findings()) {
      out.println("  " + finding);
    }
  }
}
