package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A command that does not apply to a case as it stands ({@link ErrorCode#ILLEGAL_TRANSITION}); the
 * case and its log are unchanged. The message names the case, its status, the command, its actor and
 * why, for example {@code ILLEGAL_TRANSITION: case c-1 is CLOSED; ACCEPT by p-001 at
 * 2024-05-01T02:00:00Z refused (NOT_IN_THIS_STATUS)}. It never prints the command's data, so a
 * reporter's details cannot leak through it.
 */
public final class IllegalTransitionException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final CaseId caseId;
  private final CaseStatus status;
  private final CommandKind command;
  private final Refusal refusal;

  /**
   * @param detail what the case's data says against the command, or empty for a table refusal
   */
  IllegalTransitionException(CaseId caseId, CaseStatus status, CaseCommand command, Refusal refusal,
      String detail) {
    super(ErrorCode.ILLEGAL_TRANSITION, "case " + caseId + " is " + status + "; " + command.kind() + " by "
        + command.actor() + " at " + command.at() + " refused (" + refusal + ")"
        + (detail.isEmpty() ? "" : ": " + detail));
    this.caseId = checkNotNull(caseId, "caseId");
    this.status = checkNotNull(status, "status");
    this.command = command.kind();
    this.refusal = checkNotNull(refusal, "refusal");
  }

  /** The case the command was given to. */
  public CaseId caseId() {
    return caseId;
  }

  /** The case's status when the command was refused. */
  public CaseStatus status() {
    return status;
  }

  /** The refused command's kind. */
  public CommandKind command() {
    return command;
  }

  /** Why it was refused. */
  public Refusal refusal() {
    return refusal;
  }
}
