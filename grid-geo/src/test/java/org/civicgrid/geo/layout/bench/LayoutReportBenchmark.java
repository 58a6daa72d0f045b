package org.civicgrid.geo.layout.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGenerator;
import org.civicgrid.geo.layout.LayoutReport;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.SyntheticCity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The layout report on the anchors' synthetic city (issue 7): the generator's layout of 200,000
 * households into about 2,000 grids of 100, measured whole — sites into grids, neighbours, medoids,
 * patrol tours, distances. The layout is made once per trial; each shot is one report. Prints the
 * report's summary once, so a run also shows the figures.
 *
 * <pre>
 * mvn -B -o -Pbench -pl grid-core,grid-geo test-compile exec:exec -Dbench="LayoutReportBenchmark -f 1 -wi 1 -i 1"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class LayoutReportBenchmark {
  @Param({"200000"})
  public int households;

  private List<HouseholdSite> sites;
  private Layout layout;
  private LayoutSettings settings;

  @Setup(Level.Trial)
  public void layOut() {
    SyntheticCity city = SyntheticCity.scaled(20240601, households);
    sites = city.households();
    settings = LayoutSettings.of(100);
    layout = LayoutGenerator.of(settings).generate(city.communities(), sites);
    System.out.println(LayoutReport.of(layout, sites, settings).summary().figures());
  }

  /** One report of the whole layout. */
  @Benchmark
  public LayoutReport report() {
    return LayoutReport.of(layout, sites, settings);
  }
}
