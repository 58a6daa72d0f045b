package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.routing.cases.CaseFixtures.MORNING;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {

  @Test
  void itNamesTheCaseItsStatusTheCommandAndWhy() {
    CaseCommand meToo = new CaseCommand.MeToo(CaseFixtures.OPERATOR, MORNING, CaseFixtures.LI_NA, Channel.APP);
    IllegalTransitionException e = new IllegalTransitionException(CaseId.of("c-1"), CaseStatus.RATED, meToo,
        Refusal.NOT_IN_THIS_STATUS, "");
    assertThat(e).isInstanceOf(CivicGridException.class)
        .hasMessage("ILLEGAL_TRANSITION: case c-1 is RATED; ME_TOO by op-003 at 2024-05-06T01:00:00Z refused "
            + "(NOT_IN_THIS_STATUS)");
    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThat(e.caseId()).isEqualTo(CaseId.of("c-1"));
    assertThat(e.status()).isEqualTo(CaseStatus.RATED);
    assertThat(e.command()).isEqualTo(CommandKind.ME_TOO);
    assertThat(e.refusal()).isEqualTo(Refusal.NOT_IN_THIS_STATUS);
    assertThat(e.getMessage()).doesNotContain("李");
  }

  @Test
  void aDetailFollowsTheRefusal() {
    IllegalTransitionException e = new IllegalTransitionException(CaseId.of("c-1"), CaseStatus.HANDLING,
        new CaseCommand.ApproveExtension(CaseFixtures.WORKER, MORNING), Refusal.SELF_APPROVAL, "gw-017 asked for it");
    assertThat(e).hasMessageEndingWith("refused (SELF_APPROVAL): gw-017 asked for it");
  }
}
