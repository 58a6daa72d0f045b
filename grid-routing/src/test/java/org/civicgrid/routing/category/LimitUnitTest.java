package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitUnitTest {

  @Test
  void workingHoursAndDaysCountWorkingTimeOnly() {
    assertThat(LimitUnit.WORKING_HOURS.isWorkingTime()).isTrue();
    assertThat(LimitUnit.WORKING_DAYS.isWorkingTime()).isTrue();
    assertThat(LimitUnit.NATURAL_HOURS.isWorkingTime()).isFalse();
    assertThat(LimitUnit.NATURAL_DAYS.isWorkingTime()).isFalse();
    assertThat(LimitUnit.WORKING_DAYS.nameZh()).isEqualTo("工作日");
  }

  @Test
  void unitsAreFoundByTheirFileIds() {
    assertThat(LimitUnit.byId("working-days")).contains(LimitUnit.WORKING_DAYS);
    assertThat(LimitUnit.byId("natural-hours")).contains(LimitUnit.NATURAL_HOURS);
    assertThat(LimitUnit.byId("WORKING_DAYS")).isEmpty();
    assertThat(LimitUnit.byId("workdays")).isEmpty();
  }
}
