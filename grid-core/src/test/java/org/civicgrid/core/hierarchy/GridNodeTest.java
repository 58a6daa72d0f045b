package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.junit.jupiter.api.Test;

class GridNodeTest {
  private static final GridNode COMMUNITY = GridNode.of("210902001001", "长源社区", "community", "210902001");

  @Test
  void ofMakesAComprehensiveGridWithoutCounts() {
    assertThat(COMMUNITY.code()).isEqualTo(GridCode.of("210902001001"));
    assertThat(COMMUNITY.parentCode()).contains(GridCode.of("210902001"));
    assertThat(COMMUNITY.kind()).isEqualTo(GridKind.COMPREHENSIVE);
    assertThat(COMMUNITY.households()).isZero();
    assertThat(COMMUNITY.residents()).isZero();
    assertThat(COMMUNITY.tags()).isEmpty();
    assertThat(GridNode.of("210902", "海州区", "county", null).parentCode()).isEmpty();
  }

  @Test
  void withersChangeOneThing() {
    GridNode changed = COMMUNITY.withCounts(11_000, 30_000).withKind(GridKind.DEDICATED).withTags("online-31")
        .withName("长源").withParent(GridCode.of("210902002"));
    assertThat(changed).isEqualTo(new GridNode(GridCode.of("210902001001"), "长源", "community",
        GridCode.of("210902002"), GridKind.DEDICATED, 11_000, 30_000, ImmutableSet.of("online-31")));
    assertThat(COMMUNITY.withParent(null).parentCode()).isEmpty();
  }

  @Test
  void badCodeIsAnInvalidCode() {
    assertThatThrownBy(() -> GridNode.of("2109 02", "海州区", "county", null))
        .isInstanceOf(InvalidCodeException.class).hasMessageContaining("2109 02");
  }

  @Test
  void negativeCountsAreACallerMistakeNamingTheGrid() {
    assertThatThrownBy(() -> COMMUNITY.withCounts(-1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid 210902001001: negative count");
    assertThatThrownBy(() -> COMMUNITY.withCounts(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ownParentIsACallerMistakeNamingTheGrid() {
    assertThatThrownBy(() -> GridNode.of("210902001", "和平街道", "subdistrict", "210902001"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid 210902001 is its own parent");
    assertThatThrownBy(() -> COMMUNITY.withParent(COMMUNITY.code())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingFieldsAreCallerMistakes() {
    assertThatThrownBy(() -> GridNode.of("210902", null, "county", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> GridNode.of("210902", "海州区", null, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("level");
    assertThatThrownBy(() -> COMMUNITY.withKind(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> new GridNode(null, "x", "county", null, GridKind.COMPREHENSIVE, 0, 0, ImmutableSet.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("code");
  }
}
