package org.civicgrid.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.junit.jupiter.api.Test;

class SpecialistGridTest {
  @Test
  void aDockedGridNamesItsSocialGrid() {
    SpecialistGrid beat = SpecialistGrid.docked("JWQ-01", "和平一警务区", "210902001");
    assertThat(beat.isDocked()).isTrue();
    assertThat(beat.socialGrid()).contains(GridCode.of("210902001"));
    assertThat(beat).hasToString("JWQ-01 和平一警务区 → 210902001");
  }

  @Test
  void anUndockedGridCanBeDockedLater() {
    SpecialistGrid beat = SpecialistGrid.undocked("JWQ-02", "和平二警务区");
    assertThat(beat.socialGrid()).isEmpty();
    assertThat(beat).hasToString("JWQ-02 和平二警务区 (not docked)");
    assertThat(beat.withSocialGrid(GridCode.of("210902001001")).socialGrid()).contains(GridCode.of("210902001001"));
    assertThat(beat.isDocked()).isFalse();
  }

  @Test
  void refusesABlankIdAndABadCode() {
    assertThatThrownBy(() -> SpecialistGrid.undocked(" ", "警务区"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> SpecialistGrid.docked("JWQ-01", "和平一警务区", "2109-02"))
        .isInstanceOf(InvalidCodeException.class).hasMessageContaining("2109-02");
    assertThatThrownBy(() -> SpecialistGrid.undocked("JWQ-01", "和平一警务区").withSocialGrid(null))
        .isInstanceOf(NullPointerException.class);
  }
}
