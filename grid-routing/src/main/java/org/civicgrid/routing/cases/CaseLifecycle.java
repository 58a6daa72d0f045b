package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine of a case: decides whether a command applies to a case as it stands and, if it
 * does, the event that records it. The {@link TransitionTable#standard() standard transition table}
 * is consulted first; then the command may not be dated before the case's last event; then the
 * checks the table cannot express (an extension approved by someone other than who asked, a transfer
 * to another unit, a unit joining once, a duplicate of another case, a rung, warning, card or summons
 * answer recorded only once). A refused command throws
 * {@link IllegalTransitionException} and is logged at DEBUG with its data, a reporter masked.
 * Stateless and thread-safe.
 */
public final class CaseLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(CaseLifecycle.class);
  private static final TransitionTable TABLE = TransitionTable.standard();

  private CaseLifecycle() {}

  /** The first event of a new case's log. */
  public static CaseEvent open(CaseCommand.Report report) {
    checkNotNull(report, "report");
    return new CaseEvent(report.intake().id(), 1, report, CaseStatus.NEW, CaseStatus.REPORTED);
  }

  /**
   * The event that records {@code command} on the case; nothing is changed, the caller appends the
   * event to the log (see {@link CaseFile#execute}).
   *
   * @throws IllegalTransitionException naming the case, its status, the command and the {@link Refusal}
   */
  public static CaseEvent decide(CaseState state, CaseCommand command) {
    CaseStatus to = target(state, command);
    return new CaseEvent(state.id(), state.version + 1, command, state.status, to);
  }

  /** The status the command leads to, after every check. */
  private static CaseStatus target(CaseState state, CaseCommand command) {
    checkNotNull(state, "state");
    checkNotNull(command, "command");
    CommandKind kind = command.kind();
    Transition transition = TABLE.cell(state.status, kind);
    if (transition == null) {
      throw refuse(state, command, Refusal.NOT_IN_THIS_STATUS, "");
    }
    if (command.at().isBefore(state.lastAt)) {
      throw refuse(state, command, Refusal.BEFORE_LAST_EVENT, "the last event was at " + state.lastAt);
    }
    checkCaseData(state, command, kind);
    return transition.to().isPresent() ? transition.to().get() : state.tally.heldIn;
  }

  private static void checkCaseData(CaseState state, CaseCommand command, CommandKind kind) {
    switch (kind) {
      case MARK_DUPLICATE -> {
        if (((CaseCommand.MarkDuplicate) command).original().equals(state.id())) {
          throw refuse(state, command, Refusal.DUPLICATE_OF_ITSELF, "");
        }
      }
      case TRANSFER -> {
        HandlingUnit to = ((CaseCommand.Transfer) command).to();
        if (to.equals(state.units.get(0))) {
          throw refuse(state, command, Refusal.SAME_UNIT, to + " already leads");
        }
      }
      case JOIN -> {
        HandlingUnit unit = ((CaseCommand.Join) command).unit();
        if (state.units.contains(unit)) {
          throw refuse(state, command, Refusal.UNIT_ALREADY_HANDLING, unit + " already handles it");
        }
      }
      case REQUEST_EXTENSION -> {
        if (state.tally.pendingExtension != null) {
          throw refuse(state, command, Refusal.EXTENSION_PENDING,
              state.tally.pendingExtension + " asked by " + state.tally.pendingExtensionBy + " waits for approval");
        }
      }
      case APPROVE_EXTENSION, REFUSE_EXTENSION -> {
        if (state.tally.pendingExtension == null) {
          throw refuse(state, command, Refusal.NO_EXTENSION_PENDING, "");
        }
        if (kind == CommandKind.APPROVE_EXTENSION
            && command.actor().person().equals(state.tally.pendingExtensionBy)) {
          throw refuse(state, command, Refusal.SELF_APPROVAL, state.tally.pendingExtensionBy + " asked for it");
        }
      }
      case ESCALATE, WARN, SUPERVISE, WHISTLE, ACKNOWLEDGE_SUMMONS, ARRIVE_ON_SUMMONS, ESCALATE_SUMMONS -> {
        HandlingUnit unknown = state.supervision.notSummoned(command);
        if (unknown != null) {
          throw refuse(state, command, Refusal.NOT_SUMMONED, unknown + " was never summoned");
        }
        String recorded = state.supervision.alreadyRecorded(command);
        if (recorded != null) {
          throw refuse(state, command, Refusal.ALREADY_RECORDED, recorded);
        }
      }
      default -> {
        // The table's answer is all the other commands need.
      }
    }
  }

  private static IllegalTransitionException refuse(CaseState state, CaseCommand command, Refusal refusal,
      String detail) {
    IllegalTransitionException refused = new IllegalTransitionException(state.id(), state.status, command,
        refusal, detail);
    LOG.debug("Refused on {}: {} ({})", state, command, refusal);
    return refused;
  }

  /** Folds a log into a state, checking every event; see {@link CaseState#replay}. */
  static CaseState replay(List<CaseEvent> log) {
    checkNotNull(log, "log");
    checkArgument(!log.isEmpty(), "an empty log holds no case");
    CaseEvent first = log.get(0);
    if (!(first.command() instanceof CaseCommand.Report report) || !first.equals(open(report))) {
      throw malformed(first, "the first event must report the case: NEW → REPORTED, sequence 1", null);
    }
    return replay(CaseState.reported(first), log.subList(1, log.size()));
  }

  /** Folds later events of a case onto its state, checking every event as {@link #replay(List)} does. */
  static CaseState replay(CaseState start, List<CaseEvent> events) {
    CaseState state = start;
    for (int i = 0; i < events.size(); i++) {
      CaseEvent event = events.get(i);
      if (!event.caseId().equals(state.id()) || event.sequence() != state.version + 1) {
        throw malformed(event, "expected event #" + (state.version + 1) + " of case " + state.id(), null);
      }
      CaseStatus to;
      try {
        to = target(state, event.command());
      } catch (IllegalTransitionException e) {
        throw malformed(event, "its command does not apply: " + e.getMessage(), e);
      }
      if (event.from() != state.status || event.to() != to) {
        throw malformed(event, "expected " + state.status + " → " + to, null);
      }
      state = state.apply(event);
    }
    return state;
  }

  private static CivicGridException malformed(CaseEvent event, String detail, Throwable cause) {
    return new CivicGridException(ErrorCode.MALFORMED_INPUT, "log of case " + event.caseId() + ", event #"
        + event.sequence() + " (" + event.what() + " " + event.from() + " → " + event.to() + "): " + detail, cause);
  }
}
