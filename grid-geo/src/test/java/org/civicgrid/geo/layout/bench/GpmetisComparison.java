package org.civicgrid.geo.layout.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutFinding;
import org.civicgrid.geo.layout.LayoutGenerator;
import org.civicgrid.geo.layout.LayoutGrid;
import org.civicgrid.geo.layout.LayoutMetrics;
import org.civicgrid.geo.layout.LayoutParent;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.MetisFormat;
import org.civicgrid.geo.layout.SyntheticCity;
import org.civicgrid.geo.layout.UnitGraph;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The layout generator side by side with gpmetis on the same unit graphs (issue 7, layout anchors
 * §7): each parent's exact graph is written with {@link MetisFormat}, partitioned by {@code gpmetis
 * -ptype=kway -contig -ufactor=U -seed=s G k} with the generator's own grid count {@code k} and
 * {@code U} = 1000 × the band, read back, laid out with {@link LayoutGenerator#layOut(UnitGraph,
 * int[])} and scored by the same code as the generator's own layout. Used by {@code LayoutBenchmark}
 * and {@code GpmetisComparisonTest}; {@link #main} prints both instances of the anchors' city.
 *
 * <p>Immutable; a comparison writes its graphs to a fresh temporary directory, so concurrent
 * comparisons do not meet.
 */
public final class GpmetisComparison {
  /** The seeds gpmetis runs with (anchors §7: 1–5). */
  public static final ImmutableList<Integer> SEEDS = ImmutableList.of(1, 2, 3, 4, 5);
  private static final String INSTALL = ": install the Debian package metis (apt-get install metis), as .ci/run"
      + " does, to compare layouts with METIS";
  private static final Pattern METIS_TIME = Pattern.compile("Partitioning:\\s+([0-9.]+) sec");

  private final Path gpmetis;
  private final ImmutableList<Integer> seeds;

  private GpmetisComparison(Path gpmetis, ImmutableList<Integer> seeds) {
    this.gpmetis = gpmetis;
    this.seeds = seeds;
  }

  /**
   * Runs the {@code gpmetis} found on {@code PATH}.
   *
   * @throws IllegalStateException saying how to install it when no {@code gpmetis} is on {@code PATH}
   */
  public static GpmetisComparison onPath(List<Integer> seeds) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "gpmetis");
      if (Files.isExecutable(candidate)) {
        return of(candidate, seeds);
      }
    }
    throw new IllegalStateException("gpmetis is not on PATH (" + path + ")" + INSTALL);
  }

  /**
   * Runs the given gpmetis executable with each of {@code seeds}.
   *
   * @throws IllegalArgumentException if {@code gpmetis} is not an executable file or no seed is given
   */
  public static GpmetisComparison of(Path gpmetis, List<Integer> seeds) {
    checkNotNull(gpmetis, "gpmetis");
    checkArgument(!seeds.isEmpty(), "no seeds for gpmetis");
    checkArgument(Files.isRegularFile(gpmetis) && Files.isExecutable(gpmetis), "gpmetis %s is not an executable file%s",
        gpmetis, INSTALL);
    return new GpmetisComparison(gpmetis, ImmutableList.copyOf(seeds));
  }

  /** Builds the unit graphs of {@code sites} in {@code parents} and compares the two layouts of them. */
  public GpmetisResult compare(String instance, LayoutSettings settings, List<LayoutParent> parents,
      List<HouseholdSite> sites) {
    return compareGraphs(instance, settings, parents, LayoutGenerator.of(settings).graphs(parents, sites));
  }

  /**
   * Lays out {@code graphs} (one per parent, in parent order) with the generator and with gpmetis at
   * every seed, and scores each layout.
   *
   * @throws IllegalStateException naming the parent and seed if gpmetis fails
   */
  public GpmetisResult compareGraphs(String instance, LayoutSettings settings, List<LayoutParent> parents,
      List<UnitGraph> graphs) {
    checkArgument(parents.size() == graphs.size(), "%s parents for %s graphs", parents.size(), graphs.size());
    LayoutGenerator generator = LayoutGenerator.of(settings);
    List<Layout> ours = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (UnitGraph graph : graphs) {
      ours.add(generator.layOut(graph));
    }
    double wallSeconds = (System.nanoTime() - start) / 1e9;
    double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    int[] counts = ours.stream().mapToInt(l -> l.grids().size()).toArray();
    Set<String> flagged = new HashSet<>();
    ours.forEach(l -> l.findings().stream().filter(f -> f.gridCode().isEmpty()).map(LayoutFinding::parent)
        .forEach(flagged::add));
    Scoring scoring = new Scoring(settings, parents, graphs, counts, flagged);
    LayoutScore our = scoring.score(ours, seconds, wallSeconds);
    List<LayoutScore> theirs = new ArrayList<>();
    Path dir = createTempDirectory();
    try {
      for (int i = 0; i < graphs.size(); i++) {
        try (Writer out = Files.newBufferedWriter(dir.resolve(i + ".graph"), StandardCharsets.US_ASCII)) {
          MetisFormat.write(graphs.get(i), out);
        }
      }
      for (int seed : seeds) {
        theirs.add(runSeed(generator, scoring, graphs, counts, dir, seed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write METIS graphs to " + dir, e);
    } finally {
      deleteAll(dir);
    }
    int units = graphs.stream().mapToInt(UnitGraph::size).sum();
    return new GpmetisResult(instance, settings, units, parents.size(), seeds, our, ImmutableList.copyOf(theirs));
  }

  private LayoutScore runSeed(LayoutGenerator generator, Scoring scoring, List<UnitGraph> graphs, int[] counts,
      Path dir, int seed) throws IOException {
    List<Layout> layouts = new ArrayList<>();
    double metisSeconds = 0;
    long start = System.nanoTime();
    for (int i = 0; i < graphs.size(); i++) {
      UnitGraph graph = graphs.get(i);
      int[] part = new int[graph.size()];
      if (counts[i] > 1) {
        Path file = dir.resolve(i + ".graph");
        metisSeconds += run(graph, file, counts[i], seed, Math.round(1000 * scoring.settings().band()));
        Path partition = dir.resolve(i + ".graph.part." + counts[i]);
        try (var in = Files.newBufferedReader(partition, StandardCharsets.US_ASCII)) {
          part = MetisFormat.readPartition(graph, in);
        }
        Files.delete(partition);
      }
      layouts.add(generator.layOut(graph, part));
    }
    return scoring.score(layouts, metisSeconds, (System.nanoTime() - start) / 1e9);
  }

  /** Runs gpmetis on one graph file; returns its own "Partitioning" time in seconds. */
  private double run(UnitGraph graph, Path file, int parts, int seed, long ufactor) throws IOException {
    Process process = new ProcessBuilder(gpmetis.toString(), "-ptype=kway", "-contig", "-ufactor=" + ufactor,
        "-seed=" + seed, file.toString(), String.valueOf(parts))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(String.format("gpmetis %s failed (exit %d) on parent %s, %d parts, seed %d:%n%s",
            gpmetis, exit, graph.parent(), parts, seed, output));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while gpmetis partitioned parent " + graph.parent(), e);
    }
    Matcher time = METIS_TIME.matcher(output);
    if (!time.find()) {
      throw new IllegalStateException(String.format("gpmetis %s reported no partitioning time for parent %s:%n%s",
          gpmetis, graph.parent(), output));
    }
    return Double.parseDouble(time.group(1));
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("gpmetis-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for METIS graphs", e);
    }
  }

  private static void deleteAll(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /**
   * Prints the side-by-side tables for the anchors' city (seed 20240601), or a city of {@code args[0]}
   * households: every household a unit at a target of 100, and every building a unit at a target of
   * 300, both with the default settings and with the band as the only balance constraint (as gpmetis
   * is given).
   */
  public static void main(String[] args) {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticCity.DEFAULT_HOUSEHOLDS;
    SyntheticCity city = SyntheticCity.scaled(20240601, households);
    GpmetisComparison comparison = onPath(SEEDS);
    List<UnitGraph> points = LayoutGenerator.of(LayoutSettings.of(100)).graphs(city.communities(), city.households());
    for (GpmetisResult result : comparison.anchorsInstances(city, points)) {
      System.out.println(result.markdown());
    }
  }

  /**
   * The instances of anchors §7 on {@code city}: household points at a target of 100 with the default
   * settings (laid out from {@code householdGraphs}, the city's household graphs at that target), and
   * buildings at a target of 300 with the default settings and with the band alone.
   */
  public ImmutableList<GpmetisResult> anchorsInstances(SyntheticCity city, List<UnitGraph> householdGraphs) {
    LayoutSettings buildings = LayoutSettings.of(300);
    List<UnitGraph> graphs = LayoutGenerator.of(buildings).graphs(city.communities(), city.buildings());
    return ImmutableList.of(
        compareGraphs("household points, target 100", LayoutSettings.of(100), city.communities(), householdGraphs),
        compareGraphs("buildings as units, target 300", buildings, city.communities(), graphs),
        compareGraphs("buildings as units, target 300, band only (mean tolerance ±10 %)",
            buildings.withMeanTolerance(buildings.band()), city.communities(), graphs));
  }

  /** Scores layouts of one instance the same way, whichever partitioner made them. */
  private record Scoring(LayoutSettings settings, List<LayoutParent> parents, List<UnitGraph> graphs, int[] counts,
      Set<String> flagged) {
    LayoutScore score(List<Layout> layouts, double seconds, double wallSeconds) {
      List<LayoutGrid> grids = new ArrayList<>();
      int crossings = 0;
      int notContiguous = 0;
      int empty = 0;
      int outsideBand = 0;
      int unflagged = 0;
      for (int i = 0; i < layouts.size(); i++) {
        Layout layout = layouts.get(i);
        PreparedGeometry parent = PreparedGeometryFactory.prepare(parents.get(i).area().buffer(0.001));
        boolean connected = graphs.get(i).components() <= 1;
        empty += Math.max(0, counts[i] - layout.grids().size());
        for (LayoutGrid grid : layout.grids()) {
          grids.add(grid);
          crossings += parent.covers(grid.area()) ? 0 : 1;
          notContiguous += connected && !grid.isContiguous() ? 1 : 0;
          if (grid.households() < settings.minimum() || grid.households() > settings.maximum()) {
            outsideBand++;
            unflagged += flagged.contains(grid.parent()) ? 0 : 1;
          }
        }
      }
      return new LayoutScore(LayoutMetrics.of(new Layout(ImmutableList.copyOf(grids),
          ImmutableList.of()), settings), crossings, notContiguous, empty, outsideBand, unflagged, seconds,
          wallSeconds);
    }
  }
}
