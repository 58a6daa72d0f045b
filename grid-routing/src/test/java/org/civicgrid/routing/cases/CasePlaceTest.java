package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.junit.jupiter.api.Test;

class CasePlaceTest {

  @Test
  void aPlaceIsAPointWithItsSystemABuildingOrAGrid() {
    CasePlace point = CasePlace.at(GeoPoint.gcj02(121.67, 42.01));
    assertThat(point).isInstanceOfSatisfying(CasePlace.AtPoint.class,
        p -> assertThat(p.point().system()).isEqualTo(CoordinateSystem.GCJ02));
    assertThat(point).hasToString("at (121.67, 42.01 GCJ02)");
    assertThat(CasePlace.place("changyuan-b3")).isEqualTo(new CasePlace.AtPlace("changyuan-b3"))
        .hasToString("place changyuan-b3");
    assertThat(CasePlace.in(FuxinGrids.CHANGYUAN)).hasToString("grid 210902001001");
  }

  @Test
  void emptyPlacesAreRefused() {
    assertThatThrownBy(() -> CasePlace.at(null)).isInstanceOf(NullPointerException.class).hasMessage("point");
    assertThatThrownBy(() -> CasePlace.place(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("place id   must not be blank");
    assertThatThrownBy(() -> CasePlace.place(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CasePlace.in(null)).isInstanceOf(NullPointerException.class).hasMessage("grid");
  }
}
