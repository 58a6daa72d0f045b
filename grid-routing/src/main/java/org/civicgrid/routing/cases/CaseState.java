package org.civicgrid.routing.cases;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.Pause;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * Where a case stands, and the figures statistics need about how it got there: a pure fold of its
 * log, so {@code replay(log)} always equals the state the commands produced one by one. Besides the
 * status it keeps the units handling the case, the pauses a deadline calculator subtracts, the times
 * of each step, and the counts behind the standard indicators: send-backs, transfers, extensions and
 * their lengths, holds and their duration, failed checks, rework (返工: a unit dispatched again after
 * a failed check), wrong dispatch (错误派遣: two or more different lead units dispatched), me-toos and
 * self-handling. Immutable and thread-safe; its {@code toString} names no personal data.
 */
public final class CaseState {
  final Case intake;
  final CaseStatus status;
  final int version;
  final Instant lastAt;
  final StepTimes steps;
  final ImmutableList<HandlingUnit> units;
  final PersonId assignee;
  final CaseTally tally;
  final Supervision supervision;

  private CaseState(Case intake, CaseStatus status, int version, Instant lastAt, StepTimes steps,
      ImmutableList<HandlingUnit> units, PersonId assignee, CaseTally tally, Supervision supervision) {
    this.intake = intake;
    this.status = status;
    this.version = version;
    this.lastAt = lastAt;
    this.steps = steps;
    this.units = units;
    this.assignee = assignee;
    this.tally = tally;
    this.supervision = supervision;
  }

  /**
   * The state a log leads to, checking every event on the way: the first must report the case, each
   * must follow the one before (sequence, case, status), and each command must still pass {@link
   * CaseLifecycle#decide}.
   *
   * @throws IllegalArgumentException when the log is empty
   * @throws org.civicgrid.core.CivicGridException with {@link org.civicgrid.core.ErrorCode#MALFORMED_INPUT}
   *     naming the case and the first event that does not fit
   */
  public static CaseState replay(List<CaseEvent> log) {
    return CaseLifecycle.replay(log);
  }

  /** The state of a case whose first event, its report, is {@code first}. */
  static CaseState reported(CaseEvent first) {
    CaseCommand.Report report = (CaseCommand.Report) first.command();
    return new CaseState(report.intake(), CaseStatus.REPORTED, 1, report.at(),
        StepTimes.none().enter(CaseStatus.REPORTED, report.at()), ImmutableList.of(), null, CaseTally.NONE,
        Supervision.NONE);
  }

  /** The state after one more event; the event must have been decided on this state. */
  CaseState apply(CaseEvent event) {
    CaseCommand command = event.command();
    CommandKind kind = command.kind(); // read once: each read is an interface call over every command type
    CaseStatus to = event.to();
    ImmutableList<HandlingUnit> nextUnits = units;
    PersonId nextAssignee = assignee;
    switch (kind) {
      case DISPATCH -> {
        CaseCommand.Dispatch dispatch = (CaseCommand.Dispatch) command;
        nextUnits = ImmutableList.copyOf(dispatch.units());
        nextAssignee = dispatch.assignee().orElse(null);
      }
      case TRANSFER -> {
        CaseCommand.Transfer transfer = (CaseCommand.Transfer) command;
        nextUnits = ledBy(transfer.to());
        nextAssignee = transfer.assignee().orElse(null);
      }
      case ESCALATE -> {
        nextUnits = ledBy(((CaseCommand.Escalate) command).to());
        nextAssignee = null;
      }
      case JOIN -> nextUnits = ImmutableList.<HandlingUnit>builder().addAll(units)
          .add(((CaseCommand.Join) command).unit()).build();
      case SEND_BACK, FAIL_CHECK -> {
        nextUnits = ImmutableList.of();
        nextAssignee = null;
      }
      default -> {
        // The other commands leave the units as they are.
      }
    }
    // An extension is asked for by the unit that has the case; it lapses when the unit lets go,
    // including when the case is escalated past it.
    boolean leavesUnit = to != CaseStatus.DISPATCHED && to != CaseStatus.HANDLING && to != CaseStatus.ON_HOLD
        || kind == CommandKind.ESCALATE;
    StepTimes nextSteps = to != event.from() || kind == CommandKind.TRANSFER || kind == CommandKind.ESCALATE
        ? steps.enter(to, command.at()) : steps;
    return new CaseState(intake, to, event.sequence(), command.at(), nextSteps, nextUnits, nextAssignee,
        tally.after(event, kind, leavesUnit), supervision.after(command, kind));
  }

