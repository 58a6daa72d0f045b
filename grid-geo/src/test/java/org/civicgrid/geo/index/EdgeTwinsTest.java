package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.geo.index.FlatGridLocatorTest.wkt;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeTwinsTest {
  @Test
  void pairsTheEdgesNeighboursShare() {
    PackedRings rings = PackedRings.of(List.of(
        wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
        wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
        wkt("POLYGON ((0 1, 1 1, 1 2, 0 2, 0 1))")));
    EdgeTwins twins = EdgeTwins.of(rings);
    // Square 0's edges start at vertices 0..3: bottom, right, top, left.
    assertThat(twins.area(twins.of(1))).isEqualTo(1);
    assertThat(twins.of(twins.of(1))).isEqualTo(1);
    assertThat(twins.area(twins.of(2))).isEqualTo(2);
    assertThat(twins.of(0)).isEqualTo(-1);
    assertThat(twins.of(3)).isEqualTo(-1);
    assertThat(twins.area(7)).isEqualTo(1);
  }

  @Test
  void pairsOnlyTwoOfThreeIdenticalEdges() {
    PackedRings rings = PackedRings.of(List.of(
        wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
        wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
        wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")));
    EdgeTwins twins = EdgeTwins.of(rings);
    int paired = 0;
    for (int v : new int[] {0, 5, 10}) {
      paired += twins.of(v) >= 0 ? 1 : 0;
    }
    assertThat(paired).isEqualTo(2);
  }
}
