package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.routing.calendar.LimitUnit;
import org.junit.jupiter.api.Test;

class LimitUnitIdsTest {

  @Test
  void naturalTimeInCatalogueFilesIsCalendarTime() {
    assertThat(LimitUnitIds.unit("natural-hours")).isEqualTo(LimitUnit.CALENDAR_HOURS);
    assertThat(LimitUnitIds.unit("natural-days")).isEqualTo(LimitUnit.CALENDAR_DAYS);
    assertThat(LimitUnitIds.unit("working-days")).isEqualTo(LimitUnit.WORKING_DAYS);
    assertThat(LimitUnitIds.id(LimitUnit.CALENDAR_MINUTES)).isEqualTo("natural-minutes");
  }

  @Test
  void everyUnitHasAnIdThatReadsBack() {
    for (LimitUnit unit : LimitUnit.values()) {
      assertThat(LimitUnitIds.unit(LimitUnitIds.id(unit))).isEqualTo(unit);
    }
  }

  @Test
  void unknownIdsAndEnumNamesAreNotUnits() {
    assertThat(LimitUnitIds.unit("WORKING_DAYS")).isNull();
    assertThat(LimitUnitIds.unit("calendar-hours")).isNull();
    assertThat(LimitUnitIds.unit("workdays")).isNull();
  }
}
