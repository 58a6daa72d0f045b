package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.Tier;
import org.junit.jupiter.api.Test;

class EscalationPoliciesTest {
  @Test
  void theStandardLadderClimbsFromTheGridWorkerToTheDepartment() {
    EscalationLadder ladder = EscalationPolicies.standardLadder();

    assertThat(ladder.first()).isEqualTo(EscalationRung.GRID_WORKER);
    assertThat(ladder.top()).isEqualTo(EscalationRung.DEPARTMENT);
    assertThat(ladder.find(EscalationRung.SUBDISTRICT).orElseThrow().limit()).isEqualTo(TimeLimit.workingDays(2));
  }

  @Test
  void smallMattersStayLowAndSummonsesGoToTheDistrictCentre() {
    EscalationPolicy policy = EscalationPolicies.standard(WorkingCalendar.chinaNational());

    assertThat(policy.ladder(Tier.NETWORK).top()).isEqualTo(EscalationRung.DEPARTMENT);
    assertThat(policy.ladder(Tier.GRID).top()).isEqualTo(EscalationRung.SUBDISTRICT);
    assertThat(policy.ladder(Tier.HOUSEHOLD).top()).isEqualTo(EscalationRung.COMMUNITY);
    assertThat(policy.summonsLimit()).isEqualTo(TimeLimit.workingHours(2));
    assertThat(policy.summonsEscalatesTo()).isEqualTo(EscalationRung.DISTRICT_CENTRE);
    assertThatNullPointerException().isThrownBy(() -> EscalationPolicies.standard(null)).withMessage("calendar");
  }
}
