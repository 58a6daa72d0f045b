package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.junit.jupiter.api.Test;

class HandlingUnitTest {

  @Test
  void aUnitIsAGridTeamOrADepartment() {
    HandlingUnit community = HandlingUnit.grid(FuxinGrids.CHANGYUAN);
    assertThat(community.kind()).isEqualTo(HandlingUnit.Kind.GRID);
    assertThat(community.gridCode()).contains(FuxinGrids.CHANGYUAN);
    assertThat(community).hasToString("grid 210902001001");
    HandlingUnit water = HandlingUnit.department("water-utility");
    assertThat(water.gridCode()).isEmpty();
    assertThat(water).hasToString("department water-utility").isNotEqualTo(community);
    assertThat(new HandlingUnit(HandlingUnit.Kind.GRID, "210902001001")).isEqualTo(community);
  }

  @Test
  void badIdsAreRefusedNamingThem() {
    assertThatThrownBy(() -> HandlingUnit.department("Water_Utility")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("department id Water_Utility is not lower-kebab");
    assertThatThrownBy(() -> HandlingUnit.department("water--utility")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HandlingUnit.department("water-")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HandlingUnit.department("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HandlingUnit.department("1water")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HandlingUnit(HandlingUnit.Kind.GRID, "2109-02"))
        .isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> HandlingUnit.grid(null)).isInstanceOf(NullPointerException.class).hasMessage("grid");
    assertThatThrownBy(() -> new HandlingUnit(null, "x")).hasMessage("kind");
    assertThatThrownBy(() -> new HandlingUnit(HandlingUnit.Kind.DEPARTMENT, null)).hasMessage("DEPARTMENT unit id");
  }
}
