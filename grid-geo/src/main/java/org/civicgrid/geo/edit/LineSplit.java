package org.civicgrid.geo.edit;

import com.google.common.base.VerifyException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicgrid.core.code.GridCode;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Splits a grid's area in two along a line drawn across it. The part on the left of the line, as
 * drawn from its first point to its last, gets the first code; the part on its right the second.
 * Stateless.
 */
final class LineSplit {
  private LineSplit() {}

  static GridCut.Parts split(GridCode grid, Geometry area, LineString line, GridCode left,
      GridCode right) {
    List<GridCode> named = List.of(grid, left, right);
    if (!line.isSimple() || line.isClosed()) {
      throw IllegalEditException.of(EditRule.LINE_DOES_NOT_CROSS, named,
          "the line to split grid " + grid + " by crosses or closes on itself", line);
    }
    IndexedPointInAreaLocator inArea = new IndexedPointInAreaLocator(area);
    for (Coordinate end : List.of(line.getCoordinateN(0), line.getCoordinateN(line.getNumPoints() - 1))) {
      if (inArea.locate(end) == Location.INTERIOR) {
        throw IllegalEditException.of(EditRule.LINE_DOES_NOT_CROSS, named,
            "the line to split grid " + grid + " ends inside it at " + end
                + "; draw it across the grid from boundary to boundary", line);
      }
    }
    GridCut cut = GridCut.of(area, List.of(line));
    if (cut.faces().size() != 2) {
      String what = cut.faces().size() < 2 ? "does not cut grid " + grid + " in two"
          : "cuts grid " + grid + " into " + cut.faces().size() + " pieces, not two";
      throw IllegalEditException.of(EditRule.LINE_DOES_NOT_CROSS, named, "the line " + what, line);
    }
    Polygon first = cut.faces().get(0);
    boolean firstOnLeft = isLeftOf(first, cut.faces().get(1), line);
    return cut.parts(face -> (face == first) == firstOnLeft ? left : right);
  }

  /**
   * Whether {@code a} lies left of {@code line}: found on an edge {@code a} shares with {@code b},
   * which lies on the line. With both faces' rings turned so their interior is on the left, the
   * shared edge runs one way in {@code a} and the other way in {@code b}.
   */
  private static boolean isLeftOf(Polygon a, Polygon b, LineString line) {
    Set<List<Vertex>> edgesOfB = new HashSet<>(edgesInteriorLeft(b));
    LengthIndexedLine along = new LengthIndexedLine(line);
    for (List<Vertex> edge : edgesInteriorLeft(a)) {
      if (edgesOfB.contains(List.of(edge.get(1), edge.get(0)))) {
        return along.project(edge.get(0).coordinate()) < along.project(edge.get(1).coordinate());
      }
    }
    throw new VerifyException("the two pieces of a cut share no edge");
  }

  /** The polygon's edges as (from, to) pairs, turned so that the interior is on their left. */
  private static List<List<Vertex>> edgesInteriorLeft(Polygon p) {
    List<List<Vertex>> edges = new ArrayList<>();
    for (int r = 0; r <= p.getNumInteriorRing(); r++) {
      Coordinate[] ring = (r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1)).getCoordinates();
      boolean reverse = Orientation.isCCW(ring) != (r == 0);
      for (int i = 0; i + 1 < ring.length; i++) {
        Vertex from = Vertex.of(reverse ? ring[i + 1] : ring[i]);
        Vertex to = Vertex.of(reverse ? ring[i] : ring[i + 1]);
        edges.add(List.of(from, to));
      }
    }
    return edges;
  }
}
