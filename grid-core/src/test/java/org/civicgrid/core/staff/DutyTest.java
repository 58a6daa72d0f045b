package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DutyTest {

  @Test
  void aDutyHasAnIdAndBothNames() {
    Duty duty = new Duty("risk-inspector", "风险隐患巡查员", "risk inspector");

    assertThat(duty.id()).isEqualTo("risk-inspector");
    assertThat(duty).hasToString("risk-inspector (风险隐患巡查员)");
  }

  @Test
  void anIdThatIsNotLowerKebabIsRejectedByName() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Duty("Risk_Inspector", "风险隐患巡查员", "risk inspector"))
        .withMessageContaining("Risk_Inspector");
  }

  @Test
  void aDutyNeedsBothNames() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Duty("risk-inspector", " ", "risk inspector"))
        .withMessageContaining("risk-inspector has no Chinese name");
    assertThatIllegalArgumentException().isThrownBy(() -> new Duty("risk-inspector", "风险隐患巡查员", null))
        .withMessageContaining("risk-inspector has no English name");
  }
}
