package org.civicgrid.routing.cases;


import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.TimeLimit;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random commands, valid and invalid, on hundreds of cases (seeded, so a failure repeats):
 * a refused command changes nothing, an accepted one moves the case as the table says, and at every
 * point the state equals the replay of the log so far.
 */
class CaseReplayPropertyTest {
  private static final long SEED = 20240506L;
  private static final int CASES = 600;
  private static final int COMMANDS_PER_CASE = 40;
  private static final TransitionTable TABLE = TransitionTable.standard();
  private static final CommandKind[] KINDS = CommandKind.values();
  private static final Set<CommandKind> ENDINGS =
      EnumSet.of(CommandKind.REJECT, CommandKind.MARK_DUPLICATE, CommandKind.VOID);
  /** Commands still thrown at a case once nothing applies to it. */
  private static final int AFTER_THE_END = 3;
  private static final List<Actor> ACTORS = List.of(Actor.of("gw-017"), Actor.of("sl-002"), Actor.of("dp-001"),
      Actor.backupFor(PersonId.of("gw-018"), PersonId.of("gw-017")));
  private static final List<HandlingUnit> UNITS = List.of(HandlingUnit.grid(GridCode.of("210902001001")),
      HandlingUnit.grid(GridCode.of("210902001002")), HandlingUnit.department("water-utility"),
      HandlingUnit.department("urban-management"), HandlingUnit.department("public-security"));
  private static final List<HandlingUnit> DEPARTMENTS = UNITS.subList(2, UNITS.size());
  private static final List<String> NAMES = List.of("张伟", "王秀英", "李娜", "刘洋", "陈静");
  private static final List<String> PHONES = List.of("13812345678", "13700001111", "13998765432",
      "15011112222", "18633334444");

  private final Random random = new Random(SEED);
  private final Set<String> transitionsSeen = new HashSet<>();
  private final Set<Refusal> refusalsSeen = EnumSet.noneOf(Refusal.class);
  private int accepted;
  private int refused;

  @Test
  void theStateIsAlwaysTheReplayOfTheLog() {
    String logged;
    try (CapturedLog log = CapturedLog.start()) {
      for (int n = 0; n < CASES; n++) {
        runCase(n);
      }
      logged = log.text();
    }
    assertThat(accepted).isGreaterThan(3000);
    assertThat(refused).isGreaterThan(3000);
    assertThat(refusalsSeen).containsExactlyInAnyOrder(Refusal.values());
    assertThat(transitionsSeen).as("every transition but NEW × REPORT exercised")
        .hasSize(TABLE.transitions().size() - 1);
    assertThat(logged).contains("Refused on case");
    for (int i = 0; i < NAMES.size(); i++) {
      assertThat(logged).doesNotContain(NAMES.get(i)).doesNotContain(PHONES.get(i));
    }
  }

  private void runCase(int n) {
    Instant start = Instant.parse("2024-05-06T00:00:00Z").plus(Duration.ofHours(n));
    CaseFile file = CaseFile.open(new CaseCommand.Report(pick(ACTORS), start, intake("p-" + n)));
    List<CaseState> states = new ArrayList<>(List.of(file.state()));
    int afterTheEnd = 0;
    for (int c = 0; c < COMMANDS_PER_CASE && afterTheEnd < AFTER_THE_END; c++) {
      if (file.state().status().isTerminal()) {
        afterTheEnd++;
      }
      CaseCommand command = randomCommand(file);
      CaseState before = file.state();
      try {
        CaseFile after = file.execute(command);
        CaseEvent event = after.lastEvent();
        Transition transition = TABLE.find(before.status(), command.kind()).orElseThrow();
        assertThat(event.from()).isEqualTo(before.status());
        assertThat(event.to()).isEqualTo(transition.to().orElseGet(() -> before.heldIn().orElseThrow()));
        assertThat(event.sequence()).isEqualTo(before.version() + 1);
        assertThat(after.log().subList(0, file.log().size())).isEqualTo(file.log());
        transitionsSeen.add(transition.toString());
        accepted++;
        file = after;
        states.add(file.state());
      } catch (IllegalTransitionException e) {
        assertThat(file.state()).isSameAs(before);
        assertThat(e.status()).isEqualTo(before.status());
        assertThat(e.command()).isEqualTo(command.kind());
        assertThat(e.refusal() == Refusal.NOT_IN_THIS_STATUS)
            .isEqualTo(!TABLE.allows(before.status(), command.kind()));
        refusalsSeen.add(e.refusal());
        refused++;
      }
    }
    for (int k = 1; k <= file.log().size(); k++) {
      assertThat(CaseState.replay(file.log().subList(0, k))).isEqualTo(states.get(k - 1));
    }
    assertCountsMatchTheLog(file);
  }

