package org.civicgrid.geo.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.civicgrid.core.hierarchy.Grid;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
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
  /**
   * Edges closer than this (degrees, about a centimetre) without sharing their vertices do not match:
   * a vertex added to one side of a shared edge lies a rounding error off the other side's segment,
   * which only the validator's distance test sees.
   */
  static final double EDGE_TOLERANCE = 1e-7;

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
    CoverageValidator validator = new CoverageValidator(areas);
    validator.setGapWidth(EDGE_TOLERANCE);
    Geometry[] linework = validator.validate();
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
      if (!SquareMetres.isNoise(overlap, areaTolerance)) {
        double squareMetres = SquareMetres.of(overlap);
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        out.add(CoverageFinding.of(CoverageRule.OVERLAP, code(first),
            "overlaps " + code(second) + " by " + SquareMetres.format(squareMetres), overlap));
        overlapsOf.computeIfAbsent(i, k -> new ArrayList<>()).add(overlap);
        overlapsOf.computeIfAbsent(j, k -> new ArrayList<>()).add(overlap);
      }
    }
  }

  /**
   * Reports the flagged linework of grid {@code i} that is not explained by an overlap and lies on
   * another grid: the validator flags whole segments, so a segment that only partly meets a
   * neighbour also runs along the level's outer edge, where nothing needs to match.
   */
  private void findUnmatched(int i, Geometry linework, List<CoverageFinding> out) {
    Geometry rest = linework;
    List<Geometry> overlaps = overlapsOf.get(i);
    if (overlaps != null) {
      rest = OverlayNGRobust.overlay(linework, OverlayNGRobust.union(overlaps), OverlayNG.DIFFERENCE);
    }
    TreeSet<Integer> neighbours = new TreeSet<>();
    List<LineString> unmatched = new ArrayList<>();
    GeometryFactory factory = linework.getFactory();
    for (int k = 0; k < rest.getNumGeometries(); k++) {
      if (!(rest.getGeometryN(k) instanceof LineString line)) {
        continue;
      }
      Coordinate[] points = line.getCoordinates();
      for (int s = 0; s + 1 < points.length; s++) {
        Point middle = factory.createPoint(new Coordinate((points[s].x + points[s + 1].x) / 2,
            (points[s].y + points[s + 1].y) / 2));
        boolean onNeighbour = false;
        for (int j : candidates(line)) {
          if (j != i && areas[j].isWithinDistance(middle, EDGE_TOLERANCE)) {
            neighbours.add(j);
            onNeighbour = true;
          }
        }
        if (onNeighbour) {
          unmatched.add(factory.createLineString(new Coordinate[] {points[s], points[s + 1]}));
        }
      }
    }
    if (unmatched.isEmpty()) {
      return;
    }
    out.add(CoverageFinding.of(CoverageRule.UNMATCHED_EDGE, code(i), unmatched.size()
        + " segment(s) where it meets " + neighbours.stream().map(this::code).toList()
        + " do not match the neighbour's vertex-for-vertex",
        factory.createMultiLineString(unmatched.toArray(LineString[]::new))));
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
