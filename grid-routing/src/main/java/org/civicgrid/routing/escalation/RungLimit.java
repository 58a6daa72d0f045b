package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.cases.EscalationRung;

/**
 * One rung of an escalation ladder and how long a case may stay on it before it goes up. Immutable.
 *
 * @param rung the rung
 * @param limit the time the rung's unit has, counted from when the case reached it
 */
public record RungLimit(EscalationRung rung, TimeLimit limit) {
  public RungLimit {
    checkNotNull(rung, "rung");
    checkNotNull(limit, "%s limit", rung);
  }

  public static RungLimit of(EscalationRung rung, TimeLimit limit) {
    return new RungLimit(rung, limit);
  }

  /** {@code COMMUNITY 2 working days}. */
  @Override
  public String toString() {
    return rung + " " + limit;
  }
}
