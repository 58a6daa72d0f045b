package org.civicgrid.geo.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.geo.boundary.Boundary;

/**
 * Whether grids to be merged hang together through shared edges, so that their union is one
 * piece. Stateless.
 */
final class Adjacency {
  private Adjacency() {}

  /**
   * Refuses with {@link EditRule#NOT_ADJACENT} unless every grid is reachable from the first through
   * edges of positive length shared two by two; the message names the grids cut off.
   */
  static void requireConnected(List<Boundary> grids) {
    List<Boundary> reached = new ArrayList<>(List.of(grids.get(0)));
    List<Boundary> rest = new ArrayList<>(grids.subList(1, grids.size()));
    for (int i = 0; i < reached.size(); i++) {
      Boundary from = reached.get(i);
      for (int k = 0; k < rest.size(); k++) {
        if (SharedEdges.adjacent(from.area(), rest.get(k).area())) {
          reached.add(rest.remove(k--));
        }
      }
    }
    if (rest.isEmpty()) {
      return;
    }
    List<GridCode> apart = rest.stream().map(Boundary::grid).toList();
    List<GridCode> together = reached.stream().map(Boundary::grid).toList();
    List<GridCode> named = new ArrayList<>(together);
    named.addAll(apart);
    throw IllegalEditException.of(EditRule.NOT_ADJACENT, named,
        "单元网格不相邻: grid " + join(apart) + " shares no edge of positive length with grid "
            + join(together));
  }

  private static String join(List<GridCode> codes) {
    return codes.stream().map(GridCode::value).collect(Collectors.joining(", grid "));
  }
}
