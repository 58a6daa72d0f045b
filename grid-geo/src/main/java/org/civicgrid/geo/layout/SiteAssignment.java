package org.civicgrid.geo.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Which grid of a layout each household site lies in, by point in polygon. The grids' envelopes are
 * bucketed in a uniform grid of cells, each cell listing the grids it meets in code order, so a site
 * tests only the few grids of its cell. A site on an edge or vertex several grids share goes to the
 * lowest-coded of them, so each site lands in exactly one grid whatever the order of the grids; a site
 * in no grid is outside ({@code -1}). Immutable once made.
 */
final class SiteAssignment {
  /** Cells per grid of the bucket index: a few, so a cell meets few envelopes. */
  private static final int CELLS_PER_GRID = 4;

  /** Per site, the index of its grid in the layout's list, or -1. */
  final int[] gridOf;
  final int outsideSites;
  final long outsideHouseholds;
  /** The first site outside every grid, by input order; -1 when none is. */
  final int firstOutside;

  private SiteAssignment(int[] gridOf, int outsideSites, long outsideHouseholds, int firstOutside) {
    this.gridOf = gridOf;
    this.outsideSites = outsideSites;
    this.outsideHouseholds = outsideHouseholds;
    this.firstOutside = firstOutside;
  }

  /** Assigns {@code sites} to the grids with these codes and areas, in the same order. */
  static SiteAssignment of(List<String> codes, List<Geometry> areas, List<HouseholdSite> sites) {
    Envelope extent = new Envelope();
    areas.forEach(a -> extent.expandToInclude(a.getEnvelopeInternal()));
    int side = Math.max(1, (int) Math.ceil(Math.sqrt(CELLS_PER_GRID * (double) areas.size())));
    double cellWidth = Math.max(extent.getWidth(), 1e-9) / side;
    double cellHeight = Math.max(extent.getHeight(), 1e-9) / side;
    List<List<Integer>> buckets = new ArrayList<>(side * side);
    for (int c = 0; c < side * side; c++) {
      buckets.add(new ArrayList<>(2));
    }
    List<IndexedPointInAreaLocator> locators = new ArrayList<>(areas.size());
    areas.forEach(a -> locators.add(new IndexedPointInAreaLocator(a)));
    int[] byCode = IntStream.range(0, areas.size()).boxed().sorted(Comparator.comparing(codes::get))
        .mapToInt(Integer::intValue).toArray();
    for (int g : byCode) {
      Envelope e = areas.get(g).getEnvelopeInternal();
      int c0 = cell(e.getMinX(), extent.getMinX(), cellWidth, side);
      int c1 = cell(e.getMaxX(), extent.getMinX(), cellWidth, side);
      int r0 = cell(e.getMinY(), extent.getMinY(), cellHeight, side);
      int r1 = cell(e.getMaxY(), extent.getMinY(), cellHeight, side);
      for (int r = r0; r <= r1; r++) {
        for (int c = c0; c <= c1; c++) {
          buckets.get(r * side + c).add(g);
        }
      }
    }
    int[] gridOf = new int[sites.size()];
    int outside = 0;
    long outsideHouseholds = 0;
    int first = -1;
    Coordinate point = new Coordinate();
    for (int s = 0; s < sites.size(); s++) {
      HouseholdSite site = sites.get(s);
      point.setX(site.east());
      point.setY(site.north());
      int found = -1;
      if (extent.contains(point)) {
        int cell = cell(point.getY(), extent.getMinY(), cellHeight, side) * side
            + cell(point.getX(), extent.getMinX(), cellWidth, side);
        for (int g : buckets.get(cell)) {
          if (areas.get(g).getEnvelopeInternal().contains(point) && locators.get(g).locate(point) != Location.EXTERIOR) {
            found = g;
            break;
          }
        }
      }
      gridOf[s] = found;
      if (found < 0) {
        outside++;
        outsideHouseholds += site.households();
        first = first < 0 ? s : first;
      }
    }
    return new SiteAssignment(gridOf, outside, outsideHouseholds, first);
  }

  private static int cell(double value, double min, double size, int side) {
    return Math.min(side - 1, Math.max(0, (int) ((value - min) / size)));
  }
}
