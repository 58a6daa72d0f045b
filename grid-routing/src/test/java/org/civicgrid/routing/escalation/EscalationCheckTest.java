package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.escalation.EscalationFixtures.CHANGYUAN_COMMUNITY;
import static org.civicgrid.routing.escalation.EscalationFixtures.CENTRE;
import static org.civicgrid.routing.escalation.EscalationFixtures.DISTRICT_CENTRE;
import static org.civicgrid.routing.escalation.EscalationFixtures.JUSTICE;
import static org.civicgrid.routing.escalation.EscalationFixtures.PLATFORM;
import static org.civicgrid.routing.escalation.EscalationFixtures.POLICE;
import static org.civicgrid.routing.escalation.EscalationFixtures.POLICY;
import static org.civicgrid.routing.escalation.EscalationFixtures.RUNG_UNITS;
import static org.civicgrid.routing.escalation.EscalationFixtures.URBAN;
import static org.civicgrid.routing.escalation.EscalationFixtures.at;
import static org.civicgrid.routing.escalation.EscalationFixtures.check;
import static org.civicgrid.routing.escalation.EscalationFixtures.dispute;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.IllegalTransitionException;
import org.civicgrid.routing.cases.Refusal;
import org.civicgrid.routing.cases.SupervisionCard;
import org.civicgrid.routing.cases.Tier;
import org.junit.jupiter.api.Test;

class EscalationCheckTest {
  private static final EscalationCheck CHECK = new EscalationCheck(POLICY, RUNG_UNITS, PLATFORM);
  private static final Instant DISPATCHED = at("2025-09-26 10:00");

  /** Runs a check on every hour from the dispatch to {@code end}, {@code checksPerHour} times each. */
  private static CaseFile hourly(CaseFile file, Instant end, int checksPerHour, boolean restartEachHour) {
    CaseFile result = file;
    EscalationCheck check = CHECK;
    for (Instant now = DISPATCHED; !now.isAfter(end); now = now.plus(Duration.ofHours(1))) {
      if (restartEachHour) {
        check = new EscalationCheck(POLICY, RUNG_UNITS, PLATFORM);
      }
      for (int i = 0; i < checksPerHour; i++) {
        result = check(check, result, now);
      }
    }
    return result;
  }

  private static List<CaseEvent> events(CaseFile file, CommandKind kind) {
    return file.log().stream().filter(e -> e.what() == kind).toList();
  }

