package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.escalation.EscalationFixtures.FULL;

import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.cases.EscalationRung;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {

  @Test
  void aLadderClimbsFromItsFirstRungToItsTop() {
    assertThat(FULL.first()).isEqualTo(EscalationRung.GRID_WORKER);
    assertThat(FULL.top()).isEqualTo(EscalationRung.DEPARTMENT);
    assertThat(FULL.next(EscalationRung.SUBDISTRICT)).contains(EscalationRung.DISTRICT_CENTRE);
    assertThat(FULL.next(EscalationRung.DEPARTMENT)).isEmpty();
    assertThat(FULL.find(EscalationRung.COMMUNITY).orElseThrow().limit()).isEqualTo(TimeLimit.workingDays(1));
  }

  @Test
  void aCapKeepsSmallMattersLow() {
    EscalationLadder household = FULL.cappedAt(EscalationRung.COMMUNITY);
    assertThat(household.top()).isEqualTo(EscalationRung.COMMUNITY);
    assertThat(household.next(EscalationRung.COMMUNITY)).isEmpty();
    assertThat(household.find(EscalationRung.SUBDISTRICT)).isEmpty();
    assertThat(household).hasToString("ladder[GRID_WORKER 1 working days → COMMUNITY 1 working days]");
  }

  @Test
  void aLadderMaySkipRungs() {
    EscalationLadder shortcut = EscalationLadder.of(RungLimit.of(EscalationRung.GRID_WORKER, TimeLimit.workingHours(4)),
        RungLimit.of(EscalationRung.SUBDISTRICT, TimeLimit.workingDays(1)));
    assertThat(shortcut.next(EscalationRung.GRID_WORKER)).contains(EscalationRung.SUBDISTRICT);
    assertThat(shortcut.next(EscalationRung.COMMUNITY)).contains(EscalationRung.SUBDISTRICT);
  }

  @Test
  void rungsOutOfOrderOrNoneAreRefused() {
    assertThatThrownBy(() -> EscalationLadder.of(RungLimit.of(EscalationRung.COMMUNITY, TimeLimit.workingDays(1)),
        RungLimit.of(EscalationRung.GRID_WORKER, TimeLimit.workingDays(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ladder rung GRID_WORKER is not above COMMUNITY");
    assertThatThrownBy(EscalationLadder::of).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an escalation ladder needs at least one rung");
    assertThatThrownBy(() -> FULL.cappedAt(EscalationRung.COMMUNITY).next(null))
        .isInstanceOf(NullPointerException.class);
    EscalationLadder fromCommunity = EscalationLadder.of(RungLimit.of(EscalationRung.COMMUNITY,
        TimeLimit.workingDays(1)));
    assertThatThrownBy(() -> fromCommunity.cappedAt(EscalationRung.GRID_WORKER))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cap GRID_WORKER is below the ladder's first rung COMMUNITY");
    assertThatThrownBy(() -> RungLimit.of(EscalationRung.COMMUNITY, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("COMMUNITY limit");
  }
}
