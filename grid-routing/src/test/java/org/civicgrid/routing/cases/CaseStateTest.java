package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.CHANGYUAN_GRID;
import static org.civicgrid.routing.cases.CaseFixtures.DISPATCHER;
import static org.civicgrid.routing.cases.CaseFixtures.LEADER;
import static org.civicgrid.routing.cases.CaseFixtures.MORNING;
import static org.civicgrid.routing.cases.CaseFixtures.URBAN;
import static org.civicgrid.routing.cases.CaseFixtures.WATER;
import static org.civicgrid.routing.cases.CaseFixtures.WORKER;
import static org.civicgrid.routing.cases.CaseFixtures.fileIn;
import static org.civicgrid.routing.cases.CaseFixtures.next;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.routing.calendar.Pause;
import org.civicgrid.routing.calendar.TimeLimit;
import org.junit.jupiter.api.Test;

class CaseStateTest {

  @Test
  void aFreshCaseHasOnlyItsReport() {
    CaseState state = CaseFixtures.reported("c-1").state();
    assertThat(state.id()).isEqualTo(CaseId.of("c-1"));
    assertThat(state.intake()).isEqualTo(CaseFixtures.blockedCar("c-1"));
    assertThat(state.status()).isEqualTo(CaseStatus.REPORTED);
    assertThat(state.version()).isEqualTo(1);
    assertThat(state.lastAt()).isEqualTo(MORNING);
    assertThat(state.steps().first(CaseStatus.REPORTED)).contains(MORNING);
    assertThat(state.units()).isEmpty();
    assertThat(state.leadUnit()).isEmpty();
    assertThat(state.assignee()).isEmpty();
    assertThat(state.dispatchedUnits()).isEmpty();
    assertThat(state.wrongDispatch()).isFalse();
    assertThat(state.rework()).isZero();
    assertThat(state.sendBacks()).isZero();
    assertThat(state.transfers()).isZero();
    assertThat(state.failedChecks()).isZero();
    assertThat(state.meToo()).isZero();
    assertThat(state.holds()).isZero();
    assertThat(state.heldFor()).isEqualTo(Duration.ZERO);
    assertThat(state.pendingExtension()).isEmpty();
    assertThat(state.extensions()).isEmpty();
    assertThat(state.extensionsRefused()).isZero();
    assertThat(state.selfHandled()).isFalse();
    assertThat(state.satisfaction()).isEmpty();
    assertThat(state.duplicateOf()).isEmpty();
    assertThat(state).hasToString("case c-1 REPORTED v1");
  }

  @Test
  void theStepTimesOfTheWholeLoopAreKept() {
    CaseState state = fileIn(CaseStatus.RATED).state();
    assertThat(state.steps().first(CaseStatus.ACCEPTED)).contains(MORNING.plusSeconds(60));
    assertThat(state.steps().first(CaseStatus.DISPATCHED)).contains(MORNING.plusSeconds(180));
    assertThat(state.steps().first(CaseStatus.HANDLED)).contains(MORNING.plusSeconds(300));
    assertThat(state.steps().last(CaseStatus.RATED)).contains(MORNING.plusSeconds(480));
    assertThat(state.steps().first(CaseStatus.ON_HOLD)).isEmpty();
    assertThat(state.satisfaction()).hasValue(5);
    assertThat(state.leadUnit()).contains(CHANGYUAN_GRID);
    assertThat(state.assignee()).contains(WORKER.person());
    assertThat(state.units()).containsExactly(CHANGYUAN_GRID, WATER);
  }