  private static void assertCountsMatchTheLog(CaseFile file) {
    CaseState state = file.state();
    assertThat(state.status()).isEqualTo(file.lastEvent().to());
    assertThat(state.version()).isEqualTo(file.log().size());
    assertThat(state.sendBacks()).isEqualTo(count(file, CommandKind.SEND_BACK));
    assertThat(state.transfers()).isEqualTo(count(file, CommandKind.TRANSFER));
    assertThat(state.failedChecks()).isEqualTo(count(file, CommandKind.FAIL_CHECK));
    assertThat(state.meToo()).isEqualTo(count(file, CommandKind.ME_TOO));
    assertThat(state.holds()).isEqualTo(count(file, CommandKind.HOLD));
    assertThat(state.extensions()).hasSize(count(file, CommandKind.APPROVE_EXTENSION));
    assertThat(state.extensionsRefused()).isEqualTo(count(file, CommandKind.REFUSE_EXTENSION));
    assertThat(state.dispatchedUnits()).hasSize(count(file, CommandKind.DISPATCH));
    assertThat(state.selfHandled()).isEqualTo(count(file, CommandKind.HANDLE_ON_SPOT) > 0);
    assertThat(state.rework()).isLessThanOrEqualTo(state.failedChecks());
    assertThat(state.heldSince().isPresent()).isEqualTo(state.status() == CaseStatus.ON_HOLD);
  }

  private static int count(CaseFile file, CommandKind kind) {
    return (int) file.log().stream().filter(e -> e.what() == kind).count();
  }

