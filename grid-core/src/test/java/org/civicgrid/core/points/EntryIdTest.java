package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntryIdTest {
  @Test
  void ordersByNumberAndPrintsIt() {
    assertThat(EntryId.of(9)).isLessThan(EntryId.of(10));
    assertThat(EntryId.of(17)).hasToString("17");
  }

  @Test
  void refusesZeroAndNegativeNumbers() {
    assertThatThrownBy(() -> EntryId.of(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> EntryId.of(-3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
  }
}
