package org.civicgrid.geo.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.edit.Blocks.A;
import static org.civicgrid.geo.edit.Blocks.B;
import static org.civicgrid.geo.edit.Blocks.COMMUNITY;
import static org.civicgrid.geo.edit.Blocks.NEW_1;
import static org.civicgrid.geo.edit.Blocks.NEW_2;
import static org.civicgrid.geo.edit.Blocks.area;
import static org.civicgrid.geo.edit.Blocks.line;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.history.Change;
import org.civicgrid.core.history.GridHistory;
import org.civicgrid.core.history.IllegalChangeException;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.place.Place;
import org.junit.jupiter.api.Test;

/** Splits and merges that change the hierarchy and the map together. */
class MappedTerritoryTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);
  private static final GridNode EAST = GridNode.of(NEW_1.value(), "二号小区东", "compound", COMMUNITY.value());
  private static final GridNode WEST = GridNode.of(NEW_2.value(), "二号小区西", "compound", COMMUNITY.value());

  private static MappedTerritory changyuan() {
    GridHierarchy h = Blocks.hierarchy();
    GridHierarchy withBuildings = GridHierarchy.builder(h.scheme())
        .addAll(h.grids().stream().map(g -> g.node()).toList())
        .add(Place.building("B2-1", "二号小区1号楼", B, 60, 170))
        .add(Place.building("B2-2", "二号小区2号楼", B, 0, 0))
        .add(Place.unit("B2-2-1", "2号楼1单元", Place.building("B2-2", "二号小区2号楼", B, 0, 0), 24, 65))
        .build();
    return new MappedTerritory(GridHistory.start(withBuildings, START, "initial division"), Blocks.withCommunity());
  }

  private static final Map<String, GeoPoint> POSITIONS = Map.of(
      "B2-1", GeoPoint.wgs84(1.8, 0.5), "B2-2", GeoPoint.wgs84(1.2, 0.5));

  @Test
  void aSplitByBuildingsMovesThePlacesAndDrawsTheParts() {
    MappedTerritory split = changyuan().splitByBuildings(JUNE, "二号小区 outgrew its band",
        new Change.Split(B, List.of(EAST, WEST), Map.of("B2-1", NEW_1, "B2-2", NEW_2)), POSITIONS);

    assertThat(split.history().current().get(NEW_1).places()).extracting(Place::id).containsExactly("B2-1");
    assertThat(split.history().current().get(NEW_2).places()).extracting(Place::id).containsExactly("B2-2", "B2-2-1");
    assertThat(area(split.boundaries(), NEW_1).getCentroid().getX()).isEqualTo(1.75);
    assertThat(split.boundaries().boundary(B)).isEmpty();
  }

  @Test
  void aSplitByLineGivesTheFirstPartTheLeftSide() {
    MappedTerritory split = changyuan().splitByLine(JUNE, "along the new road",
        new Change.Split(B, List.of(EAST, WEST), Map.of("B2-1", NEW_1, "B2-2", NEW_2)),
        line("LINESTRING (1.5 1, 1.5 0)"));
    assertThat(area(split.boundaries(), NEW_1).getCentroid().getX()).isEqualTo(1.75);
    assertThat(split.history().version()).isEqualTo(2);
  }

  @Test
  void aMergeUnitesAreasAndPlaces() {
    GridNode merged = GridNode.of(A.value(), "一二号小区", "compound", COMMUNITY.value());
    MappedTerritory after = changyuan().merge(JUNE, "small compounds combined", new Change.Merge(List.of(A, B), merged));
    assertThat(area(after.boundaries(), A).getArea()).isEqualTo(2.0);
    assertThat(after.history().current().get(A).places()).hasSize(3);
  }

  @Test
  void whenTheHierarchyRefusesNothingChanges() {
    MappedTerritory before = changyuan();
    assertThatThrownBy(() -> before.splitByBuildings(JUNE, "forgot a building",
            new Change.Split(B, List.of(EAST, WEST), Map.of("B2-1", NEW_1, "B2-2-1", NEW_2)),
            Map.of("B2-1", GeoPoint.wgs84(1.8, 0.5), "B2-2-1", GeoPoint.wgs84(1.2, 0.5))))
        .isInstanceOf(IllegalChangeException.class);
    assertThat(before.history().version()).isEqualTo(1);
    assertThat(before.boundaries().boundary(B)).isPresent();
  }

  @Test
  void whenTheMapRefusesNothingChanges() {
    MappedTerritory before = changyuan();
    assertThatThrownBy(() -> before.merge(JUNE, "not neighbours",
            new Change.Merge(List.of(A, Blocks.C), GridNode.of(A.value(), "一三号小区", "compound", COMMUNITY.value()))))
        .isInstanceOfSatisfying(IllegalEditException.class, e -> assertThat(e.rule()).isEqualTo(EditRule.NOT_ADJACENT));
    assertThat(before.history().version()).isEqualTo(1);
  }

  @Test
  void refusesBuildingsWithoutPositionsOrInAnotherSystem() {
    Change.Split split = new Change.Split(B, List.of(EAST, WEST), Map.of("B2-1", NEW_1, "B2-2", NEW_2));
    assertThatThrownBy(() -> changyuan().splitByBuildings(JUNE, "r", split, Map.of("B2-1", GeoPoint.wgs84(1.8, 0.5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B2-2");
    assertThatThrownBy(() -> changyuan().splitByBuildings(JUNE, "r", split,
            Map.of("B2-1", GeoPoint.gcj02(1.8, 0.5), "B2-2", GeoPoint.gcj02(1.2, 0.5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GCJ02");
    assertThatThrownBy(() -> changyuan().splitByLine(JUNE, "r",
            new Change.Split(B, List.of(EAST, WEST, GridNode.of(Blocks.NEW_3.value(), "三", "compound", COMMUNITY.value())),
                Map.of()), line("LINESTRING (1.5 1, 1.5 0)")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 3");
  }
}
