package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Severity;
import org.junit.jupiter.api.Test;

class LedgerRuleTest {
  @Test
  void namingSomethingMissingIsNotFoundAndEverythingElseAnIllegalChange() {
    assertThat(LedgerRule.UNKNOWN_ENTRY.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(LedgerRule.UNPRICED_ACTIVITY.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(LedgerRule.DUPLICATE_EVENT.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
    assertThat(LedgerRule.INSUFFICIENT_BALANCE.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
  }

  @Test
  void everyRuleIsAnErrorWithAKebabId() {
    assertThat(LedgerRule.values()).allSatisfy(rule -> assertThat(rule.severity()).isEqualTo(Severity.ERROR));
    assertThat(LedgerRule.REVERSAL_OF_REVERSAL.id()).isEqualTo("reversal-of-reversal");
  }
}
