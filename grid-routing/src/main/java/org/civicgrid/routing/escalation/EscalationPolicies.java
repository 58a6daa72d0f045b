package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.Tier;

/**
 * Starting escalation policies to configure, as the category presets are: the five-rung ladder the
 * seeds describe (网格员 → 社区 → 街道/乡镇 → 区县中心 → 职能部门, "小事不出格、大事不出网") with limits a
 * city sets for itself. Stateless.
 */
public final class EscalationPolicies {
  private EscalationPolicies() {}

  /**
   * Grid worker 1 working day → community 1 → subdistrict or township 2 → district centre 2 →
   * department 5 working days.
   */
  public static EscalationLadder standardLadder() {
    return EscalationLadder.of(
        RungLimit.of(EscalationRung.GRID_WORKER, TimeLimit.workingDays(1)),
        RungLimit.of(EscalationRung.COMMUNITY, TimeLimit.workingDays(1)),
        RungLimit.of(EscalationRung.SUBDISTRICT, TimeLimit.workingDays(2)),
        RungLimit.of(EscalationRung.DISTRICT_CENTRE, TimeLimit.workingDays(2)),
        RungLimit.of(EscalationRung.DEPARTMENT, TimeLimit.workingDays(5)));
  }

  /**
   * The {@link #standardLadder()} on {@code calendar} for network matters, capped at the subdistrict
   * for grid matters and at the community for household matters (small matters stay low); a yellow
   * card 4 working hours and a red card 2 working days after the top rung's deadline; a summoned
   * department acknowledges within 2 working hours or the summons goes to the district centre.
   */
  public static EscalationPolicy standard(WorkingCalendar calendar) {
    EscalationLadder ladder = standardLadder();
    return EscalationPolicy.builder(checkNotNull(calendar, "calendar"))
        .ladder(Tier.NETWORK, ladder)
        .ladder(Tier.GRID, ladder.cappedAt(EscalationRung.SUBDISTRICT))
        .ladder(Tier.HOUSEHOLD, ladder.cappedAt(EscalationRung.COMMUNITY))
        .supervision(SupervisionPolicy.of(TimeLimit.workingHours(4), TimeLimit.workingDays(2)))
        .summons(TimeLimit.workingHours(2), EscalationRung.DISTRICT_CENTRE)
        .build();
  }
}
