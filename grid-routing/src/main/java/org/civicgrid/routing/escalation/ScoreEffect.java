package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.SupervisionCard;

/**
 * What one supervision card costs the unit it was issued to, for the statistics' scores. Immutable.
 *
 * @param unit the unit the card was issued to
 * @param card the card
 * @param rung the rung the case was on
 * @param at when the card was issued
 * @param points the points added to the unit's score, negative for a deduction
 */
public record ScoreEffect(HandlingUnit unit, SupervisionCard card, EscalationRung rung, Instant at, int points) {
  public ScoreEffect {
    checkNotNull(unit, "unit");
    checkNotNull(card, "%s card", unit);
    checkNotNull(rung, "%s rung", unit);
    checkNotNull(at, "%s at", unit);
  }
}
