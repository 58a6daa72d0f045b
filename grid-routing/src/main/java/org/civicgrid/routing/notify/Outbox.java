package org.civicgrid.routing.notify;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The notifications a case store has accepted with case changes and not yet delivered, and the dead
 * letters that kept failing: the store side of a {@link NotificationDispatcher}. Entries enter only
 * through {@code CaseStore.append}, in the same atomic write as the case's events.
 *
 * <p><b>Claims.</b> {@link #claim} hands out due entries under a lease: until the lease ends, no other
 * claimant gets them, so two dispatchers never deliver one entry at the same time; a dispatcher that
 * dies leaves its claims to expire and be claimed again. Each claim counts as an attempt. A JDBC
 * plugin implements a claim as one transaction: {@code SELECT … WHERE due_at <= ? AND (lease_until IS
 * NULL OR lease_until <= ?) ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED}, then {@code UPDATE … SET
 * claimant = ?, lease_until = ?, attempts = attempts + 1} on the rows it got, then commit; it must not
 * hold row locks during delivery, since the lease, not the lock, keeps others off.
 *
 * <p><b>Outcomes.</b> {@link #delivered} removes an entry whoever holds it (a late duplicate
 * delivery already happened, so keeping the entry would only cause another). {@link #retryLater} and
 * {@link #deadLetter} take effect only for the current lease holder, so a dispatcher whose lease
 * expired cannot undo another's progress. Implementations are safe for concurrent use.
 */
public interface Outbox {

  /**
   * Claims up to {@code limit} entries due at {@code now} whose lease is free or ended, oldest write
   * first, leasing them to {@code claimant} until {@code now + lease} and counting one attempt each.
   *
   * @return the claimed entries, their {@code attempts} already counting this claim
   * @throws IllegalArgumentException when the lease is not positive or the limit is below 1
   */
  ImmutableList<OutboxEntry> claim(String claimant, Instant now, Duration lease, int limit);

  /**
   * Records a delivery: the entry leaves the outbox for good.
   *
   * @return whether the entry was still there
   */
  boolean delivered(NotificationKey key);

  /**
   * Records a failed attempt by the lease holder: the lease is released and the entry is due again at
   * {@code dueAt}.
   *
   * @return whether {@code claimant} held the entry's lease, and so whether anything changed
   */
  boolean retryLater(NotificationKey key, String claimant, Instant dueAt, String failure);

  /**
   * Moves an entry held by {@code claimant} to the dead letters with the reason of its last failure.
   *
   * @return whether {@code claimant} held the entry's lease, and so whether anything changed
   */
  boolean deadLetter(NotificationKey key, String claimant, String failure);

  /**
   * Puts a dead letter back in the outbox, due at once with no attempts counted.
   *
   * @return whether {@code key} was a dead letter
   */
  boolean replay(NotificationKey key);

  /**
   * Dead letters in ascending key order strictly after {@code after} (empty for the first page), at
   * most {@code limit}; a page shorter than {@code limit} is the last.
   */
  ImmutableList<OutboxEntry> deadLetters(Optional<NotificationKey> after, int limit);

  /** How many entries wait for delivery, claimed or not (dead letters not counted). */
  long pendingCount();
}