  @Test
  void sendBacksAreCountedAndTheUnitsLetGo() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    file = file.execute(next(file, CommandKind.SEND_BACK));
    assertThat(file.state().status()).isEqualTo(CaseStatus.FILED);
    assertThat(file.state().units()).isEmpty();
    assertThat(file.state().assignee()).isEmpty();
    file = file.execute(dispatch(file, URBAN));
    file = file.execute(next(file, CommandKind.SEND_BACK));
    assertThat(file.state().sendBacks()).isEqualTo(2);
    assertThat(file.state().steps().first(CaseStatus.FILED)).isNotEqualTo(file.state().steps().last(CaseStatus.FILED));
  }

  @Test
  void twoDifferentLeadUnitsDispatchedIsAWrongDispatch() {
    CaseFile file = fileIn(CaseStatus.DISPATCHED);
    assertThat(file.state().wrongDispatch()).isFalse();
    file = file.execute(next(file, CommandKind.SEND_BACK));
    file = file.execute(dispatch(file, CHANGYUAN_GRID));
    assertThat(file.state().wrongDispatch()).as("the same unit again").isFalse();
    file = file.execute(next(file, CommandKind.SEND_BACK));
    file = file.execute(dispatch(file, URBAN));
    assertThat(file.state().dispatchedUnits()).containsExactly(CHANGYUAN_GRID, CHANGYUAN_GRID, URBAN);
    assertThat(file.state().wrongDispatch()).isTrue();
    assertThat(file.state().rework()).as("no check failed").isZero();
  }

  @Test
  void theSameUnitDispatchedAgainAfterAFailedCheckIsRework() {
    CaseFile file = fileIn(CaseStatus.HANDLED);
    file = file.execute(next(file, CommandKind.FAIL_CHECK));
    assertThat(file.state().status()).isEqualTo(CaseStatus.FILED);
    assertThat(file.state().units()).isEmpty();
    assertThat(file.state().failedChecks()).isEqualTo(1);
    file = file.execute(dispatch(file, CHANGYUAN_GRID));
    assertThat(file.state().rework()).isEqualTo(1);
    file = file.execute(next(file, CommandKind.START_HANDLING));
    file = file.execute(next(file, CommandKind.REPORT_BACK));
    file = file.execute(next(file, CommandKind.FAIL_CHECK));
    file = file.execute(dispatch(file, URBAN));
    assertThat(file.state().rework()).as("another unit is not rework").isEqualTo(1);
    assertThat(file.state().wrongDispatch()).isTrue();
    assertThat(file.state().failedChecks()).isEqualTo(2);
  }

  @Test
  void holdsArePausesWithTheirLength() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    Instant held = file.state().lastAt().plus(Duration.ofHours(1));
    file = file.execute(new CaseCommand.Hold(LEADER, held, "owner abroad"));
    assertThat(file.state().heldSince()).contains(held);
    assertThat(file.state().holds()).isEqualTo(1);
    assertThat(file.state().pauses()).isEmpty();
    file = file.execute(new CaseCommand.Resume(LEADER, held.plus(Duration.ofDays(2))));
    file = file.execute(new CaseCommand.Hold(LEADER, held.plus(Duration.ofDays(3)), "owner abroad again"));
    file = file.execute(new CaseCommand.Resume(LEADER, held.plus(Duration.ofDays(3)).plus(Duration.ofHours(5))));
    assertThat(file.state().pauses()).containsExactly(
        new Pause(held, held.plus(Duration.ofDays(2))),
        new Pause(held.plus(Duration.ofDays(3)), held.plus(Duration.ofDays(3)).plus(Duration.ofHours(5))));
    assertThat(file.state().holds()).isEqualTo(2);
    assertThat(file.state().heldFor()).isEqualTo(Duration.ofHours(53));
    assertThat(file.state().heldSince()).isEmpty();
  }

  @Test
  void voidingAHeldCaseEndsItsPause() {
    CaseFile file = fileIn(CaseStatus.ON_HOLD);
    Instant since = file.state().heldSince().orElseThrow();
    file = file.execute(next(file, CommandKind.VOID));
    assertThat(file.state().status()).isEqualTo(CaseStatus.VOIDED);
    assertThat(file.state().pauses()).containsExactly(new Pause(since, file.state().lastAt()));
    assertThat(file.state().heldSince()).isEmpty();
  }

  @Test
  void extensionsKeepTheirLengthsAndRefusals() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    file = file.execute(next(file, CommandKind.REQUEST_EXTENSION));
    assertThat(file.state().pendingExtension()).contains(TimeLimit.workingDays(2));
    file = file.execute(next(file, CommandKind.APPROVE_EXTENSION));
    file = file.execute(new CaseCommand.RequestExtension(WORKER, file.state().lastAt(),
        TimeLimit.workingHours(4), "parts arrive this afternoon"));
    file = file.execute(next(file, CommandKind.APPROVE_EXTENSION));
    file = file.execute(next(file, CommandKind.REQUEST_EXTENSION));
    file = file.execute(next(file, CommandKind.REFUSE_EXTENSION));
    assertThat(file.state().extensions())
        .containsExactly(TimeLimit.workingDays(2), TimeLimit.workingHours(4));
    assertThat(file.state().extensionsRefused()).isEqualTo(1);
    assertThat(file.state().pendingExtension()).isEmpty();
  }

  @Test
  void aPendingExtensionLapsesWhenTheUnitLetsGoAndSurvivesAHold() {
    CaseFile held = fileIn(CaseStatus.HANDLING);
    held = held.execute(next(held, CommandKind.REQUEST_EXTENSION));
    held = held.execute(next(held, CommandKind.HOLD));
    held = held.execute(next(held, CommandKind.RESUME));
    assertThat(held.state().pendingExtension()).isPresent();
    CaseFile sentBack = held.execute(next(held, CommandKind.SEND_BACK));
    assertThat(sentBack.state().pendingExtension()).isEmpty();
    CaseFile transferred = held.execute(next(held, CommandKind.TRANSFER));
    assertThat(transferred.state().pendingExtension()).isEmpty();
    CaseFile reported = held.execute(next(held, CommandKind.REPORT_BACK));
    assertThat(reported.state().pendingExtension()).isEmpty();
  }

  @Test
  void transfersAreCountedAndReenterDispatched() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    file = file.execute(next(file, CommandKind.TRANSFER));
    assertThat(file.state().transfers()).isEqualTo(1);
    assertThat(file.state().units()).containsExactly(URBAN, WATER);
    assertThat(file.state().assignee()).isEmpty();
    assertThat(file.state().dispatchedUnits()).as("a transfer is not a dispatch").containsExactly(CHANGYUAN_GRID);
    Instant transferred = file.state().lastAt();
    file = file.execute(new CaseCommand.Transfer(DISPATCHER, transferred.plusSeconds(5), CHANGYUAN_GRID,
        Optional.of(WORKER.person()), "back after all"));
    assertThat(file.state().steps().first(CaseStatus.DISPATCHED)).contains(MORNING.plusSeconds(180));
    assertThat(file.state().steps().last(CaseStatus.DISPATCHED)).contains(transferred.plusSeconds(5));
  }

  @Test
  void selfHandlingMeTooDuplicateAndRatingAreKept() {
    CaseFile spot = fileIn(CaseStatus.REPORTED);
    spot = spot.execute(next(spot, CommandKind.ME_TOO)).execute(next(spot, CommandKind.HANDLE_ON_SPOT));
    assertThat(spot.state().selfHandled()).isTrue();
    assertThat(spot.state().meToo()).isEqualTo(1);
    assertThat(spot.state().status()).isEqualTo(CaseStatus.HANDLED);
    CaseFile duplicate = fileIn(CaseStatus.DUPLICATE);
    assertThat(duplicate.state().duplicateOf()).contains(CaseId.of("c-original"));
  }

  @Test
  void replayGivesTheSameStateAsTheCommandsOneByOne() {
    for (CaseStatus status : CaseStatus.values()) {
      if (status != CaseStatus.NEW) {
        CaseFile file = fileIn(status);
        assertThat(CaseState.replay(file.log())).as("%s", status).isEqualTo(file.state())
            .hasSameHashCodeAs(file.state());
      }
    }
  }

  @Test
  void anEmptyLogHoldsNoCase() {
    assertThatThrownBy(() -> CaseState.replay(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an empty log holds no case");
    assertThatThrownBy(() -> CaseState.replay(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aLogMustStartWithTheReport() {
    List<CaseEvent> log = fileIn(CaseStatus.ACCEPTED).log();
    assertMalformed(log.subList(1, 2), "event #2 (ACCEPT REPORTED → ACCEPTED): the first event must report the case");
    CaseEvent first = log.get(0);
    CaseEvent renumbered = new CaseEvent(first.caseId(), 2, first.command(), CaseStatus.NEW, CaseStatus.REPORTED);
    assertMalformed(List.of(renumbered), "the first event must report the case");
  }

  @Test
  void aLogWithAGapOrAnotherCasesEventIsMalformed() {
    List<CaseEvent> log = fileIn(CaseStatus.FILED).log();
    assertMalformed(List.of(log.get(0), log.get(2)), "log of case c-filed, event #3 (FILE ACCEPTED → FILED): "
        + "expected event #2 of case c-filed");
    CaseEvent other = log.get(1);
    CaseEvent foreign = new CaseEvent(CaseId.of("c-other"), 2, other.command(), other.from(), other.to());
    assertMalformed(List.of(log.get(0), foreign), "expected event #2 of case c-filed");
  }

  @Test
  void aForgedStatusOrAnIllegalCommandInTheLogIsMalformed() {
    List<CaseEvent> log = new ArrayList<>(fileIn(CaseStatus.FILED).log());
    CaseEvent file = log.get(2);
    log.set(2, new CaseEvent(file.caseId(), 3, file.command(), CaseStatus.ACCEPTED, CaseStatus.CLOSED));
    assertMalformed(log, "event #3 (FILE ACCEPTED → CLOSED): expected ACCEPTED → FILED");
    List<CaseEvent> skipped = new ArrayList<>(fileIn(CaseStatus.REPORTED).log());
    skipped.add(new CaseEvent(CaseId.of("c-reported"), 2, next(fileIn(CaseStatus.REPORTED), CommandKind.CLOSE),
        CaseStatus.CHECKED, CaseStatus.CLOSED));
    assertThatThrownBy(() -> CaseState.replay(skipped)).isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageContaining("its command does not apply: ILLEGAL_TRANSITION: case c-reported is REPORTED; CLOSE")
        .hasCauseInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void statesWithTheSameLogAreEqualAndOthersAreNot() {
    CaseFile file = fileIn(CaseStatus.DISPATCHED);
    CaseFile joined = file.execute(next(file, CommandKind.JOIN));
    assertThat(joined.state()).isNotEqualTo(file.state()).isNotEqualTo(null).isNotEqualTo("case");
    assertThat(CaseFile.replay(joined.log()).state()).isEqualTo(joined.state());
    assertThat(joined.state()).hasToString("case c-dispatched DISPATCHED v5 "
        + "[grid 210902001001, department water-utility, department public-security]");
  }

  private static CaseCommand dispatch(CaseFile file, HandlingUnit lead) {
    return new CaseCommand.Dispatch(DISPATCHER, file.state().lastAt().plusSeconds(60), List.of(lead),
        Optional.empty(), "by hand");
  }

  private static void assertMalformed(List<CaseEvent> log, String message) {
    assertThatThrownBy(() -> CaseState.replay(log)).isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageContaining(message);
  }
}
