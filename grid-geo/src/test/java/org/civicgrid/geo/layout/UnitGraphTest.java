package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class UnitGraphTest {
  /** A 200 m square compound with four buildings, one in each quarter. */
  static final LayoutParent COMPOUND = parent("210902001001", "POLYGON ((0 0, 200 0, 200 200, 0 200, 0 0))");
  static final List<HouseholdSite> FOUR_BUILDINGS = List.of(new HouseholdSite(50, 50, 28),
      new HouseholdSite(150, 50, 30), new HouseholdSite(50, 150, 24), new HouseholdSite(150, 150, 18));

  static LayoutParent parent(String id, String wkt) {
    try {
      return new LayoutParent(id, new WKTReader().read(wkt));
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  @Test
  void fourBuildingsInASquareAreRookNeighboursAlongTheirSharedSides() {
    UnitGraph graph = UnitGraph.of(COMPOUND, FOUR_BUILDINGS);

    assertThat(graph.size()).isEqualTo(4);
    assertThat(graph.totalHouseholds()).isEqualTo(100);
    assertThat(graph.edgeCount()).as("diagonal cells meet in a point only").isEqualTo(4);
    assertThat(graph.components()).isEqualTo(1);
    for (int u = 0; u < 4; u++) {
      assertThat(graph.cell(u).getArea()).isCloseTo(10_000, within(1e-6));
      assertThat(graph.degree(u)).isEqualTo(2);
      for (int k = 0; k < graph.degree(u); k++) {
        assertThat(graph.border(u, k)).isCloseTo(100, within(1e-6));
      }
    }
    assertThat(graph.neighbour(0, 0)).isEqualTo(1);
    assertThat(graph.neighbour(0, 1)).isEqualTo(2);
  }

  @Test
  void aPartitionIsSummedPerPart() {
    UnitGraph graph = UnitGraph.of(COMPOUND, FOUR_BUILDINGS);
    int[] part = {1, 0, 1, 1};
    long[] households = graph.householdsByPart(part, 2);
    assertThat(households[0]).isEqualTo(graph.households(1));
    assertThat(households[0] + households[1]).isEqualTo(100);
    assertThat(UnitGraph.unitsByPart(part, 2)).containsExactly(1, 3);
    assertThat(UnitGraph.unitsByPart(part, 3)).as("a part with no units").containsExactly(1, 3, 0);
  }

  @Test
  void cellsTileTheParentExactly() {
    LayoutParent triangle = parent("210902001002", "POLYGON ((0 0, 300 0, 0 300, 0 0))");
    UnitGraph graph = UnitGraph.of(triangle, List.of(new HouseholdSite(20, 20, 3), new HouseholdSite(120, 40, 5),
        new HouseholdSite(40, 150, 2), new HouseholdSite(60, 60, 7), new HouseholdSite(180, 60, 1)));
    double area = 0;
    Geometry union = graph.cell(0);
    for (int u = 0; u < graph.size(); u++) {
      area += graph.cell(u).getArea();
      union = union.union(graph.cell(u));
    }
    assertThat(area).isCloseTo(45_000, within(0.01));
    assertThat(union.symDifference(triangle.area()).getArea()).isLessThan(0.01);
  }

  /**
   * Issue 7: with guard sites placed around the units alone, two buildings in a tall parent left a
   * strip of the parent in no cell; guards now stand around the parent too.
   */
  @Test
  void twoBuildingsInATallParentStillTileIt() {
    LayoutParent tall = parent("210902001002", "POLYGON ((166 0, 332 0, 332 492, 166 492, 166 0))");
    UnitGraph graph = UnitGraph.of(tall, List.of(new HouseholdSite(218.467, 343.274, 3),
        new HouseholdSite(214.02, 193.295, 2)));
    assertThat(graph.cell(0).getArea() + graph.cell(1).getArea()).isCloseTo(166 * 492, within(0.01));
  }

  @Test
  void householdsAtTheSameSiteAreOneUnit() {
    UnitGraph graph = UnitGraph.of(COMPOUND, List.of(new HouseholdSite(50, 50, 1), new HouseholdSite(50, 50, 2),
        new HouseholdSite(150, 150, 4)));
    assertThat(graph.size()).isEqualTo(2);
    assertThat(graph.households(0)).isEqualTo(3);
  }

  @Test
  void aParentInTwoPiecesHasTwoComponents() {
    LayoutParent islands = parent("210902001003",
        "MULTIPOLYGON (((0 0, 100 0, 100 100, 0 100, 0 0)), ((300 0, 400 0, 400 100, 300 100, 300 0)))");
    UnitGraph graph = UnitGraph.of(islands, List.of(new HouseholdSite(30, 50, 10), new HouseholdSite(70, 50, 10),
        new HouseholdSite(350, 50, 10)));
    assertThat(graph.components()).isEqualTo(2);
    assertThat(graph.degree(2)).isZero();
  }

  @Test
  void anEmptyParentHasNoUnitsAndOneSiteOwnsTheWholeParent() {
    assertThat(UnitGraph.of(COMPOUND, List.of()).size()).isZero();
    UnitGraph single = UnitGraph.of(COMPOUND, List.of(new HouseholdSite(10, 10, 84)));
    assertThat(single.cell(0).getArea()).isEqualTo(40_000);
    assertThat(single.components()).isEqualTo(1);
  }

  @Test
  void refusesAUnitItDoesNotHave() {
    UnitGraph graph = UnitGraph.of(COMPOUND, FOUR_BUILDINGS);
    assertThatThrownBy(() -> graph.households(4)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> graph.neighbour(0, 2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("neighbour");
  }
}
