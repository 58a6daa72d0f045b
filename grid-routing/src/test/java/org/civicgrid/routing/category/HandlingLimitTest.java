package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HandlingLimitTest {

  @Test
  void jiyuansLimitsInWorkingDaysAndWorkingHoursAreDifferentValues() {
    HandlingLimit illegalStructure = HandlingLimit.workingDays(15);
    HandlingLimit dirtyRoad = HandlingLimit.workingHours(5);

    assertThat(illegalStructure).isEqualTo(new HandlingLimit(15, LimitUnit.WORKING_DAYS));
    assertThat(dirtyRoad.unit()).isEqualTo(LimitUnit.WORKING_HOURS);
    assertThat(HandlingLimit.workingHours(5)).isNotEqualTo(HandlingLimit.naturalHours(5));
    assertThat(HandlingLimit.naturalDays(7).unit()).isEqualTo(LimitUnit.NATURAL_DAYS);
    assertThat(illegalStructure).hasToString("15 working-days");
  }

  @Test
  void aLimitOfLessThanOneIsRefused() {
    assertThatThrownBy(() -> HandlingLimit.naturalHours(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1, not 0");
    assertThatThrownBy(() -> new HandlingLimit(2, null)).isInstanceOf(NullPointerException.class);
  }
}
