package org.civicgrid.geo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.geo.SyntheticCity;
import org.civicgrid.geo.patrol.PatrolAnalyser;
import org.civicgrid.geo.patrol.PatrolArea;
import org.civicgrid.geo.patrol.PatrolReport;
import org.civicgrid.geo.patrol.PatrolRequirement;
import org.civicgrid.geo.patrol.Track;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's acceptance figure: one month of patrol tracks for 300 grid workers, one position every
 * 10 s around the clock (about 77 million positions), judged against seed 003's rule in at most
 * 10 s. Each worker patrols one compound of a {@link SyntheticCity} around Fuxin (3,600 building
 * grids, about 300 compounds of 1–4 km²). The tracks come from {@link PatrolMonths}, which mixes
 * patrols, waiting, commuting, nights at home, phones switched off and GPS jumps. Tracks are in
 * WGS-84 or GCJ-02, and the boundaries are always WGS-84, so GCJ-02 adds the lattice conversion.
 *
 * <p>{@code month300Workers} analyses every worker, one task each, on a fixed pool with one thread
 * per processor, as a service would (single shots, milliseconds). {@code perPosition} analyses
 * one worker's month on one thread and reports nanoseconds per position.
 *
 * <pre>
 * mvn -B -o -Pbench -pl grid-core,grid-geo test-compile exec:exec -Dbench="PatrolAnalysisBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PatrolAnalysisBenchmark {
  private static final int WORKERS = 300;

  @Param({"WGS84", "GCJ02"})
  String system;

  private final PatrolAnalyser analyser = PatrolAnalyser.of(PatrolRequirement.fullTimeWorker());
  private Track[] tracks;
  private PatrolArea[] areas;
  private ExecutorService pool;
  private int next;

  @Setup(Level.Trial)
  public void generate() throws Exception {
    SyntheticCity city = SyntheticCity.of(2026, 3600);
    List<Grid> compounds = city.hierarchy().grids(city.level("compound"));
    tracks = new Track[WORKERS];
    areas = new PatrolArea[WORKERS];
    pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<?>> made = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      made.add(pool.submit(() -> {
        Grid grid = compounds.get(worker % compounds.size());
        areas[worker] = PatrolArea.of(city.layer(), grid.code());
        tracks[worker] = PatrolMonths.month(PersonId.of(String.format("fx-%04d", worker)), worker,
            city.layer().boundary(grid.code()).orElseThrow().area(), CoordinateSystem.valueOf(system));
      }));
    }
    for (Future<?> f : made) {
      f.get();
    }
    long positions = 0;
    for (Track track : tracks) {
      positions += track.size();
    }
    PatrolReport sample = analyser.analyse(tracks[0], areas[0], PatrolMonths.FIRST_DAY,
        PatrolMonths.FIRST_DAY.plusDays(PatrolMonths.DAYS - 1));
    System.out.printf("%n%d compounds, %d workers, %,d positions in %s; worker 0: %d of %d days fail, "
            + "%d patrols, %d positions discarded as noise%n",
        compounds.size(), WORKERS, positions, system, sample.failingDays().size(), sample.days().size(),
        sample.days().stream().mapToInt(d -> d.patrols().size()).sum(), sample.discarded().size());
  }

  @TearDown(Level.Trial)
  public void stopPool() {
    pool.shutdownNow();
  }

  /** The acceptance figure: every worker's month, one task per worker on the pool. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int month300Workers() throws InterruptedException, ExecutionException {
    List<Future<PatrolReport>> reports = new ArrayList<>(WORKERS);
    for (int w = 0; w < WORKERS; w++) {
      Track track = tracks[w];
      PatrolArea area = areas[w];
      reports.add(pool.submit(() -> analyser.analyse(track, area, PatrolMonths.FIRST_DAY,
          PatrolMonths.FIRST_DAY.plusDays(PatrolMonths.DAYS - 1))));
    }
    int failing = 0;
    for (Future<PatrolReport> report : reports) {
      failing += report.get().failingDays().size();
    }
    return failing;
  }

  /**
   * One worker's month on one thread, per position. The figure divides by the mean positions per
   * worker, about 257,000 (a month at 10 s less the phone's silences).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(257_000)
  public PatrolReport perPosition() {
    int w = next;
    next = (next + 1) % WORKERS;
    return analyser.analyse(tracks[w], areas[w], PatrolMonths.FIRST_DAY,
        PatrolMonths.FIRST_DAY.plusDays(PatrolMonths.DAYS - 1));
  }
}
