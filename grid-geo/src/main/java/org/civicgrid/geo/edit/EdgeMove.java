package org.civicgrid.geo.edit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.geo.boundary.Boundary;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

/**
 * Moves the edge two grids share: the stretch of common boundary between the new edge's end points
 * is replaced by the new edge in both grids, so they keep sharing it vertex for vertex. The new edge
 * must stay inside the two grids. Stateless.
 */
final class EdgeMove {
  private EdgeMove() {}

  static ImmutableMap<GridCode, Geometry> move(Boundary first, Boundary second, LineString edge,
      List<Boundary> peers) {
    List<GridCode> both = List.of(first.grid(), second.grid());
    if (!edge.isSimple() || edge.isClosed()) {
      throw IllegalEditException.of(EditRule.INVALID_RESULT, both, "the new edge between grids "
          + first.grid() + " and " + second.grid() + " crosses or closes on itself", edge);
    }
    Coordinate[] forward = edge.getCoordinates();
    Geometry a = first.area();
    Geometry b = second.area();
    SharedEdges.Chain inA = chainEndingAt(first, second, forward);
    SharedEdges.Chain inB = chainEndingAt(second, first, forward);
    Geometry together = CoverageUnion.union(new Geometry[] {a, b});
    if (!RelateNG.relate(together, edge, RelatePredicate.covers())) {
      List<GridCode> crossed = peers.stream()
          .filter(p -> p.area().getEnvelopeInternal().intersects(edge.getEnvelopeInternal()))
          .filter(p -> RelateNG.relate(p.area(), edge, "T********"))
          .map(Boundary::grid).toList();
      String into = crossed.isEmpty() ? "ground no grid covers"
          : "grid " + crossed.stream().map(GridCode::value).collect(Collectors.joining(", grid "));
      throw IllegalEditException.of(EditRule.CROSSES_NEIGHBOUR,
          ImmutableList.<GridCode>builder().addAll(both).addAll(crossed).build(),
          "the new edge between grids " + first.grid() + " and " + second.grid() + " leaves them into "
              + into, OverlayNGRobust.overlay(edge, together, OverlayNG.DIFFERENCE));
    }
    return ImmutableMap.of(
        first.grid(), splice(a, inA, forward),
        second.grid(), splice(b, inB, forward));
  }

  /** The chain of {@code of}'s boundary shared with {@code with} whose ends are the edge's ends. */
  private static SharedEdges.Chain chainEndingAt(Boundary of, Boundary with, Coordinate[] edge) {
    Vertex start = Vertex.of(edge[0]);
    Vertex end = Vertex.of(edge[edge.length - 1]);
    List<SharedEdges.Chain> chains = SharedEdges.chains(of.area(), with.area());
    for (SharedEdges.Chain c : chains) {
      Vertex first = Vertex.of(c.first());
      Vertex last = Vertex.of(c.last());
      if (first.equals(start) && last.equals(end) || first.equals(end) && last.equals(start)) {
        return c;
      }
    }
    String shared = chains.isEmpty() ? "they share no edge"
        : "their shared edges run " + chains.stream().map(c -> c.first() + " to " + c.last())
            .collect(Collectors.joining("; "));
    throw IllegalEditException.of(EditRule.NO_SHARED_EDGE, List.of(of.grid(), with.grid()),
        "grids " + of.grid() + " and " + with.grid() + " share no edge from " + edge[0] + " to "
            + edge[edge.length - 1] + "; " + shared);
  }

  private static Geometry splice(Geometry area, SharedEdges.Chain chain, Coordinate[] forward) {
    Coordinate[] edge = forward;
    if (!Vertex.of(chain.first()).equals(Vertex.of(forward[0]))) {
      edge = forward.clone();
      Collections.reverse(Arrays.asList(edge));
    }
    List<List<Coordinate[]>> polygons = Rings.of(area);
    polygons.get(chain.polygon()).set(chain.ring(), chain.replacedBy(edge));
    return Rings.build(area.getFactory(), polygons);
  }
}
