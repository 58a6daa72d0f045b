package org.civicgrid.routing.cases;

/**
 * Why {@link CaseLifecycle} refused a command, carried by {@link IllegalTransitionException}. The
 * first reason is the transition table's; the others are checks of the case's own data that the
 * table cannot express.
 */
public enum Refusal {
  /** The transition table does not allow the command in the case's status. */
  NOT_IN_THIS_STATUS,
  /** The command's time is before the case's last event; a case's log runs forward in time. */
  BEFORE_LAST_EVENT,
  /** An extension is asked for while another one waits for approval. */
  EXTENSION_PENDING,
  /** An extension is approved or refused while none was asked for. */
  NO_EXTENSION_PENDING,
  /** The person who asked for an extension approves it themselves. */
  SELF_APPROVAL,
  /** A transfer to the unit that already leads. */
  SAME_UNIT,
  /** A unit joins a case it already handles. */
  UNIT_ALREADY_HANDLING,
  /** A case is marked as a duplicate of itself. */
  DUPLICATE_OF_ITSELF,
  /**
   * A once-only supervision fact is already in the log: the rung was reached (or a higher one), the
   * rung was warned, the card was issued on the rung, the department was summoned, or its summons was
   * answered or escalated.
   */
  ALREADY_RECORDED,
  /** A summons is answered or escalated for a department the case never summoned. */
  NOT_SUMMONED
}