  @Test
  void aDisputeClimbsRungByRungOverWorkingDaysAcrossNationalDayAndItsMakeUpDays() {
    CaseFile file = hourly(dispute("d-1", Tier.NETWORK, DISPATCHED), at("2025-10-16 12:00"), 1, false);

    List<CaseEvent> escalations = events(file, CommandKind.ESCALATE);
    assertThat(escalations).extracting(e -> ((CaseCommand.Escalate) e.command()).rung())
        .containsExactly(EscalationRung.COMMUNITY, EscalationRung.SUBDISTRICT, EscalationRung.DISTRICT_CENTRE,
            EscalationRung.DEPARTMENT);
    // 1 working day from Friday 10:00 ends on the make-up Sunday 28 September at 17:30; the next
    // rung's 1 day ends Monday; 2 days from Monday evening skip the holiday (1–8 October) and end on
    // Thursday 9 October; 2 more end on the make-up Saturday 11 October. Each fires on the next hour.
    assertThat(escalations).extracting(CaseEvent::at).containsExactly(at("2025-09-28 18:00"),
        at("2025-09-29 18:00"), at("2025-10-09 18:00"), at("2025-10-11 18:00"));
    assertThat(file.state().leadUnit()).contains(JUSTICE);
    assertThat(file.state().status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(escalations).allSatisfy(e -> assertThat(e.who()).isEqualTo(PLATFORM.person()));
    assertThat(escalations.get(0).why()).isEqualTo("GRID_WORKER's 1 working days ran out at 2025-09-28T09:30:00Z");
  }

  @Test
  void eachRungIsWarnedOnceAtEightyPercentBeforeItsEscalation() {
    CaseFile file = hourly(dispute("d-2", Tier.NETWORK, DISPATCHED), at("2025-10-17 12:00"), 1, false);

    List<CaseEvent> warnings = events(file, CommandKind.WARN);
    assertThat(warnings).extracting(e -> ((CaseCommand.Warn) e.command()).rung())
        .containsExactly(EscalationRung.GRID_WORKER, EscalationRung.COMMUNITY, EscalationRung.SUBDISTRICT,
            EscalationRung.DISTRICT_CENTRE, EscalationRung.DEPARTMENT);
    // Friday 10:00–17:30 and Sunday's 7 hours allow 12.5 working hours; 80 % (10 hours) is used on
    // Sunday at 15:00. The department's 5 days (35 hours) from Saturday 11 October evening reach 80 %
    // at the close of Thursday 16 October.
    assertThat(warnings.get(0).at()).isEqualTo(at("2025-09-28 15:00"));
    assertThat(warnings.get(4).at()).isEqualTo(at("2025-10-16 18:00"));
    assertThat(file.state().supervision().warned()).hasSize(5);
  }

  @Test
  void aCheckDatedBeforeTheCasesNewestEventProposesNothingInsteadOfFailing() {
    CaseFile overdue = dispute("d-clock", Tier.NETWORK, DISPATCHED);

    assertThat(CHECK.due(overdue.state(), at("2025-10-20 12:00"))).isNotEmpty();
    assertThat(CHECK.due(overdue.state(), DISPATCHED.minusSeconds(1))).isEmpty();
  }

  @Test
  void repeatedChecksFireEachRungExactlyOnce() {
    CaseFile once = hourly(dispute("d-3", Tier.NETWORK, DISPATCHED), at("2025-10-22 12:00"), 1, false);
    CaseFile thrice = hourly(dispute("d-3", Tier.NETWORK, DISPATCHED), at("2025-10-22 12:00"), 3, false);

    assertThat(thrice.log()).isEqualTo(once.log());
    assertThat(events(thrice, CommandKind.ESCALATE)).hasSize(4);
  }

  @Test
  void aRestartedCheckerReadsTheLogAndFiresNothingAgain() {
    CaseFile once = hourly(dispute("d-4", Tier.NETWORK, DISPATCHED), at("2025-10-22 12:00"), 1, false);
    CaseFile restarted = hourly(dispute("d-4", Tier.NETWORK, DISPATCHED), at("2025-10-22 12:00"), 2, true);
    CaseFile replayed = CaseFile.replay(once.log());

    assertThat(restarted.log()).isEqualTo(once.log());
    assertThat(new EscalationCheck(POLICY, RUNG_UNITS, PLATFORM).due(replayed.state(), at("2025-10-22 12:00")))
        .isEmpty();
  }

  @Test
  void aStaleProposalIsRefusedByTheLifecycle() {
    CaseFile file = dispute("d-5", Tier.NETWORK, DISPATCHED);
    Instant breached = at("2025-09-28 18:00");
    List<CaseCommand> first = CHECK.due(file.state(), breached);
    List<CaseCommand> second = CHECK.due(file.state(), breached.plusSeconds(60));
    CaseFile escalated = file.execute(first.get(0));

    assertThatThrownBy(() -> escalated.execute(second.get(0)))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.ALREADY_RECORDED))
        .hasMessageContaining("the case already reached COMMUNITY");
  }

  @Test
  void theTopRungOfAHouseholdMatterIsTheCommunityAndOverdueMeansCardsNotEscalation() {
    CaseFile file = hourly(dispute("d-6", Tier.HOUSEHOLD, DISPATCHED), at("2025-10-10 12:00"), 2, false);

    assertThat(events(file, CommandKind.ESCALATE)).extracting(e -> ((CaseCommand.Escalate) e.command()).rung())
        .containsExactly(EscalationRung.COMMUNITY);
    // The community's day ends Monday 29 September 17:30: 4 working hours later (Tuesday 14:30) a
    // yellow card, 2 working days later (Thursday 9 October 17:30, after the holiday) a red one.
    List<CaseEvent> cards = events(file, CommandKind.SUPERVISE);
    assertThat(cards).extracting(e -> ((CaseCommand.Supervise) e.command()).card())
        .containsExactly(SupervisionCard.YELLOW, SupervisionCard.RED);
    assertThat(cards).extracting(CaseEvent::at).containsExactly(at("2025-09-30 15:00"), at("2025-10-09 18:00"));
    assertThat(cards).allSatisfy(e -> assertThat(((CaseCommand.Supervise) e.command()).unit())
        .isEqualTo(CHANGYUAN_COMMUNITY));
    assertThat(POLICY.supervision().points(file.state(), CHANGYUAN_COMMUNITY)).isEqualTo(-15);
  }

  @Test
  void aHoldPausesTheRungClock() {
    CaseFile file = dispute("d-7", Tier.NETWORK, DISPATCHED)
        .execute(new CaseCommand.Hold(CENTRE, at("2025-09-26 11:00"), "both families away until Monday"));
    assertThat(CHECK.due(file.state(), at("2025-09-28 18:00"))).isEmpty();
    file = file.execute(new CaseCommand.Resume(CENTRE, at("2025-09-29 08:30")));

    // One working hour was used before the hold; the other 11.5 run Monday and Tuesday; the warning
    // comes with the tenth hour, Tuesday at 10:30.
    assertThat(CHECK.rungDeadline(file.state()).orElseThrow().due()).contains(at("2025-09-30 15:00"));
    assertThat(CHECK.due(file.state(), at("2025-09-30 11:00")))
        .extracting(CaseCommand::kind).containsExactly(CommandKind.WARN);
  }

  @Test
  void nothingIsDueBeforeDispatchOrOnceHandled() {
    CaseFile file = dispute("d-8", Tier.NETWORK, DISPATCHED);
    CaseFile handled = file.execute(new CaseCommand.StartHandling(EscalationFixtures.WORKER, DISPATCHED))
        .execute(new CaseCommand.ReportBack(EscalationFixtures.WORKER, DISPATCHED.plusSeconds(60), "mediated",
            List.of()));

    assertThat(CHECK.due(handled.state(), at("2025-12-01 10:00"))).isEmpty();
    assertThat(CHECK.due(file.state(), DISPATCHED.plusSeconds(60))).isEmpty();
    assertThat(CHECK.rungDeadline(file.state())).isPresent();
    assertThat(CHECK.currentRung(file.state())).isEqualTo(EscalationRung.GRID_WORKER);
  }

  @Test
  void aDepartmentThatDoesNotAcknowledgeTheWhistleIsEscalatedOnce() {
    CaseFile file = dispute("d-9", Tier.NETWORK, DISPATCHED)
        .execute(new CaseCommand.Whistle(Actor.of("cm-002"), at("2025-09-26 14:00"), List.of(POLICE, URBAN),
            "the quarrel turned violent; police and urban management must come"))
        .execute(new CaseCommand.AcknowledgeSummons(Actor.of("um-007"), at("2025-09-26 14:30"), URBAN))
        .execute(new CaseCommand.ArriveOnSummons(Actor.of("um-007"), at("2025-09-26 15:10"), URBAN));

    // Two working hours from 14:00 end at 16:00.
    assertThat(CHECK.due(file.state(), at("2025-09-26 16:00"))).isEmpty();
    List<CaseCommand> due = CHECK.due(file.state(), at("2025-09-26 16:30"));
    assertThat(due).hasSize(1);
    CaseCommand.EscalateSummons escalation = (CaseCommand.EscalateSummons) due.get(0);
    assertThat(escalation.department()).isEqualTo(POLICE);
    assertThat(escalation.to()).isEqualTo(DISTRICT_CENTRE);
    file = file.execute(escalation);

    assertThat(CHECK.due(file.state(), at("2025-09-26 17:00"))).isEmpty();
    assertThat(file.state().supervision().summonses().get(POLICE).escalatedAt()).contains(at("2025-09-26 16:30"));
    assertThat(file.state().supervision().summonses().get(URBAN).arrivedAt()).contains(at("2025-09-26 15:10"));
    CaseFile late = file.execute(new CaseCommand.AcknowledgeSummons(Actor.of("ps-011"), at("2025-09-26 17:10"),
        POLICE));
    assertThat(late.state().supervision().summonses().get(POLICE).isAcknowledged()).isTrue();
  }

  @Test
  void nullsAreCallerMistakes() {
    assertThatThrownBy(() -> new EscalationCheck(null, RUNG_UNITS, PLATFORM)).isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
    assertThatThrownBy(() -> CHECK.due(null, DISPATCHED)).isInstanceOf(NullPointerException.class)
        .hasMessage("state");
  }
}
