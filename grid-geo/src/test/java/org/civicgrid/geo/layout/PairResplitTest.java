package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.geo.layout.UnitGraphTest.parent;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairResplitTest {
  /** A 600 × 100 m street block with six buildings of 50 households in a row, west to east. */
  private static final UnitGraph ROW = UnitGraph.of(parent("210902001001", "POLYGON ((0 0, 600 0, 600 100, 0 100, 0 0))"),
      List.of(new HouseholdSite(50, 50, 50), new HouseholdSite(150, 50, 50), new HouseholdSite(250, 50, 50),
          new HouseholdSite(350, 50, 50), new HouseholdSite(450, 50, 50), new HouseholdSite(550, 50, 50)));

  /** A 400 m square compound of 4 × 4 one-household sites on a 100 m lattice, numbered row by row from the south. */
  private static final UnitGraph LATTICE = lattice();

  private static UnitGraph lattice() {
    List<HouseholdSite> sites = new ArrayList<>();
    for (int row = 0; row < 4; row++) {
      for (int column = 0; column < 4; column++) {
        sites.add(new HouseholdSite(50 + 100 * column, 50 + 100 * row, 1));
      }
    }
    return UnitGraph.of(parent("210902001002", "POLYGON ((0 0, 400 0, 400 400, 0 400, 0 0))"), sites);
  }

  private static long households(UnitGraph graph, int[] part, int p) {
    long sum = 0;
    for (int u = 0; u < part.length; u++) {
      sum += part[u] == p ? graph.households(u) : 0;
    }
    return sum;
  }

  private static double border(UnitGraph graph, int[] part) {
    double cut = 0;
    for (int u = 0; u < graph.size(); u++) {
      for (int k = 0; k < graph.degree(u); k++) {
        cut += part[u] != part[graph.neighbour(u, k)] ? graph.border(u, k) / 2 : 0;
      }
    }
    return cut;
  }

  @Test
  void anOverfullGridHandsWholeBuildingsToItsNeighbour() {
    int[] part = {0, 0, 0, 0, 1, 1};

    int resplits = new PairResplit(ROW, part, 2, 140, 160).improve(5, true);

    assertThat(resplits).isEqualTo(1);
    assertThat(part).containsExactly(0, 0, 0, 1, 1, 1);
  }

  @Test
  void excessPassesOnFromNeighbourToNeighbour() {
    List<HouseholdSite> sites = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sites.add(new HouseholdSite(25 + 50 * i, 50, 25));
    }
    UnitGraph row = UnitGraph.of(parent("210902001003", "POLYGON ((0 0, 600 0, 600 100, 0 100, 0 0))"), sites);
    int[] part = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2};

    new PairResplit(row, part, 3, 90, 110).improve(10, true);

    assertThat(List.of(households(row, part, 0), households(row, part, 1), households(row, part, 2)))
        .containsExactly(100L, 100L, 100L);
  }

  @Test
  void aBalancedPairIsCutAlongTheShortestBorder() {
    int[] part = new int[16];
    for (int u = 0; u < 16; u++) {
      int row = u / 4;
      int column = u % 4;
      part[u] = column == 0 || row == 0 || u == 5 ? 0 : 1;
    }
    assertThat(border(LATTICE, part)).isEqualTo(600);

    int resplits = new PairResplit(LATTICE, part, 2, 8, 8).improve(3, false);

    assertThat(resplits).isEqualTo(1);
    assertThat(border(LATTICE, part)).isEqualTo(400);
    assertThat(households(LATTICE, part, 0)).isEqualTo(8);
    assertThat(households(LATTICE, part, 1)).isEqualTo(8);
  }

  @Test
  void balanceModeLeavesGridsInRangeAlone() {
    int[] part = {0, 0, 0, 1, 1, 1};

    assertThat(new PairResplit(ROW, part, 2, 140, 160).improve(5, true)).isZero();
    assertThat(part).containsExactly(0, 0, 0, 1, 1, 1);
  }
}
