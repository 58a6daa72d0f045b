package org.civicgrid.core.points;

/** What a ledger entry does to its person's balance. */
public enum EntryKind {
  /** Credits points earned by tasks or hours. */
  AWARD,
  /** Debits points spent on a reward; never more than the person has. */
  REDEMPTION,
  /**
   * Undoes one earlier award or redemption, in full, from the reversal's own date on: a reversed
   * award is taken back, a reversed redemption is given back. A reversal cannot itself be reversed.
   */
  REVERSAL
}
