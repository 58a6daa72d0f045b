package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

  @Test
  void terminalStatusesAreExactlyThoseWithNoCommand() {
    for (CaseStatus status : CaseStatus.values()) {
      assertThat(status.isTerminal()).as("%s", status)
          .isEqualTo(TransitionTable.standard().commandsIn(status).isEmpty());
    }
  }

  @Test
  void closedAndRatedCasesCountAsClosed() {
    assertThat(CaseStatus.CLOSED.isClosed()).isTrue();
    assertThat(CaseStatus.RATED.isClosed()).isTrue();
    assertThat(CaseStatus.CHECKED.isClosed()).isFalse();
    assertThat(CaseStatus.VOIDED.isClosed()).isFalse();
  }

  @Test
  void everyStatusHasAChineseName() {
    assertThat(CaseStatus.ON_HOLD.nameZh()).isEqualTo("挂账");
    assertThat(CaseStatus.values()).allSatisfy(status -> assertThat(status.nameZh()).isNotBlank());
  }
}
