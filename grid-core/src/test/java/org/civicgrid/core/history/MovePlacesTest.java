package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.history.FuxinHistory.G1;
import static org.civicgrid.core.history.FuxinHistory.G2;
import static org.civicgrid.core.history.FuxinHistory.G5;
import static org.civicgrid.core.history.FuxinHistory.JUNE;
import static org.civicgrid.core.history.FuxinHistory.MARCH;
import static org.civicgrid.core.history.FuxinHistory.START;
import static org.civicgrid.core.history.FuxinHistory.code;
import static org.civicgrid.core.history.FuxinHistory.history;
import static org.civicgrid.core.history.FuxinHistory.refused;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MovePlacesTest {
  @Test
  void aBuildingMovesOnItsEffectiveDate() {
    GridHistory h = history().apply(MARCH, "B2 re-assigned", new Change.MovePlaces(List.of("B2"), G2));

    assertThat(h.gridOfPlace("B2", START)).contains(G1);
    assertThat(h.gridOfPlace("B2", MARCH.minusDays(1))).contains(G1);
    assertThat(h.gridOfPlace("B2", MARCH)).contains(G2);
    assertThat(h.changesOfPlace("B2")).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ChangeKind.PLACE_MOVED);
      assertThat(r.from()).contains(G1.value());
      assertThat(r.to()).contains(G2.value());
      assertThat(r.description()).isEqualTo("building B2 moved from 210902001001001001 to 210902001001001002");
    });
    assertThat(h.changesOf(G1)).hasSize(1);
    assertThat(h.changesOf(G2)).hasSize(1);
    assertThat(h.validity(G1)).containsExactly(new Validity(START, Optional.empty()));
  }

  @Test
  void aBuildingsUnitsMoveWithIt() {
    GridHistory h = history().apply(MARCH, "B1 re-assigned", new Change.MovePlaces(List.of("B1"), G5));

    assertThat(h.current().get(G5).places()).extracting(p -> p.id()).containsExactly("B1", "B1-1", "B1-2", "B5");
    assertThat(h.gridOfPlace("B1-2", MARCH)).contains(G5);
    assertThat(h.changesOfPlace("B1-1")).singleElement().satisfies(r -> assertThat(r.description())
        .isEqualTo("unit B1-1 moved with building B1 from 210902001001001001 to 210902001001002001"));
  }

  @Test
  void aPlaceCanMoveAndMoveBack() {
    GridHistory h = history()
        .apply(MARCH, "B2 re-assigned", new Change.MovePlaces(List.of("B2"), G2))
        .apply(JUNE, "B2 back", new Change.MovePlaces(List.of("B2"), G1));

    assertThat(h.gridOfPlace("B2", START)).contains(G1);
    assertThat(h.gridOfPlace("B2", MARCH)).contains(G2);
    assertThat(h.gridOfPlace("B2", JUNE)).contains(G1);
    assertThat(h.changesOfPlace("B2")).extracting(ChangeRecord::revision).containsExactly(2, 3);
    assertThat(h.at(MARCH).orElseThrow().get(G2).households()).isEqualTo(156);
  }

  @Test
  void refusesToMoveAUnitWithoutItsBuilding() {
    IllegalChangeException e = refused(history(), MARCH, new Change.MovePlaces(List.of("B1-1"), G2));

    assertThat(e.rule()).isEqualTo(ChangeRule.PLACE_SEPARATED);
    assertThat(e.subject()).isEqualTo("B1-1");
    assertThat(e).hasMessageContaining("unit B1-1 cannot move without B1");
  }

  @Test
  void refusesUnknownPlacesAndListsThem() {
    IllegalChangeException e = refused(history(), MARCH, new Change.MovePlaces(List.of("B2", "B98", "B99"), G2));

    assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_PLACE);
    assertThat(e.subject()).isEqualTo("B98");
    assertThat(e).hasMessageContaining("[B98, B99]");
  }

  @Test
  void refusesAnUnknownOrRetiredTargetGrid() {
    assertThat(refused(history(), MARCH, new Change.MovePlaces(List.of("B2"), code("210902001001001099"))))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_GRID))
        .hasMessageContaining("no grid 210902001001001099");

    GridHistory h = history().apply(MARCH, "empty grid gone",
        new Change.MovePlaces(List.of("B5"), G1), new Change.Retire(G5));
    assertThat(refused(h, JUNE, new Change.MovePlaces(List.of("B5"), G5)))
        .satisfies(e -> assertThat(e.rule()).isEqualTo(ChangeRule.UNKNOWN_GRID))
        .hasMessageContaining("grid 210902001001002001 was retired on 2024-03-01");
  }

  @Test
  void refusesAMoveToThePlacesOwnGrid() {
    IllegalChangeException e = refused(history(), MARCH, new Change.MovePlaces(List.of("B3"), G2));

    assertThat(e.rule()).isEqualTo(ChangeRule.NO_EFFECT);
    assertThat(e.subject()).isEqualTo("B3");
  }

  @Test
  void aMoveNamesItsPlacesOnce() {
    assertThatThrownBy(() -> new Change.MovePlaces(List.of("B2", "B2"), G2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B2");
    assertThatThrownBy(() -> new Change.MovePlaces(List.of(), G2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(G2.value());
  }
}
