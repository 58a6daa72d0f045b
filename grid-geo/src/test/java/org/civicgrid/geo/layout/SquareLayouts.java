package org.civicgrid.geo.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Toy layouts of square grids for the layout-metrics tests, in Changyuan community (210902001001) of
 * Fuxin: a 200 × 200 m compound cut 2 × 2 into grids of 100 m, numbered north-west, north-east,
 * south-west, south-east as the standards do, each with four sites on a 50 m square inside it.
 */
final class SquareLayouts {
  static final String COMMUNITY = "210902001001";
  static final String NW = COMMUNITY + "001";
  static final String NE = COMMUNITY + "002";
  static final String SW = COMMUNITY + "003";
  static final String SE = COMMUNITY + "004";
  static final GeometryFactory FACTORY = new GeometryFactory();

  private SquareLayouts() {}

  static LayoutGrid grid(String code, double minEast, double maxEast, double minNorth, double maxNorth) {
    return new LayoutGrid(code, COMMUNITY, 0, 0,
        FACTORY.toGeometry(new Envelope(minEast, maxEast, minNorth, maxNorth)));
  }

  static Layout layout(LayoutGrid... grids) {
    return new Layout(ImmutableList.copyOf(grids), ImmutableList.of());
  }

  /** The 2 × 2 compound. */
  static Layout twoByTwo() {
    return layout(grid(NW, 0, 100, 100, 200), grid(NE, 100, 200, 100, 200), grid(SW, 0, 100, 0, 100),
        grid(SE, 100, 200, 0, 100));
  }

  /**
   * Four sites 25 m in from each grid's corners: the south-west grid's south-west site holds 17 households
   * and its other three 1 each; every other site holds 5, each household 3 residents.
   */
  static List<HouseholdSite> sites() {
    List<HouseholdSite> sites = new ArrayList<>();
    for (double[] corner : new double[][] {{0, 100}, {100, 100}, {0, 0}, {100, 0}}) {
      boolean southWest = corner[0] == 0 && corner[1] == 0;
      for (double[] at : new double[][] {{25, 25}, {75, 25}, {25, 75}, {75, 75}}) {
        int households = southWest ? (at[0] == 25 && at[1] == 25 ? 17 : 1) : 5;
        sites.add(new HouseholdSite(corner[0] + at[0], corner[1] + at[1], households, 3 * households));
      }
    }
    return sites;
  }
}
