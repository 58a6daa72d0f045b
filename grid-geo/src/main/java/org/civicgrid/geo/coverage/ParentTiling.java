package org.civicgrid.geo.coverage;

import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.geo.crs.Geodesy;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The per-parent half of a coverage check: do the children of one parent tile it? With a parent
 * boundary, the gaps are the parent minus the union of its children and the parts outside are each
 * child minus the parent. Without one (top-level grids, or a parent whose boundary is missing), only
 * narrow gaps between the children can be told from intended holes, with JTS's
 * {@link CoverageGapFinder}. Stateless.
 */
final class ParentTiling {
  private ParentTiling() {}

  /**
   * Adds the gaps and the parts outside the parent to {@code out}.
   *
   * @param parent the parent, or null for top-level grids
   * @param parentArea the parent's boundary, or null when it has none
   * @param children the children that have boundaries, in the order of {@code areas}
   * @param valid whether the children's boundaries form a valid coverage (no overlap, edges matched)
   * @param missing how many children have no boundary
   */
  static void check(Grid parent, Geometry parentArea, List<Grid> children, List<Geometry> areas, boolean valid,
      int missing, CoverageCheck options, List<CoverageFinding> out) {
    if (areas.isEmpty()) {
      return;
    }
    if (parentArea == null) {
      if (valid) {
        narrowGaps(parent, children, areas, options, out);
      }
      return;
    }
    Geometry union = union(areas, valid);
    if (valid && union.norm().equalsExact(parentArea.norm())) {
      return; // The usual case, a parent derived from its children: nothing to measure.
    }
    String subject = parent.code().value();
    String note = missing == 0 ? "" : " (" + missing + " of them have no boundary)";
    // One overlay finds both kinds of difference: the parts inside the parent are gaps, the rest lie outside.
    boolean outside = false;
    for (Polygon part : Parts.polygons(OverlayNGRobust.overlay(parentArea, union, OverlayNG.SYMDIFFERENCE))) {
      if (SquareMetres.isNoise(part, options.areaTolerance())) {
        continue;
      }
      double squareMetres = SquareMetres.of(part);
      if (parentArea.covers(part.getInteriorPoint())) {
        out.add(CoverageFinding.of(CoverageRule.GAP, subject, SquareMetres.format(squareMetres)
            + " of the grid lie in none of its " + (children.size() + missing) + " children" + note, part));
      } else {
        outside = true;
      }
    }
    if (outside) {
      outsideParts(subject, parentArea, children, areas, options, out);
    }
  }

  private static void outsideParts(String parent, Geometry parentArea, List<Grid> children, List<Geometry> areas,
      CoverageCheck options, List<CoverageFinding> out) {
    for (int k = 0; k < areas.size(); k++) {
      Geometry child = areas.get(k);
      if (parentArea.covers(child)) {
        continue;
      }
      Geometry part = Parts.areal(OverlayNGRobust.overlay(child, parentArea, OverlayNG.DIFFERENCE));
      if (!SquareMetres.isNoise(part, options.areaTolerance())) {
        double squareMetres = SquareMetres.of(part);
        out.add(CoverageFinding.of(CoverageRule.OUTSIDE_PARENT, children.get(k).code().value(),
            SquareMetres.format(squareMetres) + " lie outside its parent " + parent, part));
      }
    }
  }

  /** The union of a group's areas: the fast coverage union when they tile, a robust overlay when not. */
  static Geometry union(List<Geometry> areas, boolean valid) {
    if (valid) {
      try {
        return CoverageUnion.union(areas.toArray(Geometry[]::new));
      } catch (TopologyException e) {
        // The validator passed but the noder still met a conflict; the general union copes.
      }
    }
    return OverlayNGRobust.union(areas);
  }

  private static void narrowGaps(Grid parent, List<Grid> children, List<Geometry> areas, CoverageCheck options,
      List<CoverageFinding> out) {
    Geometry[] coverage = areas.toArray(Geometry[]::new);
    double latitude = coverage[0].getEnvelopeInternal().centre().y;
    double width = options.gapWidthMetres() / Geodesy.metresPerDegreeLongitude(latitude);
    Geometry lines;
    try {
      lines = CoverageGapFinder.findGaps(coverage, width);
    } catch (TopologyException e) {
      return; // Only valid coverages are searched, so this is a noder conflict; overlaps are reported.
    }
    if (lines == null || lines.isEmpty()) {
      return;
    }
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(lines);
    for (Polygon gap : Parts.polygons(polygonizer.getGeometry())) {
      if (SquareMetres.isNoise(gap, options.areaTolerance())) {
        continue;
      }
      double squareMetres = SquareMetres.of(gap);
      List<String> around = new ArrayList<>();
      for (int k = 0; k < coverage.length; k++) {
        if (gap.getEnvelopeInternal().intersects(coverage[k].getEnvelopeInternal()) && gap.intersects(coverage[k])) {
          around.add(children.get(k).code().value());
        }
      }
      String subject = parent != null ? parent.code().value() : around.isEmpty() ? "top level" : around.get(0);
      out.add(CoverageFinding.of(CoverageRule.GAP, subject, "a gap of " + SquareMetres.format(squareMetres)
          + " narrower than " + options.gapWidthMetres() + " m between " + around, gap));
    }
  }
}
