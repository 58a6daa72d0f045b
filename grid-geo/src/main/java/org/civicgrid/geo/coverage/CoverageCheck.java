package org.civicgrid.geo.coverage;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Checks that the boundaries of a hierarchy form a coverage at every level (横向到边、纵向到底): the
 * grids of a level never overlap and meet along edges that match vertex-for-vertex, and the children
 * of each parent tile it, with no gap and nothing outside. Every problem is reported with its
 * geometry and, for gaps, overlaps and parts outside, its area in m². Grids without a boundary and
 * boundaries of grids the hierarchy does not have are reported too.
 *
 * <p>Areas are city-scale accurate: the area in square degrees times the metres per degree at the
 * geometry's centroid latitude, within 0.1 % of the ellipsoidal area for anything up to a county
 * some 30 km across. Edges that come within about a centimetre of each other without sharing their
 * vertices count as unmatched, so a vertex added to one side of a shared edge is found even though
 * it lies only a rounding error off the other side.
 *
 * <p>Built on the JTS coverage package: {@code CoverageValidator} over a whole level, {@code
 * CoverageUnion} of each parent's children, {@code CoverageGapFinder} where no parent boundary
 * exists. Immutable and thread-safe; options return a new check.
 *
 * <pre>{@code
 * CoverageReport report = CoverageCheck.of(hierarchy, layer).checkAll();
 * }</pre>
 */
public final class CoverageCheck {
  /**
   * Gaps, overlaps and parts outside of at most this many m² are digitising noise, not findings; so
   * are hairlines thinner on average than 1 cm, however long.
   */
  public static final double DEFAULT_AREA_TOLERANCE = 1.0;
  /** Gaps narrower than this many metres are found among grids that have no parent boundary. */
  public static final double DEFAULT_GAP_WIDTH = 10.0;

  private static final GeometryFactory NOWHERE = new GeometryFactory();

  private final GridHierarchy hierarchy;
  private final BoundaryLayer layer;
  private final double areaTolerance;
  private final double gapWidthMetres;

  private CoverageCheck(GridHierarchy hierarchy, BoundaryLayer layer, double areaTolerance, double gapWidthMetres) {
    this.hierarchy = hierarchy;
    this.layer = layer;
    this.areaTolerance = areaTolerance;
    this.gapWidthMetres = gapWidthMetres;
  }

  /** A check of {@code layer}'s boundaries against {@code hierarchy}, with the default tolerances. */
  public static CoverageCheck of(GridHierarchy hierarchy, BoundaryLayer layer) {
    return new CoverageCheck(checkNotNull(hierarchy, "hierarchy"), checkNotNull(layer, "layer"),
        DEFAULT_AREA_TOLERANCE, DEFAULT_GAP_WIDTH);
  }

  /** This check, ignoring gaps, overlaps and parts outside of at most {@code squareMetres}. */
  public CoverageCheck withAreaTolerance(double squareMetres) {
    checkArgument(Double.isFinite(squareMetres) && squareMetres >= 0,
        "area tolerance %s m² is negative or not finite", squareMetres);
    return new CoverageCheck(hierarchy, layer, squareMetres, gapWidthMetres);
  }

  /** This check, finding gaps up to {@code metres} wide among grids that have no parent boundary. */
  public CoverageCheck withGapWidth(double metres) {
    checkArgument(Double.isFinite(metres) && metres > 0, "gap width %s m is not positive", metres);
    return new CoverageCheck(hierarchy, layer, areaTolerance, metres);
  }

  public double areaTolerance() {
    return areaTolerance;
  }

  public double gapWidthMetres() {
    return gapWidthMetres;
  }

