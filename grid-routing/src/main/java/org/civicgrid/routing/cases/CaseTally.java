package org.civicgrid.routing.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.Pause;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * The part of a {@link CaseState} that only side steps change: the counts behind the indicators, the
 * holds, the extensions, the dispatch history. Kept apart so a main-line step shares it instead of
 * copying it. Immutable; a change copies it through a {@link Draft}.
 */
final class CaseTally {
  static final CaseTally NONE = new Draft(null).freeze();

  /** The commands that change the tally; the others share it with the state before. */
  private static final Set<CommandKind> TALLIED = Sets.immutableEnumSet(CommandKind.MARK_DUPLICATE,
      CommandKind.ME_TOO, CommandKind.DISPATCH, CommandKind.HANDLE_ON_SPOT, CommandKind.FAIL_CHECK,
      CommandKind.RATE, CommandKind.SEND_BACK, CommandKind.TRANSFER, CommandKind.HOLD, CommandKind.RESUME,
      CommandKind.REQUEST_EXTENSION, CommandKind.APPROVE_EXTENSION, CommandKind.REFUSE_EXTENSION,
      CommandKind.VOID);

  final ImmutableList<HandlingUnit> dispatches;
  final boolean reopened;
  final int rework;
  final int sendBacks;
  final int transfers;
  final int failedChecks;
  final int meToo;
  final CaseStatus heldIn;
  final Instant heldSince;
  final ImmutableList<Pause> pauses;
  final TimeLimit pendingExtension;
  final PersonId pendingExtensionBy;
  final ImmutableList<TimeLimit> extensions;
  final int extensionsRefused;
  final boolean selfHandled;
  final int satisfaction;
  final CaseId duplicateOf;

  private CaseTally(Draft d) {
    dispatches = d.dispatches;
    reopened = d.reopened;
    rework = d.rework;
    sendBacks = d.sendBacks;
    transfers = d.transfers;
    failedChecks = d.failedChecks;
    meToo = d.meToo;
    heldIn = d.heldIn;
    heldSince = d.heldSince;
    pauses = d.pauses;
    pendingExtension = d.pendingExtension;
    pendingExtensionBy = d.pendingExtensionBy;
    extensions = d.extensions;
    extensionsRefused = d.extensionsRefused;
    selfHandled = d.selfHandled;
    satisfaction = d.satisfaction;
    duplicateOf = d.duplicateOf;
  }

  /**
   * The tally after an event, this one itself when the event changes none of it. {@code leavesUnit}
   * says the case leaves the units that had it (to a status other than dispatched, handling or on
   * hold), which lapses a pending extension. {@code kind} is the event's command's.
   */
  CaseTally after(CaseEvent event, CommandKind kind, boolean leavesUnit) {
    CaseCommand command = event.command();
    boolean lapses = leavesUnit && pendingExtension != null;
    if (!TALLIED.contains(kind) && !lapses) {
      return this;
    }
    Draft d = new Draft(this);
    switch (kind) {
      case MARK_DUPLICATE -> d.duplicateOf = ((CaseCommand.MarkDuplicate) command).original();
      case ME_TOO -> d.meToo++;
      case DISPATCH -> d.dispatch(((CaseCommand.Dispatch) command).lead());
      case HANDLE_ON_SPOT -> d.selfHandled = true;
      case FAIL_CHECK -> {
        d.failedChecks++;
        d.reopened = true;
      }
      case RATE -> d.satisfaction = ((CaseCommand.Rate) command).satisfaction();
      case SEND_BACK -> d.sendBacks++;
      case TRANSFER -> {
        d.transfers++;
        d.clearPendingExtension();
      }
      case HOLD -> {
        d.heldIn = event.from();
        d.heldSince = command.at();
      }
      case RESUME -> d.endHold(command.at());
      case REQUEST_EXTENSION -> {
        d.pendingExtension = ((CaseCommand.RequestExtension) command).length();
        d.pendingExtensionBy = command.actor().person();
      }
      case APPROVE_EXTENSION -> {
        d.extensions = ImmutableList.<TimeLimit>builder().addAll(extensions).add(pendingExtension).build();
        d.clearPendingExtension();
      }
      case REFUSE_EXTENSION -> {
        d.extensionsRefused++;
        d.clearPendingExtension();
      }
      case VOID -> {
        if (heldSince != null) {
          d.endHold(command.at());
        }
      }
      default -> {
        // A main-line step: only the lapse below applies.
      }
    }
    if (leavesUnit) {
      d.clearPendingExtension();
    }
    return d.freeze();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseTally t && dispatches.equals(t.dispatches) && reopened == t.reopened
        && rework == t.rework && sendBacks == t.sendBacks && transfers == t.transfers
        && failedChecks == t.failedChecks && meToo == t.meToo && heldIn == t.heldIn
        && Objects.equals(heldSince, t.heldSince) && pauses.equals(t.pauses)
        && Objects.equals(pendingExtension, t.pendingExtension)
        && Objects.equals(pendingExtensionBy, t.pendingExtensionBy) && extensions.equals(t.extensions)
        && extensionsRefused == t.extensionsRefused && selfHandled == t.selfHandled
        && satisfaction == t.satisfaction && Objects.equals(duplicateOf, t.duplicateOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dispatches, rework, sendBacks, transfers, failedChecks, meToo, pauses, extensions);
  }

  /** A mutable copy for one change; used only inside {@link #after}. */
  private static final class Draft {
    ImmutableList<HandlingUnit> dispatches = ImmutableList.of();
    boolean reopened;
    int rework;
    int sendBacks;
    int transfers;
    int failedChecks;
    int meToo;
    CaseStatus heldIn;
    Instant heldSince;
    ImmutableList<Pause> pauses = ImmutableList.of();
    TimeLimit pendingExtension;
    PersonId pendingExtensionBy;
    ImmutableList<TimeLimit> extensions = ImmutableList.of();
    int extensionsRefused;
    boolean selfHandled;
    int satisfaction;
    CaseId duplicateOf;

    /** A copy of {@code t}, or an empty tally for null. */
    Draft(CaseTally t) {
      if (t != null) {
        dispatches = t.dispatches;
        reopened = t.reopened;
        rework = t.rework;
        sendBacks = t.sendBacks;
        transfers = t.transfers;
        failedChecks = t.failedChecks;
        meToo = t.meToo;
        heldIn = t.heldIn;
        heldSince = t.heldSince;
        pauses = t.pauses;
        pendingExtension = t.pendingExtension;
        pendingExtensionBy = t.pendingExtensionBy;
        extensions = t.extensions;
        extensionsRefused = t.extensionsRefused;
        selfHandled = t.selfHandled;
        satisfaction = t.satisfaction;
        duplicateOf = t.duplicateOf;
      }
    }

    void dispatch(HandlingUnit lead) {
      if (reopened && dispatches.contains(lead)) {
        rework++;
      }
      reopened = false;
      dispatches = ImmutableList.<HandlingUnit>builder().addAll(dispatches).add(lead).build();
    }

    void endHold(Instant at) {
      pauses = ImmutableList.<Pause>builder().addAll(pauses).add(new Pause(heldSince, at)).build();
      heldIn = null;
      heldSince = null;
    }

    void clearPendingExtension() {
      pendingExtension = null;
      pendingExtensionBy = null;
    }

    CaseTally freeze() {
      return new CaseTally(this);
    }
  }
}
