package org.civicgrid.core.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepartmentTest {
  @Test
  void hasAnIdAndNamesInBothLanguages() {
    Department ecology = new Department("ecology-environment", "生态环境", "ecology and environment");
    assertThat(ecology.id()).isEqualTo("ecology-environment");
    assertThat(ecology).hasToString("ecology-environment (生态环境)");
  }

  @Test
  void refusesAnIdThatIsNotLowerKebab() {
    assertThatThrownBy(() -> new Department("Public_Security", "公安", "public security"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Public_Security");
  }

  @Test
  void refusesMissingNames() {
    assertThatThrownBy(() -> new Department("justice", " ", "justice"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justice has no Chinese name");
    assertThatThrownBy(() -> new Department("justice", "司法", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justice has no English name");
  }
}
