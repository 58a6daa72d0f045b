package org.civicgrid.geo.index;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The reference the flat index is checked and measured against: the fastest composition of
 * jts-core alone (java-anchors §3.2), an STRtree of the areas' envelopes and, per area, a
 * pre-warmed {@link IndexedPointInAreaLocator}. Thread-safe once built (every lazy structure is
 * forced in the constructor).
 */
public final class JtsBaselineLocator {
  private final STRtree tree = new STRtree();
  private final IndexedPointInAreaLocator[] locators;

  public JtsBaselineLocator(List<? extends Geometry> areas) {
    locators = new IndexedPointInAreaLocator[areas.size()];
    for (int k = 0; k < areas.size(); k++) {
      Geometry area = areas.get(k);
      tree.insert(area.getEnvelopeInternal(), k);
      locators[k] = new IndexedPointInAreaLocator(area);
      locators[k].locate(area.getCoordinate());
    }
    tree.build();
  }

  /** The first area found that covers (x, y), interior or boundary; -1 for none. */
  public int firstCovering(double x, double y) {
    Coordinate point = new Coordinate(x, y);
    for (Object item : tree.query(new Envelope(point))) {
      int k = (Integer) item;
      if (locators[k].locate(point) != Location.EXTERIOR) {
        return k;
      }
    }
    return -1;
  }

  /** Every area covering (x, y) with how: {@code {area, Location.INTERIOR or BOUNDARY}} pairs. */
  public List<int[]> covering(double x, double y) {
    Coordinate point = new Coordinate(x, y);
    List<int[]> found = new ArrayList<>();
    for (Object item : tree.query(new Envelope(point))) {
      int k = (Integer) item;
      int location = locators[k].locate(point);
      if (location != Location.EXTERIOR) {
        found.add(new int[] {k, location});
      }
    }
    return found;
  }
}
