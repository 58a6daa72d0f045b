package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.routing.calendar.Deadline;
import org.civicgrid.routing.calendar.TrafficLight;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.calendar.Pause;
import org.civicgrid.routing.cases.Summons;
import org.civicgrid.routing.cases.SupervisionCard;
import org.civicgrid.routing.cases.Supervision;

/**
 * The deadline check of escalation: {@link #due} is a pure function from a case's state and the time
 * to the commands now due on it — a department's unacknowledged summons escalated, the rung's
 * deadline passed and the case escalated to the next rung, a warning once 80 % of the rung's limit is
 * used (the traffic light's yellow), a yellow or red card once the top rung is overdue by the policy's
 * thresholds. It never proposes a fact the case's {@link Supervision} already records, and the
 * lifecycle refuses such a fact too; so a restarted checker, or two checkers racing on one case
 * (the store's optimistic version lets only one write win), can fire nothing twice.
 *
 * <p>A rung's clock starts when the case reached it (its first dispatch for the first rung) and
 * pauses while the case is on hold; nothing is due on a case that is not filed, dispatched or being
 * handled, nor at a time before the case's newest event (a writer's clock ahead of the checker's: the
 * next check sees the case again). Each check proposes at most one escalation, dated {@code now}, which starts the next
 * rung's clock. Immutable and thread-safe.
 */
public final class EscalationCheck {
  private final EscalationPolicy policy;
  private final RungUnits units;
  private final Actor platform;

  /**
   * @param policy the ladders, cards and summons limits
   * @param units which unit stands at a rung for a case
   * @param platform the actor the proposed commands carry, the platform's own account
   */
  public EscalationCheck(EscalationPolicy policy, RungUnits units, Actor platform) {
    this.policy = checkNotNull(policy, "policy");
    this.units = checkNotNull(units, "units");
    this.platform = checkNotNull(platform, "platform");
  }

  /** The commands due on the case at {@code now}, in the order to execute them; empty when nothing is. */
  public ImmutableList<CaseCommand> due(CaseState state, Instant now) {
    checkNotNull(state, "state");
    checkNotNull(now, "now");
    CaseStatus status = state.status();
    if (status != CaseStatus.FILED && status != CaseStatus.DISPATCHED && status != CaseStatus.HANDLING
        || now.isBefore(state.lastAt())) {
      return ImmutableList.of();
    }
    List<CaseCommand> due = new ArrayList<>(); // no array until something is due, which is rare
    // Guava makes a values view on every call, so a case nobody was summoned to skips the loop.
    if (!state.supervision().summonses().isEmpty()) {
      addSummonsCommands(state, now, due);
    }
    EscalationLadder ladder = policy.ladder(state.intake().tier());
    EscalationRung rung = currentRung(state, ladder);
    Deadline clock = rungClock(state, ladder, rung);
    if (clock != null) {
      addRungCommands(state, now, ladder, rung, clock, due);
    }
    return due.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(due);
  }

  /** Escalates each summons the department has not acknowledged within the policy's limit. */
  private void addSummonsCommands(CaseState state, Instant now, List<CaseCommand> due) {
    for (Summons summons : state.supervision().summonses().values()) {
      if (summons.isAwaitingAcknowledgement()) {
        Deadline limit = clock(state, Deadline.start(policy.calendar(), policy.summonsLimit(), summons.summonedAt()));
        if (limit.isOverdue(now)) {
          HandlingUnit to = units.unitAt(state, policy.summonsEscalatesTo());
          due.add(new CaseCommand.EscalateSummons(platform, now, summons.department(), to,
              summons.department() + " did not acknowledge within " + policy.summonsLimit() + " (due "
                  + limit.due().orElseThrow() + ")"));
        }
      }
    }
  }

  /** The rung the case is on: its last escalation's, or its tier's first. */
  public EscalationRung currentRung(CaseState state) {
    return currentRung(state, policy.ladder(state.intake().tier()));
  }

  private static EscalationRung currentRung(CaseState state, EscalationLadder ladder) {
    Optional<EscalationRung> escalated = state.supervision().escalatedTo();
    return escalated.isPresent() ? escalated.get() : ladder.first();
  }

  /**
   * The clock of the case's current rung, with its holds; empty before the first dispatch, and when
   * the rung is not on the case's ladder (a centre escalated it by hand past the ladder).
   */
  public Optional<Deadline> rungDeadline(CaseState state) {
    EscalationLadder ladder = policy.ladder(state.intake().tier());
    return Optional.ofNullable(rungClock(state, ladder, currentRung(state, ladder)));
  }

  /** {@link #rungDeadline}'s clock for the rung on the ladder, or null. */
  private Deadline rungClock(CaseState state, EscalationLadder ladder, EscalationRung rung) {
    Optional<Instant> since = state.supervision().rungSince();
    Optional<RungLimit> limit = ladder.find(rung);
    if (since.isEmpty() || limit.isEmpty()) {
      return null;
    }
    return clock(state, Deadline.start(policy.calendar(), limit.get().limit(), since.get()));
  }

  private void addRungCommands(CaseState state, Instant now, EscalationLadder ladder, EscalationRung rung,
      Deadline clock, List<CaseCommand> due) {
    Supervision supervision = state.supervision();
    if (!clock.isOverdue(now)) {
      if (clock.status(now) == TrafficLight.YELLOW && !supervision.wasWarned(rung)) {
        due.add(new CaseCommand.Warn(platform, now, rung, rung + "'s " + clock.limit() + " fall due at "
            + clock.due().orElseThrow()));
      }
      return;
    }
    Instant breach = clock.due().orElseThrow();
    Optional<EscalationRung> next = ladder.next(rung);
    if (next.isPresent()) {
      due.add(new CaseCommand.Escalate(platform, now, next.get(), units.unitAt(state, next.get()),
          rung + "'s " + clock.limit() + " ran out at " + breach));
      return;
    }
    WorkingCalendar calendar = policy.calendar();
    SupervisionPolicy cards = policy.supervision();
    HandlingUnit unit = state.leadUnit().orElseGet(() -> units.unitAt(state, rung));
    Instant yellow = calendar.deadline(breach, cards.yellowAfter());
    if (now.isAfter(yellow) && !supervision.hasCard(rung, SupervisionCard.YELLOW)) {
      due.add(new CaseCommand.Supervise(platform, now, rung, SupervisionCard.YELLOW, unit,
          rung + " is the top rung and overdue by " + cards.yellowAfter() + " since " + yellow));
    }
    Instant red = calendar.deadline(breach, cards.redAfter());
    if (now.isAfter(red) && !supervision.hasCard(rung, SupervisionCard.RED)) {
      due.add(new CaseCommand.Supervise(platform, now, rung, SupervisionCard.RED, unit,
          rung + " is the top rung and overdue by " + cards.redAfter() + " since " + red));
    }
  }

  /** {@code clock} with the case's holds since its start, paused if the case is on hold now. */
  private static Deadline clock(CaseState state, Deadline clock) {
    Instant start = clock.start();
    Deadline d = clock;
    for (Pause pause : state.pauses()) {
      if (!pause.from().isBefore(start)) {
        d = d.pause(pause.from()).resume(pause.to());
      }
    }
    Optional<Instant> held = state.heldSince();
    if (held.isPresent() && !held.get().isBefore(start)) {
      d = d.pause(held.get());
    }
    return d;
  }

  @Override
  public String toString() {
    return "escalation check as " + platform + " with " + policy;
  }
}