  /**
   * The findings for one level: its grids' missing boundaries, overlaps and unmatched edges across
   * the level, how its grids tile each of their parents (and a parent's missing boundary), and the
   * boundaries of grids the hierarchy does not have. A parent whose children are of several levels
   * (Fuxin's county holds subdistricts and townships) is tiled by all of them, so the grids of those
   * other levels under the same parents are checked with this level's.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no level with this id
   */
  public CoverageReport check(Level level) {
    Level own = hierarchy.scheme().level(checkNotNull(level, "level").id());
    List<Grid> grids = hierarchy.grids(own);
    Set<Grid> tier = new LinkedHashSet<>(grids);
    for (Grid grid : grids) {
      tier.addAll(grid.parent().map(Grid::children).orElse(hierarchy.tops()));
    }
    Run run = new Run();
    run.unknownGrids();
    run.tier(List.copyOf(tier));
    return CoverageReport.of(run.findings);
  }

  /**
   * The findings for every grid, top down by depth in the hierarchy: the grids at one depth are
   * checked together whatever their levels, so each parent is tiled by all its children and, say, a
   * subdistrict and the township next to it must match along their shared edge.
   */
  public CoverageReport checkAll() {
    Map<Integer, List<Grid>> byDepth = new TreeMap<>();
    for (Grid grid : hierarchy.grids()) {
      byDepth.computeIfAbsent(grid.depth(), d -> new ArrayList<>()).add(grid);
    }
    Run run = new Run();
    run.unknownGrids();
    byDepth.values().forEach(run::tier);
    return CoverageReport.of(run.findings);
  }

  @Override
  public String toString() {
    return "CoverageCheck[" + hierarchy + ", " + layer + "]";
  }

  /** One run's findings, reporting each missing boundary once. */
  private final class Run {
    private final List<CoverageFinding> findings = new ArrayList<>();
    private final Set<Grid> reportedMissing = new HashSet<>();

    void unknownGrids() {
      for (Boundary boundary : layer.boundaries()) {
        if (!hierarchy.contains(boundary.grid())) {
          findings.add(CoverageFinding.of(CoverageRule.UNKNOWN_GRID, boundary.grid().value(),
              "has a boundary but is not a grid of the hierarchy", boundary.area()));
        }
      }
    }

    /** Checks {@code grids} as one coverage: the grids of a level, or of a depth, with their siblings. */
    void tier(List<Grid> grids) {
      if (grids.isEmpty()) {
        return;
      }
      List<Grid> bounded = new ArrayList<>(grids.size());
      List<Geometry> areas = new ArrayList<>(grids.size());
      for (Grid grid : grids) {
        Optional<Geometry> area = area(grid);
        if (area.isPresent()) {
          bounded.add(grid);
          areas.add(area.get());
        }
      }
      boolean[] invalid = areas.isEmpty() ? new boolean[0]
          : LevelOverlaps.check(bounded, areas.toArray(Geometry[]::new), areaTolerance, findings);
      Map<Optional<Grid>, Family> families = new LinkedHashMap<>();
      int k = 0;
      for (Grid grid : grids) {
        Family family = families.computeIfAbsent(grid.parent(), p -> new Family());
        if (k < bounded.size() && bounded.get(k) == grid) {
          family.add(grid, areas.get(k), invalid[k]);
          k++;
        } else {
          family.missing++;
        }
      }
      families.forEach((parent, family) -> {
        Geometry parentArea = parent.flatMap(this::area).orElse(null);
        ParentTiling.check(parent.orElse(null), parentArea, family.children, family.areas, family.valid,
            family.missing, CoverageCheck.this, findings);
      });
    }

    /** The grid's boundary, or empty after reporting it missing (once per run). */
    private Optional<Geometry> area(Grid grid) {
      Optional<Boundary> boundary = layer.boundary(grid.code());
      if (boundary.isEmpty() && reportedMissing.add(grid)) {
        findings.add(CoverageFinding.of(CoverageRule.MISSING_BOUNDARY, grid.code().value(),
            "the " + grid.level().id() + " " + grid.name() + " has no boundary", NOWHERE.createEmpty(2)));
      }
      return boundary.map(Boundary::area);
    }
  }

  /** The children of one parent at the level being checked. */
  private static final class Family {
    final List<Grid> children = new ArrayList<>();
    final List<Geometry> areas = new ArrayList<>();
    boolean valid = true;
    int missing;

    void add(Grid grid, Geometry area, boolean invalid) {
      children.add(grid);
      areas.add(area);
      valid &= !invalid;
    }
  }
}
