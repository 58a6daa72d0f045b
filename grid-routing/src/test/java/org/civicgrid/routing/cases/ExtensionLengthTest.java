package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtensionLengthTest {

  @Test
  void workingHoursAndWorkingDaysAreDifferentLengths() {
    assertThat(ExtensionLength.workingDays(1)).isNotEqualTo(ExtensionLength.workingHours(24))
        .hasToString("1 working days");
    assertThat(ExtensionLength.workingHours(4)).hasToString("4 working hours");
    assertThat(ExtensionLength.workingDays(15).unit()).isEqualTo(ExtensionLength.Unit.WORKING_DAYS);
  }

  @Test
  void anExtensionIsOneTo365Units() {
    assertThatThrownBy(() -> ExtensionLength.workingDays(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extension of 0 WORKING_DAYS outside 1..365");
    assertThatThrownBy(() -> ExtensionLength.workingHours(366)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExtensionLength(1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }
}