  /** The units with {@code lead} first and the other joint units after it. */
  private ImmutableList<HandlingUnit> ledBy(HandlingUnit lead) {
    ImmutableList.Builder<HandlingUnit> led = ImmutableList.<HandlingUnit>builder().add(lead);
    for (int i = 1; i < units.size(); i++) {
      if (!units.get(i).equals(lead)) {
        led.add(units.get(i));
      }
    }
    return led.build();
  }

  public CaseId id() {
    return intake.id();
  }

  /** The case as reported. */
  public Case intake() {
    return intake;
  }

  public CaseStatus status() {
    return status;
  }

  /** How many events the case's log has; a store's optimistic-concurrency version. */
  public int version() {
    return version;
  }

  /** When the last event happened; a command may not be dated earlier. */
  public Instant lastAt() {
    return lastAt;
  }

  /** When each status was first and last entered. */
  public StepTimes steps() {
    return steps;
  }

  /** The units handling the case, the lead first; empty when no unit has it (before dispatch, after a send-back). */
  public ImmutableList<HandlingUnit> units() {
    return units;
  }

  /** The lead unit, while a unit has the case. */
  public Optional<HandlingUnit> leadUnit() {
    return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
  }

  /** The person routing named to act in the lead unit, if any. */
  public Optional<PersonId> assignee() {
    return Optional.ofNullable(assignee);
  }

  /** The lead unit of every dispatch, in order (transfers not included). */
  public ImmutableList<HandlingUnit> dispatchedUnits() {
    return tally.dispatches;
  }

  /** True when two or more different lead units were dispatched (错误派遣). */
  public boolean wrongDispatch() {
    return new HashSet<>(tally.dispatches).size() >= 2;
  }

  /** How often a failed check was followed by dispatching a unit that had the case before (返工). */
  public int rework() {
    return tally.rework;
  }

  /** How often a unit sent the case back to the dispatcher (回退). */
  public int sendBacks() {
    return tally.sendBacks;
  }

  /** How often the case was transferred to another unit (转办). */
  public int transfers() {
    return tally.transfers;
  }

  /** How often the check failed and the case was reopened. */
  public int failedChecks() {
    return tally.failedChecks;
  }

  /** How many other reporters were linked to the case ("me too"). */
  public int meToo() {
    return tally.meToo;
  }

  /** The status the case was put on hold in, while it is on hold. */
  public Optional<CaseStatus> heldIn() {
    return Optional.ofNullable(tally.heldIn);
  }

  /** When the running hold began, while the case is on hold; its clock is paused since then. */
  public Optional<Instant> heldSince() {
    return Optional.ofNullable(tally.heldSince);
  }

  /** The finished holds, oldest first: the paused spells a deadline calculator subtracts. */
  public ImmutableList<Pause> pauses() {
    return tally.pauses;
  }

  /** How often the case was put on hold, counting a running hold. */
  public int holds() {
    return tally.pauses.size() + (tally.heldSince == null ? 0 : 1);
  }

  /** The wall-clock length of the finished holds. */
  public Duration heldFor() {
    Duration total = Duration.ZERO;
    for (Pause pause : tally.pauses) {
      total = total.plus(pause.length());
    }
    return total;
  }

  /** The extension waiting for approval, if any. */
  public Optional<TimeLimit> pendingExtension() {
    return Optional.ofNullable(tally.pendingExtension);
  }

  /** The approved extensions, oldest first (延时时长). */
  public ImmutableList<TimeLimit> extensions() {
    return tally.extensions;
  }

  /** How many extensions were refused. */
  public int extensionsRefused() {
    return tally.extensionsRefused;
  }

  /** True when a grid worker solved the case on the spot (自处理). */
  public boolean selfHandled() {
    return tally.selfHandled;
  }

  /** The follow-up rating, 1 to 5, once rated. */
  public OptionalInt satisfaction() {
    return tally.satisfaction == 0 ? OptionalInt.empty() : OptionalInt.of(tally.satisfaction);
  }

  /** The escalations, warnings, cards and whistle summonses of the case. */
  public Supervision supervision() {
    return supervision;
  }

  /** The case this one repeats, for a duplicate. */
  public Optional<CaseId> duplicateOf() {
    return Optional.ofNullable(tally.duplicateOf);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseState s && version == s.version && status == s.status && intake.equals(s.intake)
        && lastAt.equals(s.lastAt) && steps.equals(s.steps) && units.equals(s.units)
        && Objects.equals(assignee, s.assignee) && tally.equals(s.tally)
        && supervision.equals(s.supervision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intake.id(), status, version, lastAt);
  }

  /** {@code case c-1 HANDLING v5 [grid 210902001001]}. */
  @Override
  public String toString() {
    return "case " + intake.id() + " " + status + " v" + version + (units.isEmpty() ? "" : " " + units);
  }
}
