package org.civicgrid.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicgrid.core.channel.ChannelDirectory;
import org.civicgrid.core.channel.OnlineChannel;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.io.HierarchyJson;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.layer.DockedLayers;
import org.civicgrid.core.layer.SpecialistGrid;
import org.civicgrid.core.layer.SpecialistLayer;
import org.civicgrid.core.report.Report;
import org.civicgrid.geo.boundary.BoundaryLayer;

/**
 * The README's first command: loads a sample county (an urban subdistrict and a rural township,
 * after Fuxin's scheme) from {@code demo/sample-county.json}, docks a police-beat layer onto it,
 * binds online channels, and prints the grid tree with household counts and every finding; then
 * its geography ({@link GeographyDemo}): boundaries, coverage, located addresses and an SVG map,
 * written to the path given as the first argument or to {@value #DEFAULT_MAP}; then its staff
 * ({@link StaffingDemo}): a team, who acts for an absent leader, the gap report of a staffing policy
 * and one worker's patrol compliance; then a day of cases ({@link CaseDayDemo}): routed, escalated
 * where due, notified on the console, with the day's statistics.
 */
public final class Demo {
  static final String DEFAULT_MAP = "target/demo/sample-county.svg";
  private static final String FIXTURE = "/demo/sample-county.json";
  private static final LocalDate BOUND_SINCE = LocalDate.of(2024, 1, 1);

  private Demo() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(out, Path.of(args.length > 0 ? args[0] : DEFAULT_MAP));
  }

  /** Runs the demo, printing to {@code out} and writing the map to {@code map}. */
  static void run(PrintStream out, Path map) {
    GridHierarchy county = loadSampleCounty();
    DockedLayers layers = DockedLayers.of(county, List.of(policeBeats()));
    ChannelDirectory channels = onlineGroups(county);

    out.printf("CivicGrid demo: %s, scheme '%s', %d grids, %d places%n%n",
        county.tops().get(0).name(), county.scheme().name(), county.size(), county.places().size());
    county.tops().forEach(top -> TreePrinter.print(top, out));

    Report findings = county.findings().plus(layers.validate()).plus(channels.validate(county));
    out.printf("%nFindings (%d):%n", findings.findings().size());
    findings.findings().forEach(f -> out.println("  " + f));

    BoundaryLayer boundaries = GeographyDemo.run(county, map, out);
    StaffingDemo.run(county, boundaries, out);
    CaseDayDemo.run(SampleStaff.of(county), boundaries, out);
  }

  static GridHierarchy loadSampleCounty() {
    try (InputStream in = Demo.class.getResourceAsStream(FIXTURE)) {
      if (in == null) {
        throw new IllegalStateException("the demo fixture " + FIXTURE + " is missing from the class path");
      }
      return HierarchyJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo fixture " + FIXTURE, e);
    }
  }

  /** The police station's beats, docked onto communities and villages; the newest is not docked yet. */
  private static SpecialistLayer policeBeats() {
    return SpecialistLayer.builder("police-beats", Departments.PUBLIC_SECURITY, "派出所警务区")
        .docksOnto("community", "village")
        .add(SpecialistGrid.docked("beat-1", "长源警务区", "210902001001"))
        .add(SpecialistGrid.docked("beat-2", "和平警务区", "210902001002"))
        .add(SpecialistGrid.docked("beat-3", "韩家店警务区", "210902101201"))
        .add(SpecialistGrid.undocked("beat-4", "新建警务区"))
        .build();
  }

  /** One WeChat group per building grid and hamlet (一格一群), except where none is set up yet. */
  private static ChannelDirectory onlineGroups(GridHierarchy county) {
    ChannelDirectory directory = ChannelDirectory.empty();
    int n = 0;
    for (Grid grid : county.grids()) {
      if (grid.isLeaf() && !grid.name().contains("新")) {
        OnlineChannel group = OnlineChannel.of(OnlineChannel.WECHAT, "group-" + (++n), grid.name() + "群");
        directory = directory.bind(group, grid.code(), BOUND_SINCE);
      }
    }
    return directory;
  }
}
