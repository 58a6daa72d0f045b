package org.civicgrid.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.code.GridCode;
import org.junit.jupiter.api.Test;

class DockingTest {
  private static final SpecialistLayer BEATS =
      SpecialistLayer.builder("police-beats", Departments.PUBLIC_SECURITY, "警务区").docksOnto("community").build();

  @Test
  void namesDepartmentAndSocialGrid() {
    Docking docking = new Docking(BEATS, SpecialistGrid.docked("JWQ-01", "长源警务区", "210902001001"));
    assertThat(docking.department()).isEqualTo(Departments.PUBLIC_SECURITY);
    assertThat(docking.socialGrid()).isEqualTo(GridCode.of("210902001001"));
    assertThat(docking).hasToString("police-beats/JWQ-01 (公安) → 210902001001");
  }

  @Test
  void refusesAnUndockedGrid() {
    assertThatThrownBy(() -> new Docking(BEATS, SpecialistGrid.undocked("JWQ-02", "新华警务区")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JWQ-02").hasMessageContaining("police-beats");
  }
}
