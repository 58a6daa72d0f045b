package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.history.FuxinHistory.JUNE;
import static org.civicgrid.core.history.FuxinHistory.MARCH;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityTest {
  @Test
  void includesItsStartAndExcludesItsEnd() {
    Validity spring = new Validity(MARCH, Optional.of(JUNE));
    assertThat(spring.contains(MARCH)).isTrue();
    assertThat(spring.contains(JUNE.minusDays(1))).isTrue();
    assertThat(spring.contains(JUNE)).isFalse();
    assertThat(spring.contains(MARCH.minusDays(1))).isFalse();
    assertThat(spring.isOpen()).isFalse();
    assertThat(spring).hasToString("[2024-03-01, 2024-06-01)");
  }

  @Test
  void anOpenPeriodLastsUntilTheGridIsRetired() {
    Validity open = new Validity(MARCH, Optional.empty());
    assertThat(open.contains(JUNE.plusYears(10))).isTrue();
    assertThat(open.isOpen()).isTrue();
  }

  @Test
  void refusesAnEmptyPeriod() {
    assertThatThrownBy(() -> new Validity(JUNE, Optional.of(MARCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-06-01");
  }
}
