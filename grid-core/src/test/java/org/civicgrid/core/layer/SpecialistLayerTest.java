package org.civicgrid.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecialistLayerTest {
  @Test
  void collectsLevelsAndGridsInOrder() {
    SpecialistLayer beats = SpecialistLayer.builder("police-beats", Departments.PUBLIC_SECURITY, "警务区")
        .docksOnto("subdistrict", "community")
        .add(SpecialistGrid.docked("JWQ-01", "和平一警务区", "210902001"))
        .add(SpecialistGrid.undocked("JWQ-02", "和平二警务区"))
        .build();
    assertThat(beats.allowedLevels()).containsExactly("subdistrict", "community");
    assertThat(beats.grids()).extracting(SpecialistGrid::id).containsExactly("JWQ-01", "JWQ-02");
    assertThat(beats.grid("JWQ-02")).map(SpecialistGrid::name).contains("和平二警务区");
    assertThat(beats.grid("JWQ-99")).isEmpty();
  }

  @Test
  void keepsRepeatedGridIdsForValidationAndFindsTheFirst() {
    SpecialistLayer areas = SpecialistLayer.builder("market-areas", Departments.MARKET_SUPERVISION, "市场监管网格")
        .docksOnto("community")
        .add(SpecialistGrid.docked("SJ-1", "长源片", "210902001001"))
        .add(SpecialistGrid.docked("SJ-1", "新华片", "210902001002"))
        .build();
    assertThat(areas.grids()).hasSize(2);
    assertThat(areas.grid("SJ-1")).map(SpecialistGrid::name).contains("长源片");
  }

  @Test
  void refusesALayerThatDocksNowhere() {
    var builder = SpecialistLayer.builder("police-beats", Departments.PUBLIC_SECURITY, "警务区");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("police-beats docks onto no level");
  }

  @Test
  void refusesABadIdOrName() {
    assertThatThrownBy(() -> SpecialistLayer.builder("Police Beats", Departments.PUBLIC_SECURITY, "警务区")
        .docksOnto("community").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Police Beats");
    assertThatThrownBy(() -> SpecialistLayer.builder("police-beats", Departments.PUBLIC_SECURITY, "")
        .docksOnto("community").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("police-beats has no name");
    assertThatThrownBy(() -> SpecialistLayer.builder("police-beats", null, "警务区").docksOnto("community").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("police-beats has no department");
  }
}
