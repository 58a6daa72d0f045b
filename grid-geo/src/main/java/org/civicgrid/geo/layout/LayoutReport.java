package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.policy.StaffPlan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The figures a layout is judged by, per grid ({@link GridFigures}) and summarised ({@link
 * LayoutSummary}): households, residents and deviation from the target, area, Polsby-Popper and hull
 * compactness, neighbours, staff workload, patrol tour and its BHH estimate, and the distance from each
 * household to its grid's service point (layout anchors §3, §7). Rendered as Markdown ({@link
 * #toMarkdown}), CSV ({@link #toCsv}) and JSON ({@link #toJson}); {@link LayoutComparison} sets two side
 * by side.
 *
 * <p>Households are counted from the sites given, each placed by point in polygon: a site on an edge
 * several grids share counts in the lowest-coded of them, and a site in no grid is counted in the summary
 * ({@link LayoutSummary#outsideSites()}, {@link #firstOutside()}) rather than dropped. Pass the sites the
 * layout was made of; a layout read back from a file is measured against the households given with it. A
 * grid's service point is the site from which its households' summed distance is least (the weighted
 * medoid) unless {@link Options#servicePoints} names one. Patrol tours are nearest-neighbour tours
 * improved by 2-opt with bounded work, so 200,000 households take a few seconds.
 *
 * <pre>{@code
 * LayoutReport report = LayoutReport.of(layout, city.households(), LayoutSettings.of(100),
 *     LayoutReport.Options.defaults().staffedBy(plan));
 * Files.writeString(out, report.toMarkdown());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LayoutReport {
  private final LayoutSettings settings;
  private final ImmutableList<GridFigures> grids;
  private final LayoutSummary summary;
  private final Optional<HouseholdSite> firstOutside;
  private final int worstGrids;
  /** Which grid each site lies in, for {@link LayoutComparison}; never exposed. */
  private final SiteAssignment assignment;

  private LayoutReport(LayoutSettings settings, ImmutableList<GridFigures> grids, LayoutSummary summary,
      Optional<HouseholdSite> firstOutside, int worstGrids, SiteAssignment assignment) {
    this.assignment = assignment;
    this.settings = settings;
    this.grids = grids;
    this.summary = summary;
    this.firstOutside = firstOutside;
    this.worstGrids = worstGrids;
  }

  /** The report of {@code layout} with {@link Options#defaults()}: no staffing, medoid service points. */
  public static LayoutReport of(Layout layout, List<HouseholdSite> sites, LayoutSettings settings) {
    return of(layout, sites, settings, Options.defaults());
  }

  /**
   * The report of {@code layout} over {@code sites}, against the target of {@code settings}.
   *
   * @throws IllegalArgumentException when {@code options} names a service point of a grid the layout
   *     lacks
   * @throws CivicGridException as the staffing function throws, e.g. {@code NOT_FOUND} when a staff plan
   *     lacks a grid of the layout
   */
  public static LayoutReport of(Layout layout, List<HouseholdSite> sites, LayoutSettings settings,
      Options options) {
    checkNotNull(layout, "layout");
    checkNotNull(sites, "sites");
    checkNotNull(settings, "settings");
    checkNotNull(options, "options");
    List<LayoutGrid> layoutGrids = layout.grids();
    List<String> codes = layoutGrids.stream().map(LayoutGrid::code).toList();
    for (String code : options.servicePoints.keySet()) {
      checkArgument(codes.contains(code), "service point of grid %s, which the layout lacks", code);
    }
    List<Geometry> areas = layoutGrids.stream().map(LayoutGrid::area).toList();
    SiteAssignment assignment = SiteAssignment.of(codes, areas, sites);
    int[][] members = members(assignment.gridOf, layoutGrids.size());
    int[] neighbours = GridNeighbours.count(areas);
    double[] distance = new double[sites.size()];
    ImmutableList.Builder<GridFigures> figures = ImmutableList.builder();
    List<LayoutGrid> counted = new ArrayList<>(layoutGrids.size());
    for (int g = 0; g < layoutGrids.size(); g++) {
      LayoutGrid grid = layoutGrids.get(g);
      GridFigures f = measure(grid, areas.get(g), sites, members[g], neighbours[g], settings, options, distance);
      figures.add(f);
      counted.add(new LayoutGrid(grid.code(), grid.parent(), f.households(), f.sites(), areas.get(g)));
    }
    ImmutableList<GridFigures> all = figures.build();
    LayoutMetrics metrics = LayoutMetrics.of(new Layout(ImmutableList.copyOf(counted), layout.findings()), settings);
    LayoutSummary summary = summarise(all, sites, assignment, metrics, distance, options.workers != null);
    Optional<HouseholdSite> first = assignment.firstOutside < 0 ? Optional.empty()
        : Optional.of(sites.get(assignment.firstOutside));
    return new LayoutReport(settings, all, summary, first, options.worstGrids, assignment);
  }

  /** Per grid, the indices of its sites, in input order. */
  private static int[][] members(int[] gridOf, int grids) {
    int[] count = new int[grids];
    for (int g : gridOf) {
      if (g >= 0) {
        count[g]++;
      }
    }
    int[][] members = new int[grids][];
    for (int g = 0; g < grids; g++) {
      members[g] = new int[count[g]];
      count[g] = 0;
    }
    for (int s = 0; s < gridOf.length; s++) {
      int g = gridOf[s];
      if (g >= 0) {
        members[g][count[g]++] = s;
      }
    }
    return members;
  }

  /** The figures of one grid; writes each of its sites' distance to the service point into {@code distance}. */
  private static GridFigures measure(LayoutGrid grid, Geometry area, List<HouseholdSite> sites, int[] members,
      int neighbours, LayoutSettings settings, Options options, double[] distance) {
    int n = members.length;
    double[] x = new double[n];
    double[] y = new double[n];
    int[] w = new int[n];
    int households = 0;
    long residents = 0;
    for (int i = 0; i < n; i++) {
      HouseholdSite site = sites.get(members[i]);
      x[i] = site.east();
      y[i] = site.north();
      w[i] = site.households();
      households += site.households();
      residents += site.residents();
    }
    Coordinate given = options.servicePoints.get(grid.code());
    Coordinate service;
    if (given != null) {
      service = given;
    } else if (n > 0) {
      int medoid = GridMeasure.medoid(x, y, w);
      service = new Coordinate(x[medoid], y[medoid]);
    } else {
      service = area.getInteriorPoint().getCoordinate();
    }
    double[] d = GridMeasure.distances(x, y, service.getX(), service.getY());
    for (int i = 0; i < n; i++) {
      distance[members[i]] = d[i];
    }
    double[] tourX = new double[n + 1];
    double[] tourY = new double[n + 1];
    tourX[0] = service.getX();
    tourY[0] = service.getY();
    System.arraycopy(x, 0, tourX, 1, n);
    System.arraycopy(y, 0, tourY, 1, n);
    double areaSquareMetres = area.getArea();
    OptionalInt workers = options.workers == null ? OptionalInt.empty()
        : OptionalInt.of(options.workers.applyAsInt(grid.code()));
    OptionalDouble perWorker = workers.isPresent() && workers.getAsInt() > 0
        ? OptionalDouble.of((double) households / workers.getAsInt()) : OptionalDouble.empty();
    return new GridFigures(grid.code(), grid.parent(), households, residents, n,
        (households - settings.target()) / (double) settings.target(), areaSquareMetres, grid.polsbyPopper(),
        grid.hullRatio(), neighbours, workers, perWorker, PatrolTour.length(tourX, tourY),
        GridFigures.BHH * Math.sqrt(n * areaSquareMetres), service.getX(), service.getY(),
        GridMeasure.weightedMean(d, w), GridMeasure.weightedQuantile(d, w, 0.95));
  }

  private static LayoutSummary summarise(List<GridFigures> grids, List<HouseholdSite> sites,
      SiteAssignment assignment, LayoutMetrics metrics, double[] distance, boolean staffed) {
    int inside = sites.size() - assignment.outsideSites;
    double[] d = new double[inside];
    int[] w = new int[inside];
    for (int s = 0, i = 0; s < sites.size(); s++) {
      if (assignment.gridOf[s] >= 0) {
        d[i] = distance[s];
        w[i++] = sites.get(s).households();
      }
    }
    long households = grids.stream().mapToLong(GridFigures::households).sum();
    long residents = grids.stream().mapToLong(GridFigures::residents).sum();
    double maxDeviation = grids.stream().mapToDouble(g -> Math.abs(g.deviation())).max().orElse(0);
    OptionalLong workers = staffed
        ? OptionalLong.of(grids.stream().mapToLong(g -> g.fullTimeWorkers().orElse(0)).sum()) : OptionalLong.empty();
    Optional<Spread> perWorker = staffed ? Optional.of(Spread.of(grids.stream()
        .filter(g -> g.householdsPerFullTimeWorker().isPresent())
        .mapToDouble(g -> g.householdsPerFullTimeWorker().getAsDouble()).toArray())) : Optional.empty();
    return new LayoutSummary(sites.size(), households, residents, assignment.outsideSites,
        assignment.outsideHouseholds, metrics, maxDeviation,
        spread(grids, g -> g.households()), spread(grids, GridFigures::areaSquareMetres),
        spread(grids, g -> g.neighbours()), spread(grids, GridFigures::patrolMetres),
        spread(grids, GridFigures::bhhMetres), GridMeasure.weightedMean(d, w),
        GridMeasure.weightedQuantile(d, w, 0.95), workers, perWorker);
  }

  private static Spread spread(List<GridFigures> grids, ToDoubleFunction<GridFigures> figure) {
    return Spread.of(grids.stream().mapToDouble(figure).toArray());
  }

  SiteAssignment assignment() {
    return assignment;
  }

  public LayoutSettings settings() {
    return settings;
  }

  /** Every grid's figures, in the layout's order. */
  public ImmutableList<GridFigures> grids() {
    return grids;
  }

  /**
   * The figures of the grid with this code.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the code
   */
  public GridFigures grid(String code) {
    checkNotNull(code, "code");
    return grids.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow(() ->
        new CivicGridException(ErrorCode.NOT_FOUND, "no grid " + code + " in this layout report"));
  }

  public LayoutSummary summary() {
    return summary;
  }

  /** The first site, in input order, that lies in no grid; empty when every site lies in one. */
  public Optional<HouseholdSite> firstOutside() {
    return firstOutside;
  }

  /** The summary and the grids furthest from the target and least compact, as Markdown. */
  public String toMarkdown() {
    return LayoutReportText.markdown(this, worstGrids);
  }

  /** One row per grid under a header row, comma-separated, numbers with a decimal point. */
  public String toCsv() {
    return LayoutReportText.csv(this);
  }

  /** The summary and every grid as a JSON document, pretty-printed. */
  public String toJson() {
    return LayoutReportText.json(this);
  }

  @Override
  public String toString() {
    return "LayoutReport[" + grids.size() + " grids, " + summary.households() + " households]";
  }

  /**
   * What a {@link LayoutReport} is told beside the layout: how many full-time workers staff each grid,
   * where grids' service points are, and how many worst grids the Markdown lists. Immutable and
   * thread-safe when the staffing function is; each method returns a changed copy.
   */
  public static final class Options {
    private static final Options DEFAULTS = new Options(null, ImmutableMap.of(), 10);

    private final ToIntFunction<String> workers;
    private final ImmutableMap<String, Coordinate> servicePoints;
    private final int worstGrids;

    private Options(ToIntFunction<String> workers, ImmutableMap<String, Coordinate> servicePoints,
        int worstGrids) {
      this.workers = workers;
      this.servicePoints = servicePoints;
      this.worstGrids = worstGrids;
    }

    /** No staffing, every service point the weighted medoid, the 10 worst grids listed. */
    public static Options defaults() {
      return DEFAULTS;
    }

    /** Each grid staffed with as many full-time workers as {@code workersPerGrid} gives for its code. */
    public Options workersPerGrid(ToIntFunction<String> workersPerGrid) {
      return new Options(checkNotNull(workersPerGrid, "workersPerGrid"), servicePoints, worstGrids);
    }

    /**
     * Each grid staffed with the full-time workers {@code plan} requires of the grid with its code; make
     * the plan over the hierarchy of the layout's grids ({@link Layout#nodes}).
     */
    public Options staffedBy(StaffPlan plan) {
      checkNotNull(plan, "plan");
      return workersPerGrid(code -> plan.fullTimeWorkers(GridCode.of(code)));
    }

    /** These service points, metres east and north by grid code, instead of the grids' medoids. */
    public Options servicePoints(Map<String, Coordinate> byGrid) {
      ImmutableMap.Builder<String, Coordinate> copies = ImmutableMap.builder();
      checkNotNull(byGrid, "byGrid").forEach((code, point) -> {
        checkArgument(point != null && Double.isFinite(point.getX()) && Double.isFinite(point.getY()),
            "service point of grid %s is not a finite point: %s", code, point);
        copies.put(code, new Coordinate(point.getX(), point.getY()));
      });
      return new Options(workers, copies.build(), worstGrids);
    }

    /** How many grids each worst-grid table of the Markdown lists, 0 or more. */
    public Options worstGrids(int count) {
      checkArgument(count >= 0, "worst grids %s is negative", count);
      return new Options(workers, servicePoints, count);
    }
  }
}
