package org.civicgrid.core.points;

import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * Why a posting was refused; see {@link LedgerException#rule()}. Every rule is an error, and a
 * refused posting leaves the ledger as it was. Each rule has the {@link ErrorCode} its exception
 * carries: {@link ErrorCode#NOT_FOUND} when the posting names something that does not exist,
 * {@link ErrorCode#ILLEGAL_CHANGE} when it cannot be applied to the ledger.
 */
public enum LedgerRule implements Rule {
  /** An award or redemption of zero or negative points. */
  NON_POSITIVE_POINTS(ErrorCode.ILLEGAL_CHANGE),
  /** The posting's source event is already in the ledger, under any person and any kind. */
  DUPLICATE_EVENT(ErrorCode.ILLEGAL_CHANGE),
  /**
   * A redemption, or the reversal of an award, would take more points than the person has at its
   * date or at any later date in the ledger.
   */
  INSUFFICIENT_BALANCE(ErrorCode.ILLEGAL_CHANGE),
  /** A reversal names an entry that is not in the ledger. */
  UNKNOWN_ENTRY(ErrorCode.NOT_FOUND),
  /** A reversal names an entry that another reversal already undid. */
  ALREADY_REVERSED(ErrorCode.ILLEGAL_CHANGE),
  /** A reversal names a reversal: post a new award or redemption instead. */
  REVERSAL_OF_REVERSAL(ErrorCode.ILLEGAL_CHANGE),
  /** A reversal is dated before the entry it undoes. */
  REVERSAL_BEFORE_ENTRY(ErrorCode.ILLEGAL_CHANGE),
  /** A tariff has no rate for the task kind or activity of a contribution. */
  UNPRICED_ACTIVITY(ErrorCode.NOT_FOUND);

  private final ErrorCode code;

  LedgerRule(ErrorCode code) {
    this.code = code;
  }

  /** The error code of the exception that reports this rule. */
  public ErrorCode code() {
    return code;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
