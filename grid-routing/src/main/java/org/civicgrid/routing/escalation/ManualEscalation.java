package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;

/**
 * What a centre's operator does by hand, with a reason: escalate a case to the next rung of its
 * ladder before the deadline (上报), or assign it to a unit of their choice (交办/下派) — a dispatch when
 * no unit has the case, a transfer otherwise. It builds the command; the lifecycle still decides
 * whether it applies. Immutable and thread-safe.
 */
public final class ManualEscalation {
  private final EscalationPolicy policy;
  private final RungUnits units;

  public ManualEscalation(EscalationPolicy policy, RungUnits units) {
    this.policy = checkNotNull(policy, "policy");
    this.units = checkNotNull(units, "units");
  }

  /**
   * The escalation of the case to the next rung of its tier's ladder.
   *
   * @throws CivicGridException with {@link ErrorCode#ILLEGAL_TRANSITION} naming the case, its rung and
   *     tier when the case is already on its ladder's top rung: small matters stay low
   */
  public CaseCommand.Escalate escalate(CaseState state, Actor centre, Instant at, String reason) {
    checkNotNull(state, "state");
    EscalationLadder ladder = policy.ladder(state.intake().tier());
    EscalationRung rung = state.supervision().escalatedTo().orElse(ladder.first());
    Optional<EscalationRung> next = ladder.next(rung);
    if (next.isEmpty()) {
      throw new CivicGridException(ErrorCode.ILLEGAL_TRANSITION, "case " + state.id() + " is on " + rung
          + ", the top rung for " + state.intake().tier() + " matters; it cannot be escalated further");
    }
    return new CaseCommand.Escalate(centre, at, next.get(), units.unitAt(state, next.get()), reason);
  }

  /** The assignment of the case to {@code to}: a dispatch when the case is filed, else a transfer. */
  public CaseCommand assign(CaseState state, Actor centre, Instant at, HandlingUnit to, Optional<PersonId> assignee,
      String reason) {
    checkNotNull(state, "state");
    return state.status() == CaseStatus.FILED
        ? new CaseCommand.Dispatch(centre, at, ImmutableList.of(to), assignee, reason)
        : new CaseCommand.Transfer(centre, at, to, assignee, reason);
  }

  @Override
  public String toString() {
    return "manual escalation with " + policy;
  }
}
