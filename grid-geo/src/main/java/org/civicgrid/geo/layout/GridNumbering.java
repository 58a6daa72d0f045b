package org.civicgrid.geo.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Numbers a parent's grids as the coding standards do: in rows from north to south, west to east
 * within a row. Rows are bands of grid centroids, as many as a square arrangement of the parent's
 * grids over its extent would have. Stateless.
 */
final class GridNumbering {
  private GridNumbering() {
  }

  static ImmutableList<LayoutGrid> numbered(String parent, List<LayoutGrid> grids) {
    int k = grids.size();
    if (k == 0) {
      return ImmutableList.of();
    }
    Envelope extent = new Envelope();
    List<Point> centroids = new ArrayList<>();
    for (LayoutGrid grid : grids) {
      extent.expandToInclude(grid.area().getEnvelopeInternal());
      centroids.add(grid.area().getCentroid());
    }
    double aspect = extent.getWidth() == 0 ? 1 : extent.getHeight() / extent.getWidth();
    int rows = (int) Math.max(1, Math.min(k, Math.round(Math.sqrt(k * aspect))));
    int perRow = (k + rows - 1) / rows;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -centroids.get(i).getY()).thenComparing(i -> i));
    List<Integer> numbered = new ArrayList<>();
    for (int from = 0; from < k; from += perRow) {
      List<Integer> row = new ArrayList<>(order.subList(from, Math.min(k, from + perRow)));
      row.sort(Comparator.comparingDouble((Integer i) -> centroids.get(i).getX()).thenComparing(i -> i));
      numbered.addAll(row);
    }
    int digits = Math.max(3, String.valueOf(k).length());
    ImmutableList.Builder<LayoutGrid> out = ImmutableList.builder();
    for (int n = 0; n < k; n++) {
      LayoutGrid grid = grids.get(numbered.get(n));
      out.add(new LayoutGrid(parent + String.format("%0" + digits + "d", n + 1), parent, grid.households(),
          grid.units(), grid.area()));
    }
    return out.build();
  }
}
