package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.MORNING;

import java.util.Optional;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

class CaseEventTest {
  private static final CaseId ID = CaseId.of("c-1");

  @Test
  void anEventSaysWhoForWhomWhenWhatWhyAndTheMove() {
    Actor backup = Actor.backupFor(PersonId.of("sl-009"), PersonId.of("sl-002"));
    CaseEvent event = new CaseEvent(ID, 4, new CaseCommand.SendBack(backup, MORNING, "not our compound"),
        CaseStatus.HANDLING, CaseStatus.FILED);
    assertThat(event.who()).isEqualTo(PersonId.of("sl-009"));
    assertThat(event.actingFor()).contains(PersonId.of("sl-002"));
    assertThat(event.at()).isEqualTo(MORNING);
    assertThat(event.what()).isEqualTo(CommandKind.SEND_BACK);
    assertThat(event.why()).isEqualTo("not our compound");
    assertThat(event).hasToString(
        "c-1 #4 2024-05-06T01:00:00Z sl-009 for sl-002 SEND_BACK HANDLING → FILED (not our compound)");
  }

  @Test
  void aMainLineEventHasNoReasonAndNobodyActedFor() {
    CaseEvent event = new CaseEvent(ID, 2, new CaseCommand.Accept(CaseFixtures.OPERATOR, MORNING),
        CaseStatus.REPORTED, CaseStatus.ACCEPTED);
    assertThat(event.why()).isEmpty();
    assertThat(event.actingFor()).isEqualTo(Optional.empty());
    assertThat(event).hasToString("c-1 #2 2024-05-06T01:00:00Z op-003 ACCEPT REPORTED → ACCEPTED");
  }

  @Test
  void badEventsAreRefusedNamingTheCase() {
    CaseCommand accept = new CaseCommand.Accept(CaseFixtures.OPERATOR, MORNING);
    assertThatThrownBy(() -> new CaseEvent(ID, 0, accept, CaseStatus.REPORTED, CaseStatus.ACCEPTED))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("case c-1 event sequence 0 must be at least 1");
    assertThatThrownBy(() -> new CaseEvent(null, 1, accept, CaseStatus.REPORTED, CaseStatus.ACCEPTED))
        .hasMessage("caseId");
    assertThatThrownBy(() -> new CaseEvent(ID, 2, null, CaseStatus.REPORTED, CaseStatus.ACCEPTED))
        .hasMessage("case c-1 event 2 command");
    assertThatThrownBy(() -> new CaseEvent(ID, 2, accept, null, CaseStatus.ACCEPTED))
        .hasMessage("case c-1 event 2 from");
    assertThatThrownBy(() -> new CaseEvent(ID, 2, accept, CaseStatus.REPORTED, null)).hasMessage("case c-1 event 2 to");
  }
}
