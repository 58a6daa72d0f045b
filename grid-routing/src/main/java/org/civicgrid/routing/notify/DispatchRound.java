package org.civicgrid.routing.notify;

/**
 * What one {@link NotificationDispatcher#dispatchDue()} did. Immutable.
 *
 * @param delivered notifications the notifier took
 * @param retried failed attempts scheduled for a retry
 * @param deadLettered notifications moved to the dead letters
 * @param lostLeases outcomes dropped because the lease had passed to another dispatcher
 */
public record DispatchRound(int delivered, int retried, int deadLettered, int lostLeases) {

  /** Whether the round claimed nothing. */
  public boolean isIdle() {
    return delivered + retried + deadLettered + lostLeases == 0;
  }
}
