package org.civicgrid.routing.cases;


import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.CHANGYUAN_GRID;
import static org.civicgrid.routing.cases.CaseFixtures.DISPATCHER;
import static org.civicgrid.routing.cases.CaseFixtures.LEADER;
import static org.civicgrid.routing.cases.CaseFixtures.OPERATOR;
import static org.civicgrid.routing.cases.CaseFixtures.POLICE;
import static org.civicgrid.routing.cases.CaseFixtures.WATER;
import static org.civicgrid.routing.cases.CaseFixtures.WORKER;
import static org.civicgrid.routing.cases.CaseFixtures.fileIn;
import static org.civicgrid.routing.cases.CaseFixtures.next;

class CaseLifecycleTest {
  private static final TransitionTable TABLE = TransitionTable.standard();

  /** Every status a case can be in (all but NEW) with every command. */
  static Stream<Arguments> everyPairOnACase() {
    List<Arguments> pairs = new ArrayList<>();
    for (CaseStatus status : CaseStatus.values()) {
      if (status != CaseStatus.NEW) {
        for (CommandKind command : CommandKind.values()) {
          pairs.add(Arguments.of(status, command));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("everyPairOnACase")
  void everyCommandInEveryStatusIsTheTablesTransitionOrATypedRefusal(CaseStatus status, CommandKind kind) {
    boolean answersSummons = kind == CommandKind.ACKNOWLEDGE_SUMMONS || kind == CommandKind.ARRIVE_ON_SUMMONS
        || kind == CommandKind.ESCALATE_SUMMONS;
    CaseFile file = fileIn(status, answersSummons && TABLE.allows(status, kind));
    if ((kind == CommandKind.APPROVE_EXTENSION || kind == CommandKind.REFUSE_EXTENSION)
        && TABLE.allows(status, CommandKind.REQUEST_EXTENSION)) {
      file = file.execute(next(file, CommandKind.REQUEST_EXTENSION));
    }
    CaseCommand command = next(file, kind);
    Optional<Transition> transition = TABLE.find(status, kind);
    if (transition.isPresent()) {
      CaseFile after = file.execute(command);
      CaseEvent event = after.lastEvent();
      // The fixture's held case was put on hold while HANDLING.
      CaseStatus expected = transition.get().to().orElse(CaseStatus.HANDLING);
      assertThat(event.from()).isEqualTo(status);
      assertThat(event.to()).isEqualTo(expected);
      assertThat(event.command()).isSameAs(command);
      assertThat(event.sequence()).isEqualTo(file.version() + 1);
      assertThat(after.state().status()).isEqualTo(expected);
      assertThat(after.log()).hasSize(file.log().size() + 1).startsWith(file.log().toArray(new CaseEvent[0]));
    } else {
      CaseFile before = file;
      try (CapturedLog log = CapturedLog.start()) {
        assertThatThrownBy(() -> before.execute(command))
            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
              assertThat(e.caseId()).isEqualTo(before.id());
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.command()).isEqualTo(kind);
              assertThat(e.refusal()).isEqualTo(Refusal.NOT_IN_THIS_STATUS);
            })
            .hasMessageStartingWith("ILLEGAL_TRANSITION: case " + before.id() + " is " + status + "; " + kind
                + " by " + command.actor() + " at " + command.at() + " refused (NOT_IN_THIS_STATUS)");
        assertThat(log.text()).contains("Refused on " + before.state()).contains("(NOT_IN_THIS_STATUS)");
      }
      assertThat(before.state()).isEqualTo(CaseState.replay(before.log()));
    }
  }

  @ParameterizedTest
  @EnumSource(value = CaseStatus.class, names = {"FILED", "DISPATCHED", "HANDLING"})
  void resumeReturnsToTheStatusTheCaseWasHeldIn(CaseStatus heldIn) {
    CaseFile file = fileIn(heldIn);
    file = file.execute(next(file, CommandKind.HOLD));
    assertThat(file.state().heldIn()).contains(heldIn);
    file = file.execute(next(file, CommandKind.RESUME));
    assertThat(file.lastEvent().from()).isEqualTo(CaseStatus.ON_HOLD);
    assertThat(file.state().status()).isEqualTo(heldIn);
    assertThat(file.state().heldIn()).isEmpty();
  }

  @Test
  void openRecordsTheReportFromNew() {
    CaseCommand.Report report = new CaseCommand.Report(WORKER, CaseFixtures.MORNING, CaseFixtures.blockedCar("c-9"));
    CaseEvent first = CaseLifecycle.open(report);
    assertThat(first).isEqualTo(new CaseEvent(CaseId.of("c-9"), 1, report, CaseStatus.NEW, CaseStatus.REPORTED));
    assertThatThrownBy(() -> CaseLifecycle.open(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void decideChangesNothing() {
    CaseFile file = fileIn(CaseStatus.FILED);
    CaseEvent event = CaseLifecycle.decide(file.state(), next(file, CommandKind.DISPATCH));
    assertThat(event.to()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(file.state().status()).isEqualTo(CaseStatus.FILED);
    assertThat(file.log()).hasSize(3);
  }

  @Test
  void aCommandDatedBeforeTheLastEventIsRefused() {
    CaseFile file = fileIn(CaseStatus.ACCEPTED);
    Instant last = file.state().lastAt();
    assertRefused(file, new CaseCommand.File(LEADER, last.minusSeconds(1)), Refusal.BEFORE_LAST_EVENT)
        .hasMessageContaining("the last event was at " + last);
    assertThat(file.execute(new CaseCommand.File(LEADER, last)).state().status()).isEqualTo(CaseStatus.FILED);
  }

  @Test
  void theTableIsConsultedBeforeTheTime() {
    CaseFile file = fileIn(CaseStatus.CLOSED);
    assertRefused(file, new CaseCommand.Accept(OPERATOR, Instant.EPOCH), Refusal.NOT_IN_THIS_STATUS);
  }

  @Test
  void aSecondExtensionCannotBeAskedWhileOneIsPending() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    file = file.execute(next(file, CommandKind.REQUEST_EXTENSION));
    assertRefused(file, next(file, CommandKind.REQUEST_EXTENSION), Refusal.EXTENSION_PENDING)
        .hasMessageContaining("2 working days asked by gw-017 waits for approval");
  }

  @Test
  void anExtensionNobodyAskedForCannotBeApprovedOrRefused() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    assertRefused(file, next(file, CommandKind.APPROVE_EXTENSION), Refusal.NO_EXTENSION_PENDING);
    assertRefused(file, next(file, CommandKind.REFUSE_EXTENSION), Refusal.NO_EXTENSION_PENDING);
  }

  @Test
  void whoAskedForAnExtensionCannotApproveItButMayWithdrawIt() {
    CaseFile file = fileIn(CaseStatus.DISPATCHED);
    file = file.execute(next(file, CommandKind.REQUEST_EXTENSION));
    Instant at = file.state().lastAt().plusSeconds(60);
    assertRefused(file, new CaseCommand.ApproveExtension(WORKER, at), Refusal.SELF_APPROVAL)
        .hasMessageContaining("gw-017 asked for it");
    CaseFile withdrawn = file.execute(new CaseCommand.RefuseExtension(WORKER, at, "the tow came early"));
    assertThat(withdrawn.state().pendingExtension()).isEmpty();
  }

  @Test
  void aBackupApprovesForTheLeaderAndTheLogKeepsBoth() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    file = file.execute(next(file, CommandKind.REQUEST_EXTENSION));
    Actor backup = Actor.backupFor(PersonId.of("sl-009"), LEADER.person());
    file = file.execute(new CaseCommand.ApproveExtension(backup, file.state().lastAt()));
    assertThat(file.lastEvent().who().value()).isEqualTo("sl-009");
    assertThat(file.lastEvent().actingFor()).contains(LEADER.person());
    assertThat(file.state().extensions()).containsExactly(TimeLimit.workingDays(2));
  }

  @Test
  void aTransferMustGoToAnotherUnit() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    CaseCommand sameUnit = new CaseCommand.Transfer(DISPATCHER, file.state().lastAt(), CHANGYUAN_GRID,
        Optional.empty(), "back to the grid");
    assertRefused(file, sameUnit, Refusal.SAME_UNIT).hasMessageContaining("grid 210902001001 already leads");
  }

  @Test
  void aTransferToAJointUnitMakesItLead() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    file = file.execute(new CaseCommand.Transfer(DISPATCHER, file.state().lastAt(), WATER, Optional.empty(),
        "a burst pipe under the lane"));
    assertThat(file.state().units()).containsExactly(WATER);
    assertThat(file.state().status()).isEqualTo(CaseStatus.DISPATCHED);
  }

