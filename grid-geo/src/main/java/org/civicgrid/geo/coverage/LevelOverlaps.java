package org.civicgrid.geo.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.geo.crs.Geodesy;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The level-wide half of a coverage check: JTS's {@link CoverageValidator} over every boundary of a
 * level at once (so edges between children of different parents are checked too), then, for the
 * grids it flags, which flagged linework is an overlap (with its area) and which is an edge that does
 * not match vertex-for-vertex. Used once per level by {@link CoverageCheck}; not thread-safe.
 */
final class LevelOverlaps {
  /** Linework closer than this (degrees, about a centimetre) to a grid is on that grid's boundary. */
  private static final double TOUCHING = 1e-7;
  /** Unmatched linework shorter than this (metres) is the noise of the overlap subtraction. */
  private static final double NOISE_METRES = 0.01;

  private final List<Grid> grids;
  private final Geometry[] areas;
  private final double areaTolerance;
  private final boolean[] invalid;
  private final Map<Integer, List<Geometry>> overlapsOf = new HashMap<>();
  private STRtree tree;

  private LevelOverlaps(List<Grid> grids, Geometry[] areas, double areaTolerance) {
    this.grids = grids;
    this.areas = areas;
    this.areaTolerance = areaTolerance;
    this.invalid = new boolean[areas.length];
  }

  /**
   * Adds the overlaps and unmatched edges among {@code areas} (the boundaries of {@code grids}, in
   * the same order) to {@code out}, and returns which grids the validator flagged.
   */
  static boolean[] check(List<Grid> grids, Geometry[] areas, double areaTolerance, List<CoverageFinding> out) {
    LevelOverlaps check = new LevelOverlaps(grids, areas, areaTolerance);
    check.run(out);
    return check.invalid;
  }

  private void run(List<CoverageFinding> out) {
    Geometry[] linework = CoverageValidator.validate(areas);
    boolean any = false;
    for (int i = 0; i < areas.length; i++) {
      invalid[i] = linework[i] != null;
      any |= invalid[i];
    }
    if (!any) {
      return;
    }
    tree = new STRtree();
    for (int i = 0; i < areas.length; i++) {
      tree.insert(areas[i].getEnvelopeInternal(), i);
    }
    tree.build();
    for (int i = 0; i < areas.length; i++) {
      if (invalid[i]) {
        findOverlaps(i, out);
      }
    }
    for (int i = 0; i < areas.length; i++) {
      if (invalid[i]) {
        findUnmatched(i, linework[i], out);
      }
    }
  }

  private void findOverlaps(int i, List<CoverageFinding> out) {
    for (int j : candidates(areas[i])) {
      // A pair of flagged grids is examined once, from the first; a flagged grid inside an unflagged
      // one is examined from the flagged side only.
      if (j == i || (invalid[j] && j < i) || !areas[i].intersects(areas[j])) {
        continue;
      }
      Geometry overlap = Parts.areal(OverlayNGRobust.overlay(areas[i], areas[j], OverlayNG.INTERSECTION));
      double squareMetres = SquareMetres.of(overlap);
      if (squareMetres > areaTolerance) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        out.add(CoverageFinding.of(CoverageRule.OVERLAP, code(first),
            "overlaps " + code(second) + " by " + SquareMetres.format(squareMetres), overlap));
        overlapsOf.computeIfAbsent(i, k -> new ArrayList<>()).add(overlap);
        overlapsOf.computeIfAbsent(j, k -> new ArrayList<>()).add(overlap);
      }
    }
  }

  private void findUnmatched(int i, Geometry linework, List<CoverageFinding> out) {
    Geometry rest = linework;
    List<Geometry> overlaps = overlapsOf.get(i);
    if (overlaps != null) {
      rest = OverlayNGRobust.overlay(linework, OverlayNGRobust.union(overlaps), OverlayNG.DIFFERENCE);
    }
    double metres = rest.getLength() * Geodesy.metresPerDegreeLatitude(areas[i].getCentroid().getY());
    if (rest.isEmpty() || metres < NOISE_METRES) {
      return;
    }
    List<String> neighbours = new ArrayList<>();
    for (int j : candidates(rest)) {
      if (j != i && rest.isWithinDistance(areas[j], TOUCHING)) {
        neighbours.add(code(j));
      }
    }
    out.add(CoverageFinding.of(CoverageRule.UNMATCHED_EDGE, code(i),
        rest.getNumPoints() + " vertices along the edge with " + (neighbours.isEmpty() ? "a neighbour" : neighbours)
            + " do not match the neighbour's vertex-for-vertex", rest));
  }

  private TreeSet<Integer> candidates(Geometry near) {
    TreeSet<Integer> found = new TreeSet<>();
    for (Object j : tree.query(near.getEnvelopeInternal())) {
      found.add((Integer) j);
    }
    return found;
  }

  private String code(int i) {
    return grids.get(i).code().value();
  }
}
