package org.civicgrid.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.StandardSegments;
import org.junit.jupiter.api.Test;

class LevelTest {
  private static final Level COMMUNITY = Level.builder("community").names("社区", "community")
      .code(12, StandardSegments.URBAN_COMMUNITY).under("subdistrict").build();

  @Test
  void describesItsCode() {
    assertThat(COMMUNITY.id()).isEqualTo("community");
    assertThat(COMMUNITY.nameZh()).isEqualTo("社区");
    assertThat(COMMUNITY.nameEn()).isEqualTo("community");
    assertThat(COMMUNITY.codeLength()).isEqualTo(12);
    assertThat(COMMUNITY.segment()).isSameAs(StandardSegments.URBAN_COMMUNITY);
    assertThat(COMMUNITY.segmentStart()).isEqualTo(9);
    assertThat(COMMUNITY.households()).isEmpty();
    assertThat(COMMUNITY).hasToString("community (社区, 12 characters)");
  }

  @Test
  void isTopOnlyWithoutParents() {
    assertThat(COMMUNITY.isTop()).isFalse();
    assertThat(COMMUNITY.parents()).containsExactly("subdistrict");
    Level county = Level.builder("county").names("县区", "county").code(6, StandardSegments.ADMINISTRATIVE_DIVISION).build();
    assertThat(county.isTop()).isTrue();
    assertThat(county.segmentStart()).isZero();
  }

  @Test
  void mayHangUnderSeveralLevels() {
    Level township = Level.builder("township").names("乡镇街道", "township").code(9, StandardSegments.TOWNSHIP)
        .under("county").under("city").build();
    assertThat(township.parents()).containsExactly("county", "city");
  }

  @Test
  void carriesItsHouseholdBand() {
    Level grid = Level.builder("grid").names("网格", "grid").code(15, CodeSegment.sequence("grid", 3))
        .households(HouseholdBand.around(300, 20)).under("community").build();
    assertThat(grid.households()).contains(new HouseholdBand(240, 300, 360));
  }

  @Test
  void idMustBeLowerKebab() {
    assertThatThrownBy(() -> Level.builder("Community")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Community");
    assertThatThrownBy(() -> Level.builder("building_grid")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("building_grid");
    assertThatThrownBy(() -> Level.builder("1st")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Level.builder("grid-")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Level.builder(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Level.builder("building-grid2").names("楼栋", "building").code(3, CodeSegment.sequence("b", 3)).build().id())
        .isEqualTo("building-grid2");
  }

  @Test
  void codeShorterThanItsSegmentIsACallerMistake() {
    assertThatThrownBy(() -> Level.builder("village").code(2, StandardSegments.VILLAGE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("village");
  }

  @Test
  void levelWithoutNamesOrCodeCannotBeBuilt() {
    assertThatThrownBy(() -> Level.builder("area").code(15, CodeSegment.sequence("area", 3)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("area has no names");
    assertThatThrownBy(() -> Level.builder("area").names("片区", "area").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("area has no code");
    assertThatThrownBy(() -> Level.builder("area").names(null, "area")).isInstanceOf(NullPointerException.class);
  }
}