  @Test
  void aUnitJoinsOnce() {
    CaseFile file = fileIn(CaseStatus.DISPATCHED);
    assertRefused(file, new CaseCommand.Join(DISPATCHER, file.state().lastAt(), WATER, "pipes"),
        Refusal.UNIT_ALREADY_HANDLING).hasMessageContaining("department water-utility already handles it");
    file = file.execute(new CaseCommand.Join(DISPATCHER, file.state().lastAt(), POLICE, "owner refuses"));
    assertThat(file.state().units()).containsExactly(CHANGYUAN_GRID, WATER, POLICE);
  }

  @Test
  void aCaseIsNotADuplicateOfItself() {
    CaseFile file = fileIn(CaseStatus.REPORTED);
    CaseCommand itself = new CaseCommand.MarkDuplicate(OPERATOR, file.state().lastAt(), file.id(), "same");
    assertRefused(file, itself, Refusal.DUPLICATE_OF_ITSELF);
  }

  @Test
  void aRefusalLogsTheCommandWithTheReporterMasked() {
    CaseFile file = fileIn(CaseStatus.CLOSED);
    CaseCommand meToo = new CaseCommand.MeToo(OPERATOR, file.state().lastAt(),
        Reporter.resident("王秀英", "13700001111"), Channel.HOTLINE);
    try (CapturedLog log = CapturedLog.start()) {
      assertThatThrownBy(() -> file.execute(meToo)).isInstanceOf(IllegalTransitionException.class)
          .message().doesNotContain("王秀英").doesNotContain("13700001111");
      assertThat(log.text()).contains("DEBUG").contains("Refused on case c-closed CLOSED v8")
          .contains("resident 王** 137****1111").contains("(NOT_IN_THIS_STATUS)")
          .doesNotContain("王秀英").doesNotContain("13700001111");
    }
  }

