package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.escalation.EscalationFixtures.CENTRE;
import static org.civicgrid.routing.escalation.EscalationFixtures.COMPOUND_GRID;
import static org.civicgrid.routing.escalation.EscalationFixtures.at;
import static org.civicgrid.routing.escalation.EscalationFixtures.dispute;

import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.SupervisionCard;
import org.civicgrid.routing.cases.Tier;
import org.junit.jupiter.api.Test;

class SupervisionPolicyTest {
  private static final SupervisionPolicy TIANQUE = SupervisionPolicy.of(TimeLimit.workingDays(1),
      TimeLimit.workingDays(5));

  @Test
  void cardsCostTianQuesPointsUnlessConfiguredOtherwise() {
    assertThat(TIANQUE.points(SupervisionCard.NORMAL)).isZero();
    assertThat(TIANQUE.points(SupervisionCard.YELLOW)).isEqualTo(-5);
    assertThat(TIANQUE.points(SupervisionCard.RED)).isEqualTo(-10);
    assertThat(TIANQUE.withPoints(SupervisionCard.RED, -20).points(SupervisionCard.RED)).isEqualTo(-20);
  }

  @Test
  void scoreEffectsListEveryCardOfTheCaseForItsUnit() {
    CaseFile file = dispute("s-1", Tier.GRID, at("2025-09-26 10:00"))
        .execute(new CaseCommand.Supervise(CENTRE, at("2025-09-26 11:00"), EscalationRung.GRID_WORKER,
            SupervisionCard.NORMAL, COMPOUND_GRID, "please call the families today"))
        .execute(new CaseCommand.Supervise(CENTRE, at("2025-09-26 12:00"), EscalationRung.GRID_WORKER,
            SupervisionCard.YELLOW, COMPOUND_GRID, "no contact made"));

    assertThat(TIANQUE.scoreEffects(file.state())).containsExactly(
        new ScoreEffect(COMPOUND_GRID, SupervisionCard.NORMAL, EscalationRung.GRID_WORKER, at("2025-09-26 11:00"), 0),
        new ScoreEffect(COMPOUND_GRID, SupervisionCard.YELLOW, EscalationRung.GRID_WORKER, at("2025-09-26 12:00"), -5));
    assertThat(TIANQUE.points(file.state(), COMPOUND_GRID)).isEqualTo(-5);
    assertThat(TIANQUE.points(file.state(), EscalationFixtures.JUSTICE)).isZero();
  }

  @Test
  void aRedThresholdNotAfterTheYellowIsRefused() {
    assertThatThrownBy(() -> SupervisionPolicy.of(TimeLimit.workingDays(2), TimeLimit.workingDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("red card threshold 2 working days must be later than yellow card threshold 2 working days");
    assertThatThrownBy(() -> SupervisionPolicy.of(null, TimeLimit.workingDays(2)))
        .isInstanceOf(NullPointerException.class).hasMessage("yellowAfter");
  }
}
