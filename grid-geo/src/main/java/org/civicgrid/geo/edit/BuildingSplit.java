package org.civicgrid.geo.edit;

import com.google.common.base.Verify;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicgrid.core.code.GridCode;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits a grid's area among new grids by the buildings assigned to each: every point of the grid
 * goes to the part of its nearest building.
 *
 * <p>The method: the Voronoi diagram of the distinct building positions is built; only its edges
 * between cells of buildings assigned to <em>different</em> parts are kept as cut lines; the grid is
 * cut by them ({@link GridCut}) and each resulting face goes to the part of the building nearest to
 * a point inside it. So each part is the union of its buildings' Voronoi cells clipped to the grid,
 * every building lies in its own part, and the parts' common edges are the bisectors between
 * neighbouring buildings of different parts. Where the grid is concave, a part can come out in
 * several pieces (a MultiPolygon). Stateless.
 */
final class BuildingSplit {
  private BuildingSplit() {}

  static GridCut.Parts split(GridCode grid, Geometry area, List<BuildingSite> buildings) {
    IndexedPointInAreaLocator inArea = new IndexedPointInAreaLocator(area);
    Map<Vertex, BuildingSite> sites = new TreeMap<>();
    for (BuildingSite b : buildings) {
      if (inArea.locate(b.coordinate()) == Location.EXTERIOR) {
        throw IllegalEditException.of(EditRule.BUILDING_OUTSIDE, List.of(grid, b.part()),
            "building " + b.placeId() + " at (" + b.lon() + ", " + b.lat() + ") lies outside grid "
                + grid + " it is to be split from",
            area.getFactory().createPoint(b.coordinate()));
      }
      BuildingSite other = sites.putIfAbsent(Vertex.of(b.coordinate()), b);
      if (other != null && !other.part().equals(b.part())) {
        throw IllegalEditException.of(EditRule.BUILDINGS_CONFLICT, List.of(other.part(), b.part()),
            "buildings " + other.placeId() + " and " + b.placeId() + " stand at the same spot ("
                + b.lon() + ", " + b.lat() + ") but are assigned to " + other.part() + " and "
                + b.part(), area.getFactory().createPoint(b.coordinate()));
      }
    }
    GridCut cut = GridCut.of(area, bisectors(area.getFactory(), sites, area.getEnvelopeInternal()));
    List<BuildingSite> nearest = List.copyOf(sites.values());
    GridCut.Parts parts = cut.parts(face -> nearestTo(face, nearest).part());
    for (BuildingSite b : buildings) {
      Verify.verify(RelateNG.relate(parts.areas().get(b.part()), area.getFactory().createPoint(b.coordinate()),
              RelatePredicate.covers()),
          "building %s fell outside its part %s", b.placeId(), b.part());
    }
    return parts;
  }

  /** The Voronoi edges that separate buildings of different parts, as two-point lines. */
  private static List<LineString> bisectors(GeometryFactory factory, Map<Vertex, BuildingSite> sites,
      Envelope grid) {
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites.keySet().stream().map(Vertex::coordinate).toList());
    Envelope clip = new Envelope(grid);
    clip.expandBy(Math.max(grid.getWidth(), grid.getHeight()));
    voronoi.setClipEnvelope(clip);
    Geometry cells = voronoi.getDiagram(factory);
    Map<Segment, List<GridCode>> sides = new TreeMap<>();
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      GridCode part = sites.get(Vertex.of((Coordinate) cell.getUserData())).part();
      for (Segment s : Rings.segments(cell)) {
        sides.computeIfAbsent(s, k -> new ArrayList<>(2)).add(part);
      }
    }
    List<LineString> cuts = new ArrayList<>();
    sides.forEach((segment, parts) -> {
      if (parts.size() == 2 && !parts.get(0).equals(parts.get(1))) {
        cuts.add(factory.createLineString(new Coordinate[] {
            segment.low().coordinate(), segment.high().coordinate()}));
      }
    });
    return cuts;
  }

  private static BuildingSite nearestTo(Polygon face, List<BuildingSite> sites) {
    Coordinate inside = InteriorPointArea.getInteriorPoint(face);
    BuildingSite best = sites.get(0);
    double bestDistance = Double.POSITIVE_INFINITY;
    for (BuildingSite s : sites) {
      double d = inside.distance(s.coordinate());
      if (d < bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    return best;
  }
}
