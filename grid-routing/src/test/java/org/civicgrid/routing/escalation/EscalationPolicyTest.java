package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.escalation.EscalationFixtures.FULL;
import static org.civicgrid.routing.escalation.EscalationFixtures.POLICY;

import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.Tier;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

  @Test
  void eachTierHasItsLadder() {
    assertThat(POLICY.ladder(Tier.NETWORK).top()).isEqualTo(EscalationRung.DEPARTMENT);
    assertThat(POLICY.ladder(Tier.GRID).top()).isEqualTo(EscalationRung.SUBDISTRICT);
    assertThat(POLICY.ladder(Tier.HOUSEHOLD).top()).isEqualTo(EscalationRung.COMMUNITY);
    assertThat(POLICY.summonsLimit()).isEqualTo(TimeLimit.workingHours(2));
    assertThat(POLICY.summonsEscalatesTo()).isEqualTo(EscalationRung.DISTRICT_CENTRE);
  }

  @Test
  void aPolicyWithoutALadderForEveryTierIsRefused() {
    EscalationPolicy.Builder builder = EscalationPolicy.builder(WorkingCalendar.chinaNational())
        .ladder(Tier.NETWORK, FULL)
        .supervision(SupervisionPolicy.of(TimeLimit.workingHours(4), TimeLimit.workingDays(2)))
        .summons(TimeLimit.workingHours(2), EscalationRung.DISTRICT_CENTRE);
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("escalation policy has no ladder for tiers")
        .hasMessageContaining("HOUSEHOLD").hasMessageContaining("GRID");
  }

  @Test
  void aPolicyWithoutCardsOrSummonsIsRefused() {
    EscalationPolicy.Builder builder = EscalationPolicy.builder(WorkingCalendar.chinaNational());
    for (Tier tier : Tier.values()) {
      builder.ladder(tier, FULL);
    }
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("escalation policy has no supervision card thresholds");
    builder.supervision(SupervisionPolicy.of(TimeLimit.workingHours(4), TimeLimit.workingDays(2)));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("escalation policy has no summons limit");
  }
}
