package org.civicgrid.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SegmentRangeTest {
  private static final SegmentRange TOWN = SegmentRange.of(100, 199, "town");

  @Test
  void containsBothEnds() {
    assertThat(TOWN.contains(100)).isTrue();
    assertThat(TOWN.contains(199)).isTrue();
    assertThat(TOWN.contains(99)).isFalse();
    assertThat(TOWN.contains(200)).isFalse();
  }

  @Test
  void singleValueRangeIsAllowed() {
    assertThat(SegmentRange.of(7, 7, "only").contains(7)).isTrue();
  }

  @Test
  void reversedOrNegativeRangeIsACallerMistake() {
    assertThatThrownBy(() -> SegmentRange.of(200, 100, "reversed"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200..100");
    assertThatThrownBy(() -> SegmentRange.of(-1, 5, "negative"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1..5");
    assertThatThrownBy(() -> SegmentRange.of(1, 5, null)).isInstanceOf(NullPointerException.class);
  }
}
