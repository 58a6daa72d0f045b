package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Generates grid layouts (issue 7): divides each parent's households into grids that never cross the
 * parent, are contiguous, hold a number of households inside the settings' band, and are compact.
 * Each parent is laid out on its own: the grid count is the whole number in the band nearest the
 * target (a parent where none exists is flagged with the reason), the units are cut by contiguous
 * recursive bisection ({@code Bisection}), and boundary moves that keep every part connected then
 * balance the parts and shorten their shared borders ({@code BoundaryRefinement}). Pair re-splits
 * then cut the union of two neighbouring parts afresh ({@code PairResplit}): they pass excess
 * households on where moving single whole buildings cannot, and shorten borders further. If grids are
 * still outside the band, up to {@value #OTHER_COUNTS} other grid counts in the band are tried and the
 * count leaving the fewest such grids is kept; if some remain, the parent is flagged {@link
 * LayoutProblem#UNITS_TOO_COARSE}. Grids of
 * neighbouring parents are then given each other's vertices along the parents' shared borders, so
 * that the grids of all parents form one edge-matched coverage ({@code ParentBorders}). Whatever the
 * result still misses is reported as a {@link LayoutFinding}, never silently.
 *
 * <p>Deterministic: the same settings and input give equal layouts. Immutable and thread-safe.
 *
 * <pre>{@code
 * Layout layout = LayoutGenerator.of(LayoutSettings.of(100)).generate(city.communities(), city.households());
 * }</pre>
 */
public final class LayoutGenerator {
  /** Passes of boundary moves per parent; each pass visits every unit once. */
  static final int REFINEMENT_PASSES = 30;
  /**
   * Rounds of pair re-splits that only balance: coarse units (whole buildings) pass a part's excess on
   * through its neighbours, one pair per step.
   */
  static final int BALANCE_ROUNDS = 20;
  /**
   * Above this many units per grid a parent gets one round of compacting pair re-splits (a round costs
   * growths over every pair's units); at or below it, where a round is cheap and single-unit moves
   * are too coarse to smooth borders, {@link #COARSE_COMPACTION_ROUNDS}.
   */
  static final int FINE_UNITS_PER_GRID = 40;
  static final int COARSE_COMPACTION_ROUNDS = 6;
  /** Other grid counts tried, nearest the target first, when the first leaves grids outside the band. */
  static final int OTHER_COUNTS = 2;
  private static final GeometryFactory FACTORY = new GeometryFactory(UnitGraph.MILLIMETRES);

  private final LayoutSettings settings;

  private LayoutGenerator(LayoutSettings settings) {
    this.settings = settings;
  }

  public static LayoutGenerator of(LayoutSettings settings) {
    return new LayoutGenerator(checkNotNull(settings, "settings"));
  }

  public LayoutSettings settings() {
    return settings;
  }

  /**
   * Lays out every parent. A site on the border of several parents belongs to the first of them.
   *
   * @throws LayoutInputException naming the first site that lies outside every parent
   * @throws IllegalArgumentException if two parents have the same id
   */
  public Layout generate(List<LayoutParent> parents, List<HouseholdSite> sites) {
    List<UnitGraph> graphs = graphs(parents, sites);
    List<Layout> layouts = new ArrayList<>();
    for (UnitGraph graph : graphs) {
      layouts.add(layOut(graph));
    }
    return ParentBorders.matched(parents, Layout.concat(layouts));
  }

  /**
   * The unit graph of each parent, in parent order: the sites assigned to the parent that covers
   * them, buildings above the band split if the settings allow.
   *
   * @throws LayoutInputException naming the first site that lies outside every parent
   */
  public ImmutableList<UnitGraph> graphs(List<LayoutParent> parents, List<HouseholdSite> sites) {
    checkNotNull(parents, "parents");
    checkNotNull(sites, "sites");
    Set<String> ids = new HashSet<>();
    STRtree tree = new STRtree();
    List<PreparedGeometry> areas = new ArrayList<>();
    List<List<HouseholdSite>> assigned = new ArrayList<>();
    for (int p = 0; p < parents.size(); p++) {
      LayoutParent parent = parents.get(p);
      checkArgument(ids.add(parent.id()), "parent %s is given twice", parent.id());
      Geometry area = parent.area();
      areas.add(PreparedGeometryFactory.prepare(area));
      assigned.add(new ArrayList<>());
      tree.insert(area.getEnvelopeInternal(), p);
    }
    for (int s = 0; s < sites.size(); s++) {
      HouseholdSite site = sites.get(s);
      int owner = owner(tree, areas, site);
      if (owner < 0) {
        throw new LayoutInputException(String.format("site %d at (%s, %s) with %d households lies outside every parent",
            s, site.east(), site.north(), site.households()));
      }
      assigned.get(owner).addAll(split(site, s, areas.get(owner)));
    }
    ImmutableList.Builder<UnitGraph> graphs = ImmutableList.builder();
    for (int p = 0; p < parents.size(); p++) {
      graphs.add(UnitGraph.of(parents.get(p), assigned.get(p)));
    }
    return graphs.build();
  }

  private static int owner(STRtree tree, List<PreparedGeometry> areas, HouseholdSite site) {
    Point point = FACTORY.createPoint(new Coordinate(site.east(), site.north()));
    int owner = Integer.MAX_VALUE;
    for (Object hit : tree.query(new Envelope(site.east(), site.east(), site.north(), site.north()))) {
      int p = (Integer) hit;
      if (p < owner && areas.get(p).covers(point)) {
        owner = p;
      }
    }
    return owner == Integer.MAX_VALUE ? -1 : owner;
  }

  /** The site, or, if it is a building above the band that may be split, pieces of about the target around it. */
  private List<HouseholdSite> split(HouseholdSite site, int index, PreparedGeometry area) {
    if (!settings.splitBuildings() || site.households() <= settings.maximum()) {
      return List.of(site);
    }
    int pieces = (int) Math.ceil((double) site.households() / settings.target());
    double turn = new Random(settings.seed() * 31 + index).nextDouble() * 2 * Math.PI;
    List<HouseholdSite> out = new ArrayList<>();
    for (int i = 0; i < pieces; i++) {
      int households = site.households() / pieces + (i < site.households() % pieces ? 1 : 0);
      double angle = turn + 2 * Math.PI * i / pieces;
      double east = UnitGraph.MILLIMETRES.makePrecise(site.east() + Math.cos(angle));
      double north = UnitGraph.MILLIMETRES.makePrecise(site.north() + Math.sin(angle));
      boolean inside = area.covers(FACTORY.createPoint(new Coordinate(east, north)));
      out.add(inside ? new HouseholdSite(east, north, households) : new HouseholdSite(site.east(), site.north(),
          households));
    }
    return out;
  }

  /** Lays out one parent from its unit graph (the partition stage alone). */
  public Layout layOut(UnitGraph graph) {
    checkNotNull(graph, "graph");
    String parent = graph.parent();
    List<LayoutFinding> findings = new ArrayList<>();
    int total = graph.totalHouseholds();
    if (graph.size() == 0) {
      findings.add(LayoutFinding.ofParent(parent, LayoutProblem.EMPTY_PARENT, "no households"));
      return new Layout(ImmutableList.of(), ImmutableList.copyOf(findings));
    }
    int k = gridCount(parent, total, findings);
    for (int u = 0; u < graph.size(); u++) {
      if (graph.households(u) > settings.maximum()) {
        findings.add(LayoutFinding.ofParent(parent, LayoutProblem.BUILDING_ABOVE_BAND, String.format(
            "building at (%s, %s) has %d households, band %s", graph.east(u), graph.north(u), graph.households(u),
            band())));
      }
    }
    if (!graph.isConnected()) {
      findings.add(LayoutFinding.ofParent(parent, LayoutProblem.DISCONNECTED_PARENT,
          graph.components() + " pieces of units"));
    }
    int[] part = partitioned(graph, Math.min(k, graph.size()));
    List<Integer> tried = new ArrayList<>(List.of(k));
    for (int other : otherCounts(total, k)) {
      if (misses(graph, part) == 0) {
        break;
      }
      tried.add(other);
      int[] candidate = partitioned(graph, Math.min(other, graph.size()));
      if (misses(graph, candidate) < misses(graph, part)) {
        part = candidate;
      }
    }
    int misses = misses(graph, part);
    if (misses > 0 && findings.isEmpty()) {
      findings.add(LayoutFinding.ofParent(parent, LayoutProblem.UNITS_TOO_COARSE, String.format(
          "%d of %d grids outside band %s or ±%.0f%% of the mean with %s grids; largest building %d households",
          misses, parts(part), band(), settings.meanTolerance() * 100, tried, largest(graph))));
    }
    return graded(graph, part, parts(part), findings);
  }

  /** Bisection, boundary moves, pair re-splits that balance and compact, and boundary moves again. */
  private int[] partitioned(UnitGraph graph, int k) {
    int[] part = new Bisection(graph).partition(k);
    int parts = parts(part);
    double mean = (double) graph.totalHouseholds() / parts;
    double low = Math.max(settings.minimum(), mean * (1 - settings.meanTolerance()));
    double high = Math.min(settings.maximum(), mean * (1 + settings.meanTolerance()));
    if (low > high) {
      low = mean * (1 - settings.meanTolerance());
      high = mean * (1 + settings.meanTolerance());
    }
    new BoundaryRefinement(graph, part, parts, low, high).refine(REFINEMENT_PASSES);
    PairResplit resplit = new PairResplit(graph, part, parts, low, high);
    int compaction = graph.size() > FINE_UNITS_PER_GRID * parts ? 1 : COARSE_COMPACTION_ROUNDS;
    if (resplit.improve(compaction, false) + resplit.improve(BALANCE_ROUNDS, true) > 0) {
      new BoundaryRefinement(graph, part, parts, low, high).refine(REFINEMENT_PASSES);
    }
    return part;
  }

  private static int largest(UnitGraph graph) {
    int largest = 0;
    for (int u = 0; u < graph.size(); u++) {
      largest = Math.max(largest, graph.households(u));
    }
    return largest;
  }

  private static int parts(int[] part) {
    int parts = 0;
    for (int p : part) {
      parts = Math.max(parts, p + 1);
    }
    return parts;
  }

  /**
   * The other grid counts whose mean lies in the band, nearest the target first, at most {@link
   * #OTHER_COUNTS}: with whole buildings as units another count can leave fewer grids outside it.
   */
  private List<Integer> otherCounts(int total, int k) {
    int fewest = (int) Math.ceil(total / settings.maximum());
    int most = (int) Math.floor(total / settings.minimum());
    List<Integer> counts = new ArrayList<>();
    for (int c = Math.max(1, fewest); c <= most; c++) {
      if (c != k) {
        counts.add(c);
      }
    }
    double exact = (double) total / settings.target();
    counts.sort(Comparator.comparingDouble((Integer c) -> Math.abs(c - exact)).thenComparing(c -> c));
    return counts.subList(0, Math.min(OTHER_COUNTS, counts.size()));
  }

  /** The grids of a partition that {@link #graded} would flag as outside the band or the parent's mean. */
  private int misses(UnitGraph graph, int[] part) {
    int parts = parts(part);
    long[] households = graph.householdsByPart(part, parts);
    double mean = (double) graph.totalHouseholds() / parts;
    int misses = 0;
    for (long h : households) {
      boolean inBand = h >= settings.minimum() && h <= settings.maximum();
      misses += !inBand || Math.abs(h - mean) > mean * settings.meanTolerance() ? 1 : 0;
    }
    return misses;
  }

  /**
   * Lays out one parent as {@code part} says (for instance a partition by gpmetis read with {@link
   * MetisFormat}), so another partitioner's layout is scored by the same code: the same grids,
   * numbering and findings.
   *
   * @throws IllegalArgumentException if {@code part} does not give every unit a part from 0
   */
  public Layout layOut(UnitGraph graph, int[] part) {
    checkNotNull(graph, "graph");
    checkArgument(part.length == graph.size(), "parent %s: %s parts for %s units", graph.parent(), part.length,
        graph.size());
    int parts = 0;
    for (int p : part) {
      checkArgument(p >= 0, "parent %s: part %s is negative", graph.parent(), p);
      parts = Math.max(parts, p + 1);
    }
    List<LayoutFinding> findings = new ArrayList<>();
    if (!graph.isConnected()) {
      findings.add(LayoutFinding.ofParent(graph.parent(), LayoutProblem.DISCONNECTED_PARENT,
          graph.components() + " pieces of units"));
    }
    return graded(graph, part.clone(), parts, findings);
  }

  /** The grids of a partition, numbered, with a finding for each grid outside the band or in pieces. */
  private Layout graded(UnitGraph graph, int[] part, int parts, List<LayoutFinding> findings) {
    String parent = graph.parent();
    double mean = (double) graph.totalHouseholds() / parts;
    ImmutableList<LayoutGrid> grids = GridNumbering.numbered(parent, dissolve(graph, part, parts));
    for (LayoutGrid grid : grids) {
      boolean inBand = grid.households() >= settings.minimum() && grid.households() <= settings.maximum();
      if (!inBand || Math.abs(grid.households() - mean) > mean * settings.meanTolerance()) {
        findings.add(new LayoutFinding(parent, grid.code(), LayoutProblem.GRID_OUTSIDE_BAND, String.format(
            "%d households, band %s, parent mean %.1f ±%.0f%%", grid.households(), band(), mean,
            settings.meanTolerance() * 100)));
      }
      if (!grid.isContiguous()) {
        findings.add(new LayoutFinding(parent, grid.code(), LayoutProblem.GRID_NOT_CONTIGUOUS,
            grid.area().getNumGeometries() + " pieces"));
      }
    }
    return new Layout(grids, ImmutableList.copyOf(findings));
  }

  /** The number of grids nearest the target whose mean size is inside the band, or the nearest count flagged. */
  private int gridCount(String parent, int total, List<LayoutFinding> findings) {
    int fewest = (int) Math.ceil(total / settings.maximum());
    int most = (int) Math.floor(total / settings.minimum());
    int nearest = (int) Math.max(1, Math.round((double) total / settings.target()));
    if (fewest <= most) {
      return Math.max(fewest, Math.min(most, nearest));
    }
    if (total < settings.minimum()) {
      findings.add(LayoutFinding.ofParent(parent, LayoutProblem.TOO_FEW_HOUSEHOLDS,
          String.format("%d households, band %s", total, band())));
    } else {
      findings.add(LayoutFinding.ofParent(parent, LayoutProblem.NO_FEASIBLE_COUNT, String.format(
          "%d households: %d grids hold %.1f each, %d hold %.1f, band %s", total, nearest,
          (double) total / nearest, nearest + 1, (double) total / (nearest + 1), band())));
    }
    return nearest;
  }

  private String band() {
    return String.format("%.0f–%.0f", settings.minimum(), settings.maximum());
  }

  /** Each part's cells united; parts in part order, with unit counts and households. */
  private static List<LayoutGrid> dissolve(UnitGraph graph, int[] part, int parts) {
    List<List<Geometry>> cells = new ArrayList<>();
    int[] households = new int[parts];
    for (int p = 0; p < parts; p++) {
      cells.add(new ArrayList<>());
    }
    for (int u = 0; u < part.length; u++) {
      Geometry cell = graph.cellShared(u);
      for (int i = 0; i < cell.getNumGeometries(); i++) {
        if (!cell.getGeometryN(i).isEmpty()) {
          cells.get(part[u]).add(cell.getGeometryN(i));
        }
      }
      households[part[u]] += graph.households(u);
    }
    List<LayoutGrid> grids = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      if (cells.get(p).isEmpty()) {
        continue;
      }
      Geometry area = CoverageUnion.union(cells.get(p).toArray(Geometry[]::new));
      grids.add(new LayoutGrid("", graph.parent(), households[p], cells.get(p).size(), area));
    }
    return grids;
  }
}
