package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class GridNeighboursTest {
  private static Geometry box(double minEast, double maxEast, double minNorth, double maxNorth) {
    return SquareLayouts.FACTORY.toGeometry(new Envelope(minEast, maxEast, minNorth, maxNorth));
  }

  @Test
  void gridsSharingAnEdgeAreNeighboursAndGridsMeetingAtACornerAreNot() {
    int[] neighbours = GridNeighbours.count(List.of(box(0, 100, 0, 100), box(100, 200, 0, 100),
        box(100, 200, 100, 200), box(300, 400, 0, 100)));

    assertThat(neighbours).containsExactly(1, 2, 1, 0);
  }

  @Test
  void anEdgeSharedInPartCountsWhereVerticesDoNotMatch() {
    int[] neighbours = GridNeighbours.count(List.of(box(0, 100, 0, 100), box(100, 200, 50, 150)));

    assertThat(neighbours).containsExactly(1, 1);
  }

  @Test
  void anEnclaveNeighboursTheGridAroundItAlongItsHole() {
    Geometry enclave = box(100, 200, 100, 200);
    Geometry around = box(0, 300, 0, 300).difference(enclave);

    assertThat(GridNeighbours.count(List.of(around, enclave, box(300, 400, 0, 100)))).containsExactly(2, 1, 1);
  }
}
