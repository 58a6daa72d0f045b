package org.civicgrid.routing.cases;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.civicgrid.core.staff.PersonId;

/**
 * The mutable working copy from which the next {@link CaseState} is built: one event's effect is
 * written here, then frozen. Used only inside one call of {@link CaseState#apply}; not thread-safe.
 */
final class CaseDraft {
  Case intake;
  CaseStatus status;
  int version;
  Instant lastAt;
  StepTimes steps;
  ImmutableList<HandlingUnit> units;
  PersonId assignee;
  ImmutableList<HandlingUnit> dispatches;
  boolean reopened;
  int rework;
  int sendBacks;
  int transfers;
  int failedChecks;
  int meToo;
  CaseStatus heldIn;
  Instant heldSince;
  ImmutableList<Pause> pauses;
  ExtensionLength pendingExtension;
  PersonId pendingExtensionBy;
  ImmutableList<ExtensionLength> extensions;
  int extensionsRefused;
  boolean selfHandled;
  int satisfaction;
  CaseId duplicateOf;

  /** The draft of a case that has just been reported. */
  CaseDraft(Case intake) {
    this.intake = intake;
    this.status = CaseStatus.NEW;
    this.steps = StepTimes.none();
    this.units = ImmutableList.of();
    this.dispatches = ImmutableList.of();
    this.pauses = ImmutableList.of();
    this.extensions = ImmutableList.of();
  }

  CaseDraft(CaseState s) {
    intake = s.intake;
    status = s.status;
    version = s.version;
    lastAt = s.lastAt;
    steps = s.steps;
    units = s.units;
    assignee = s.assignee;
    dispatches = s.dispatches;
    reopened = s.reopened;
    rework = s.rework;
    sendBacks = s.sendBacks;
    transfers = s.transfers;
    failedChecks = s.failedChecks;
    meToo = s.meToo;
    heldIn = s.heldIn;
    heldSince = s.heldSince;
    pauses = s.pauses;
    pendingExtension = s.pendingExtension;
    pendingExtensionBy = s.pendingExtensionBy;
    extensions = s.extensions;
    extensionsRefused = s.extensionsRefused;
    selfHandled = s.selfHandled;
    satisfaction = s.satisfaction;
    duplicateOf = s.duplicateOf;
  }

  /** Writes the event's effect; the event was decided on the state this draft copies. */
  CaseDraft apply(CaseEvent event) {
    CaseCommand command = event.command();
    Instant at = command.at();
    switch (command.kind()) {
      case MARK_DUPLICATE -> duplicateOf = ((CaseCommand.MarkDuplicate) command).original();
      case ME_TOO -> meToo++;
      case DISPATCH -> dispatch((CaseCommand.Dispatch) command);
      case HANDLE_ON_SPOT -> selfHandled = true;
      case FAIL_CHECK -> {
        failedChecks++;
        reopened = true;
        leaveUnits();
      }
      case RATE -> satisfaction = ((CaseCommand.Rate) command).satisfaction();
      case SEND_BACK -> {
        sendBacks++;
        leaveUnits();
      }
      case TRANSFER -> transfer((CaseCommand.Transfer) command);
      case JOIN -> units = ImmutableList.<HandlingUnit>builder().addAll(units)
          .add(((CaseCommand.Join) command).unit()).build();
      case HOLD -> {
        heldIn = event.from();
        heldSince = at;
      }
      case RESUME -> endHold(at);
      case REQUEST_EXTENSION -> {
        pendingExtension = ((CaseCommand.RequestExtension) command).length();
        pendingExtensionBy = command.actor().person();
      }
      case APPROVE_EXTENSION -> {
        extensions = ImmutableList.<ExtensionLength>builder().addAll(extensions).add(pendingExtension).build();
        clearPendingExtension();
      }
      case REFUSE_EXTENSION -> {
        extensionsRefused++;
        clearPendingExtension();
      }
      case VOID -> {
        if (heldSince != null) {
          endHold(at);
        }
        clearPendingExtension();
      }
      default -> {
        // REPORT, ACCEPT, REJECT, FILE, START_HANDLING, REPORT_BACK, PASS_CHECK and CLOSE change only
        // the status and the step times, below.
      }
    }
    CaseStatus to = event.to();
    if (to != event.from() || command.kind() == CommandKind.TRANSFER) {
      steps = steps.enter(to, at);
    }
    if (to != CaseStatus.DISPATCHED && to != CaseStatus.HANDLING && to != CaseStatus.ON_HOLD) {
      // An extension is asked for by the unit that has the case; it lapses when the unit lets go.
      clearPendingExtension();
    }
    status = to;
    version = event.sequence();
    lastAt = at;
    return this;
  }

  CaseState toState() {
    return new CaseState(this);
  }

  private void dispatch(CaseCommand.Dispatch dispatch) {
    HandlingUnit lead = dispatch.lead();
    if (reopened && dispatches.contains(lead)) {
      rework++;
    }
    reopened = false;
    dispatches = ImmutableList.<HandlingUnit>builder().addAll(dispatches).add(lead).build();
    units = ImmutableList.copyOf(dispatch.units());
    assignee = dispatch.assignee().orElse(null);
  }

  private void transfer(CaseCommand.Transfer transfer) {
    transfers++;
    ImmutableList.Builder<HandlingUnit> next = ImmutableList.<HandlingUnit>builder().add(transfer.to());
    for (int i = 1; i < units.size(); i++) {
      if (!units.get(i).equals(transfer.to())) {
        next.add(units.get(i));
      }
    }
    units = next.build();
    assignee = transfer.assignee().orElse(null);
    clearPendingExtension();
  }

  private void leaveUnits() {
    units = ImmutableList.of();
    assignee = null;
  }

  private void endHold(Instant at) {
    pauses = ImmutableList.<Pause>builder().addAll(pauses).add(new Pause(heldSince, at, heldIn)).build();
    heldIn = null;
    heldSince = null;
  }

  private void clearPendingExtension() {
    pendingExtension = null;
    pendingExtensionBy = null;
  }
}
