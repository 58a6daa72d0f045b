package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.geo.index.FlatGridLocatorTest.wkt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class CellRecordTest {
  private static final String WEST = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))";
  private static final String EAST = "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))";

  private static long[] record(PackedRings rings, int[] edges, int[] areas) {
    LongList out = new LongList();
    new CellRecord(rings, edges, areas, new int[0], new int[0]).writeTo(out);
    return out.toArray();
  }

  @Test
  void aCellCrossedByOneSharedEdgeIsAnsweredByItsSides() {
    PackedRings rings = PackedRings.of(List.of(wkt(WEST), wkt(EAST)));
    // West's edge 1 runs (1 0)–(1 1); east's edge 8 runs (1 1)–(1 0).
    long[] record = record(rings, new int[] {1, 8}, new int[] {0, 1});
    assertThat(record).hasSize(6);
    assertThat(record[0]).isEqualTo(CellTable.EDGE | CellTable.LAST);
    assertThat((int) record[5]).as("left of the edge going north").isZero();
    assertThat((int) (record[5] >>> 32)).as("right of it").isEqualTo(1);
  }

  @Test
  void aTerritorysOuterEdgeHasNothingOnOneSide() {
    PackedRings rings = PackedRings.of(List.of(wkt("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))")));
    // Clockwise: edge 0 runs north along x = 0 with the area on its right.
    long[] record = record(rings, new int[] {0}, new int[] {0});
    assertThat((int) record[5]).isEqualTo(CellTable.NONE);
    assertThat((int) (record[5] >>> 32)).isZero();
  }

  @Test
  void overlappingAreasOnTheSameSideOfAnEdgeGetAFullRecord() {
    PackedRings rings = PackedRings.of(List.of(wkt(WEST), wkt(WEST)));
    long[] record = record(rings, new int[] {1, 6}, new int[] {0, 1});
    assertThat(record[0] & CellTable.EDGE).isZero();
    assertThat(record[0]).isNegative();
    assertThat(runMasks(record)).containsExactly(0b11);
  }

  @Test
  void storesEachSharedEdgeOnceWithBothAreasWhenPairedBySorting() {
    // A zigzag of 20 edges shared by two areas: too many to compare pairwise.
    List<String> zigzag = new ArrayList<>();
    for (int n = 0; n <= 20; n++) {
      zigzag.add((n % 2 == 0 ? "1" : "1.1") + " " + n);
    }
    String west = "POLYGON ((0 0, " + String.join(", ", zigzag) + ", 0 20, 0 0))";
    List<String> reversed = new ArrayList<>(zigzag);
    Collections.reverse(reversed);
    String east = "POLYGON ((1 0, 2 0, 2 20, " + String.join(", ", reversed) + "))";
    List<Geometry> areas = List.of(wkt(west), wkt(east));
    PackedRings rings = PackedRings.of(areas);
    int[] westEdges = IntStream.rangeClosed(1, 20).toArray();
    int[] eastEdges = IntStream.rangeClosed(27, 46).toArray();
    int[] edges = IntStream.concat(IntStream.of(westEdges), IntStream.of(eastEdges)).toArray();
    int[] owners = IntStream.range(0, 40).map(t -> t < 20 ? 0 : 1).toArray();
    long[] record = record(rings, edges, owners);
    assertThat(runMasks(record)).containsExactly(0b11);
    assertThat((int) (record[1] >>> 32)).as("one run of 21 vertices").isEqualTo(21);
  }

  @Test
  void knowsWhichSideOfEachEdgeItsAreaLies() {
    PackedRings rings = PackedRings.of(List.of(
        wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1))"),
        wkt("POLYGON ((5 0, 5 1, 6 1, 6 0, 5 0))")));
    assertThat(rings.interiorLeftOf(0)).as("counter-clockwise shell").isTrue();
    assertThat(rings.interiorLeftOf(5)).as("clockwise hole").isTrue();
    assertThat(rings.interiorLeftOf(10)).as("clockwise shell").isFalse();
  }

  /** The masks of the runs of a one-block record. */
  private static List<Integer> runMasks(long[] record) {
    List<Integer> masks = new ArrayList<>();
    int runs = (int) (record[0] >>> 40) & 0x3F_FFFF;
    int at = 1;
    for (int r = 0; r < runs; r++) {
      masks.add((int) record[at]);
      at += 1 + 2 * (int) (record[at] >>> 32);
    }
    return masks;
  }
}
