package org.civicgrid.routing.cases;

/**
 * Where a case stands in its closed loop. The main line follows the seven steps of digital city
 * management (collect, register, dispatch, handle, report back, check and close, evaluate); the
 * rest are side states. Each status names the last step done, so {@link #FILED} is a filed case
 * waiting for (re-)dispatch. {@link TransitionTable} says which command leads where.
 */
public enum CaseStatus {
  /** Not yet reported: the status before a case's first event. No {@link CaseState} is ever new. */
  NEW("新建"),
  /** Reported and waiting to be accepted and verified (待受理). */
  REPORTED("已上报"),
  /** Accepted and verified, waiting to be filed (待立案). */
  ACCEPTED("已受理"),
  /** Filed (立案) and waiting for dispatch; also after a send-back or a failed check. */
  FILED("已立案"),
  /** Dispatched to one or more units, waiting for the lead unit to take it (待接单). */
  DISPATCHED("已派遣"),
  /** Being handled by the dispatched units (处理中). */
  HANDLING("处理中"),
  /** Handled and reported back, or handled on the spot; waiting for the check (待核查). */
  HANDLED("已反馈"),
  /** The check found it solved; waiting to be closed (待结案). */
  CHECKED("已核查"),
  /** Closed (结案, 办结); waiting for the follow-up visit and rating. */
  CLOSED("已结案"),
  /** Followed up and rated by the resident (已回访): the loop is complete. */
  RATED("已评价"),
  /** Not accepted, with a reason (不予受理). */
  REJECTED("不予受理"),
  /** Void, with a reason (作废). */
  VOIDED("已作废"),
  /** On hold (挂账): the clock is paused until the case is resumed into the status it was held in. */
  ON_HOLD("挂账"),
  /** A duplicate of another case, to which its reporter was linked ("me too"). */
  DUPLICATE("重复");

  private final String nameZh;

  CaseStatus(String nameZh) {
    this.nameZh = nameZh;
  }

  /** The Chinese name shown to operators. */
  public String nameZh() {
    return nameZh;
  }

  /** True when no command applies any more: rated, rejected, void or duplicate. */
  public boolean isTerminal() {
    return this == RATED || this == REJECTED || this == VOIDED || this == DUPLICATE;
  }

  /** True once the case is closed (办结) and counted as completed: closed or rated. */
  public boolean isClosed() {
    return this == CLOSED || this == RATED;
  }
}
