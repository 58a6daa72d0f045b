package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.LEADER;
import static org.civicgrid.routing.cases.CaseFixtures.PLATFORM;
import static org.civicgrid.routing.cases.CaseFixtures.POLICE;
import static org.civicgrid.routing.cases.CaseFixtures.SUBDISTRICT_CENTRE;
import static org.civicgrid.routing.cases.CaseFixtures.WATER;
import static org.civicgrid.routing.cases.CaseFixtures.fileIn;
import static org.civicgrid.routing.cases.CaseFixtures.next;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupervisionTest {

  private static Instant later(CaseFile file) {
    return file.state().lastAt().plus(Duration.ofMinutes(1));
  }

  private static void assertRefused(CaseFile file, CaseCommand command, Refusal refusal, String detail) {
    assertThatThrownBy(() -> file.execute(command)).isInstanceOfSatisfying(IllegalTransitionException.class,
        e -> assertThat(e.refusal()).isEqualTo(refusal)).hasMessageEndingWith(detail);
  }

  @Test
  void theFirstRungsClockStartsAtTheFirstDispatchAndAnEscalationRestartsIt() {
    CaseFile file = fileIn(CaseStatus.DISPATCHED);
    Instant dispatched = file.state().lastAt();
    assertThat(file.state().supervision().rungSince()).contains(dispatched);
    assertThat(file.state().supervision().escalatedTo()).isEmpty();
    file = file.execute(next(file, CommandKind.ESCALATE));

    assertThat(file.state().supervision().escalatedTo()).contains(EscalationRung.SUBDISTRICT);
    assertThat(file.state().supervision().rungSince()).contains(file.state().lastAt());
    assertThat(file.state().units()).containsExactly(SUBDISTRICT_CENTRE, WATER);
    assertThat(file.state().steps().last(CaseStatus.DISPATCHED)).contains(file.state().lastAt());
  }

  @Test
  void aRungIsReachedOnceAndOnlyUpward() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    CaseFile escalated = file.execute(next(file, CommandKind.ESCALATE));
    assertRefused(escalated, new CaseCommand.Escalate(PLATFORM, later(escalated), EscalationRung.SUBDISTRICT,
        SUBDISTRICT_CENTRE, "again"), Refusal.ALREADY_RECORDED, "the case already reached SUBDISTRICT");
    assertRefused(escalated, new CaseCommand.Escalate(PLATFORM, later(escalated), EscalationRung.COMMUNITY,
        SUBDISTRICT_CENTRE, "down"), Refusal.ALREADY_RECORDED, "the case already reached SUBDISTRICT");
  }

  @Test
  void aWarningAndACardAreRecordedOncePerRung() {
    CaseFile file = fileIn(CaseStatus.HANDLING);
    file = file.execute(next(file, CommandKind.WARN));
    assertRefused(file, next(file, CommandKind.WARN), Refusal.ALREADY_RECORDED, "GRID_WORKER was already warned");
    CaseCommand.Supervise yellow = new CaseCommand.Supervise(PLATFORM, later(file), EscalationRung.GRID_WORKER,
        SupervisionCard.YELLOW, CaseFixtures.CHANGYUAN_GRID, "overdue by 4 working hours");
    file = file.execute(yellow).execute(next(file, CommandKind.SUPERVISE)).execute(next(file, CommandKind.SUPERVISE));
    assertRefused(file, new CaseCommand.Supervise(PLATFORM, later(file), EscalationRung.GRID_WORKER,
        SupervisionCard.YELLOW, CaseFixtures.CHANGYUAN_GRID, "again"), Refusal.ALREADY_RECORDED,
        "YELLOW was already issued on GRID_WORKER");
    assertThat(file.state().supervision().cards()).extracting(CaseCommand.Supervise::card)
        .containsExactly(SupervisionCard.YELLOW, SupervisionCard.NORMAL, SupervisionCard.NORMAL);
  }

  @Test
  void aDepartmentIsSummonedOnceAndAnswersOnce() {
    CaseFile file = fileIn(CaseStatus.HANDLING, true);
    assertRefused(file, next(file, CommandKind.WHISTLE), Refusal.ALREADY_RECORDED,
        "department public-security was already summoned");
    file = file.execute(next(file, CommandKind.ARRIVE_ON_SUMMONS));
    Summons police = file.state().supervision().summonses().get(POLICE);
    assertThat(police.isAcknowledged()).isTrue();
    assertThat(police.acknowledgedAt()).isEqualTo(police.arrivedAt());
    assertRefused(file, next(file, CommandKind.ACKNOWLEDGE_SUMMONS), Refusal.ALREADY_RECORDED,
        "department public-security already acknowledged");
    assertRefused(file, next(file, CommandKind.ARRIVE_ON_SUMMONS), Refusal.ALREADY_RECORDED,
        "department public-security already arrived");
    assertRefused(file, next(file, CommandKind.ESCALATE_SUMMONS), Refusal.ALREADY_RECORDED,
        "department public-security acknowledged");
  }

  @Test
  void aSummonsIsEscalatedOnceAndOnlyForASummonedDepartment() {
    CaseFile plain = fileIn(CaseStatus.HANDLING);
    assertRefused(plain, next(plain, CommandKind.ACKNOWLEDGE_SUMMONS), Refusal.NOT_SUMMONED,
        "department public-security was never summoned");
    CaseFile file = fileIn(CaseStatus.HANDLING, true);
    file = file.execute(next(file, CommandKind.ESCALATE_SUMMONS));
    assertRefused(file, next(file, CommandKind.ESCALATE_SUMMONS), Refusal.ALREADY_RECORDED,
        "department public-security's summons was already escalated");
    assertThat(file.state().supervision().summonses().get(POLICE).isAwaitingAcknowledgement()).isFalse();
    assertThat(CaseState.replay(file.log())).isEqualTo(file.state());
  }

  @Test
  void aWhistleSummonsOnlyDistinctDepartments() {
    Instant at = Instant.parse("2025-09-26T02:00:00Z");
    assertThatThrownBy(() -> new CaseCommand.Whistle(LEADER, at, java.util.List.of(SUBDISTRICT_CENTRE), "help"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("WHISTLE summons departments, not grid 210902001");
    assertThatThrownBy(() -> new CaseCommand.Whistle(LEADER, at, java.util.List.of(POLICE, POLICE), "help"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("WHISTLE names department public-security twice");
    assertThatThrownBy(() -> new CaseCommand.Escalate(LEADER, at, EscalationRung.COMMUNITY, POLICE, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ESCALATE needs a reason");
  }
}