  /**
   * Three times in four a command the table allows here (its data may still be refused), else any;
   * the commands that end a case early are mostly drawn again, so cases get far along the loop.
   */
  private CaseCommand randomCommand(CaseFile file) {
    List<CommandKind> allowed = TABLE.commandsIn(file.state().status());
    CommandKind kind = !allowed.isEmpty() && random.nextInt(4) > 0 ? pick(allowed) : pick(List.of(KINDS));
    if (ENDINGS.contains(kind) && random.nextInt(5) > 0) {
      kind = !allowed.isEmpty() ? pick(allowed) : pick(List.of(KINDS));
    }
    Instant last = file.state().lastAt();
    Instant at = random.nextInt(25) == 0 ? last.minusSeconds(1 + random.nextInt(600))
        : last.plusSeconds(random.nextInt(4 * 3600));
    Actor actor = pick(ACTORS);
    return switch (kind) {
      case REPORT -> new CaseCommand.Report(actor, at, intake(file.id().value()));
      case ACCEPT -> new CaseCommand.Accept(actor, at);
      case REJECT -> new CaseCommand.Reject(actor, at, "not a public matter");
      case MARK_DUPLICATE -> new CaseCommand.MarkDuplicate(actor, at,
          random.nextBoolean() ? file.id() : CaseId.of("p-original"), "same matter");
      case ME_TOO -> new CaseCommand.MeToo(actor, at, resident(), pick(List.of(Channel.values())));
      case FILE -> new CaseCommand.File(actor, at);
      case DISPATCH -> new CaseCommand.Dispatch(actor, at, distinctUnits(1 + random.nextInt(3)),
          random.nextBoolean() ? Optional.of(actor.person()) : Optional.empty(), "routing rule");
      case START_HANDLING -> new CaseCommand.StartHandling(actor, at);
      case REPORT_BACK -> new CaseCommand.ReportBack(actor, at, "done", List.of());
      case HANDLE_ON_SPOT -> new CaseCommand.HandleOnSpot(actor, at, "solved on the spot", List.of());
      case PASS_CHECK -> new CaseCommand.PassCheck(actor, at);
      case FAIL_CHECK -> new CaseCommand.FailCheck(actor, at, "not solved");
      case CLOSE -> new CaseCommand.Close(actor, at);
      case RATE -> new CaseCommand.Rate(actor, at, 1 + random.nextInt(5), "");
      case SEND_BACK -> new CaseCommand.SendBack(actor, at, "not ours");
      case TRANSFER -> new CaseCommand.Transfer(actor, at, pick(UNITS), Optional.empty(), "belongs elsewhere");
      case JOIN -> new CaseCommand.Join(actor, at, pick(UNITS), "needs more hands");
      case HOLD -> new CaseCommand.Hold(actor, at, "waiting");
      case RESUME -> new CaseCommand.Resume(actor, at);
      case REQUEST_EXTENSION -> new CaseCommand.RequestExtension(actor, at,
          random.nextBoolean() ? TimeLimit.workingDays(1 + random.nextInt(5))
              : TimeLimit.workingHours(1 + random.nextInt(8)), "parts on order");
      case APPROVE_EXTENSION -> new CaseCommand.ApproveExtension(actor, at);
      case REFUSE_EXTENSION -> new CaseCommand.RefuseExtension(actor, at, "no");
      case VOID -> new CaseCommand.VoidCase(actor, at, "in error");
      case ESCALATE -> new CaseCommand.Escalate(actor, at, pick(List.of(EscalationRung.values())), pick(UNITS),
          "overdue");
      case WARN -> new CaseCommand.Warn(actor, at, pick(List.of(EscalationRung.values())), "80 % used");
      case SUPERVISE -> new CaseCommand.Supervise(actor, at, pick(List.of(EscalationRung.values())),
          pick(List.of(SupervisionCard.values())), pick(UNITS), "overdue");
      case WHISTLE -> new CaseCommand.Whistle(actor, at, shuffled(DEPARTMENTS).subList(0, 1 + random.nextInt(3)),
          "needs departments");
      case ACKNOWLEDGE_SUMMONS -> new CaseCommand.AcknowledgeSummons(actor, at, pick(DEPARTMENTS));
      case ARRIVE_ON_SUMMONS -> new CaseCommand.ArriveOnSummons(actor, at, pick(DEPARTMENTS));
      case ESCALATE_SUMMONS -> new CaseCommand.EscalateSummons(actor, at, pick(DEPARTMENTS), pick(UNITS),
          "no acknowledgement");
    };
  }

  private Case intake(String id) {
    return Case.builder(CaseId.of(id)).category("05.03").place(CasePlace.in(GridCode.of("210902001001")))
        .channel(pick(List.of(Channel.values()))).reporter(resident())
        .description("random case").urgency(pick(List.of(Urgency.values()))).build();
  }

  private Reporter resident() {
    int i = random.nextInt(NAMES.size());
    return Reporter.resident(NAMES.get(i), PHONES.get(i));
  }

  private List<HandlingUnit> distinctUnits(int count) {
    return shuffled(UNITS).subList(0, count);
  }

  private List<HandlingUnit> shuffled(List<HandlingUnit> units) {
    List<HandlingUnit> shuffled = new ArrayList<>(units);
    Collections.shuffle(shuffled, random);
    return shuffled;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
