package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.escalation.EscalationFixtures.CENTRE;
import static org.civicgrid.routing.escalation.EscalationFixtures.CHANGYUAN_COMMUNITY;
import static org.civicgrid.routing.escalation.EscalationFixtures.JUSTICE;
import static org.civicgrid.routing.escalation.EscalationFixtures.POLICY;
import static org.civicgrid.routing.escalation.EscalationFixtures.RUNG_UNITS;
import static org.civicgrid.routing.escalation.EscalationFixtures.at;
import static org.civicgrid.routing.escalation.EscalationFixtures.dispute;

import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.Tier;
import org.junit.jupiter.api.Test;

class ManualEscalationTest {
  private static final ManualEscalation MANUAL = new ManualEscalation(POLICY, RUNG_UNITS);
  private static final Instant DISPATCHED = at("2025-09-26 10:00");

  @Test
  void aCentreEscalatesToTheNextRungBeforeTheDeadlineWithItsReason() {
    CaseFile file = dispute("m-1", Tier.NETWORK, DISPATCHED);
    CaseCommand.Escalate up = MANUAL.escalate(file.state(), CENTRE, at("2025-09-26 11:00"),
        "threats between the families; the community mediator must come today");
    file = file.execute(up);

    assertThat(up.rung()).isEqualTo(EscalationRung.COMMUNITY);
    assertThat(file.state().leadUnit()).contains(CHANGYUAN_COMMUNITY);
    assertThat(file.lastEvent().who()).isEqualTo(CENTRE.person());
    assertThat(file.lastEvent().why()).contains("mediator");
  }

  @Test
  void aHouseholdMatterCannotBeEscalatedPastTheCommunity() {
    CaseFile file = dispute("m-2", Tier.HOUSEHOLD, DISPATCHED);
    CaseFile atTop = file.execute(MANUAL.escalate(file.state(), CENTRE, at("2025-09-26 11:00"), "needs mediation"));

    assertThatThrownBy(() -> MANUAL.escalate(atTop.state(), CENTRE, at("2025-09-26 12:00"), "still quarrelling"))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION))
        .hasMessageContaining("case m-2 is on COMMUNITY, the top rung for HOUSEHOLD matters");
  }

  @Test
  void assigningTransfersAHandledCaseAndDispatchesAFiledOne() {
    CaseFile file = dispute("m-3", Tier.NETWORK, DISPATCHED);
    CaseCommand transfer = MANUAL.assign(file.state(), CENTRE, at("2025-09-26 11:00"), JUSTICE, Optional.empty(),
        "a property dispute: the justice bureau's mediation committee");
    assertThat(transfer.kind()).isEqualTo(CommandKind.TRANSFER);
    CaseFile sentBack = file.execute(new CaseCommand.SendBack(EscalationFixtures.WORKER, at("2025-09-26 11:00"),
        "not a grid matter"));
    CaseCommand dispatch = MANUAL.assign(sentBack.state(), CENTRE, at("2025-09-26 12:00"), JUSTICE,
        Optional.empty(), "to the justice bureau");

    assertThat(dispatch.kind()).isEqualTo(CommandKind.DISPATCH);
    assertThat(sentBack.execute(dispatch).state().status()).isEqualTo(CaseStatus.DISPATCHED);
  }
}