  @Test
  void nullsAreCallerMistakes() {
    CaseFile file = fileIn(CaseStatus.REPORTED);
    assertThatThrownBy(() -> CaseLifecycle.decide(null, next(file, CommandKind.ACCEPT)))
        .isInstanceOf(NullPointerException.class).hasMessage("state");
    assertThatThrownBy(() -> CaseLifecycle.decide(file.state(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("command");
  }

  @Test
  void anHourOfSteadyWorkTakesEveryStepOfTheLoop() {
    CaseFile file = fileIn(CaseStatus.RATED);
    assertThat(file.log()).extracting(CaseEvent::what).containsExactly(CommandKind.REPORT, CommandKind.ACCEPT,
        CommandKind.FILE, CommandKind.DISPATCH, CommandKind.START_HANDLING, CommandKind.REPORT_BACK,
        CommandKind.PASS_CHECK, CommandKind.CLOSE, CommandKind.RATE);
    assertThat(Duration.between(file.log().get(0).at(), file.lastEvent().at())).isEqualTo(Duration.ofMinutes(8));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      CaseFile file, CaseCommand command, Refusal refusal) {
    return assertThatThrownBy(() -> file.execute(command))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.refusal()).isEqualTo(refusal);
          assertThat(e.status()).isEqualTo(file.state().status());
          assertThat(e.command()).isEqualTo(command.kind());
        })
        .hasMessageContaining("refused (" + refusal + ")");
  }
}
