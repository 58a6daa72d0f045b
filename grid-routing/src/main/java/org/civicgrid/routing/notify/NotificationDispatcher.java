package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims due entries, hands each to the {@link Notifier} and records the
 * outcome — delivered, retried after an exponential back-off, or parked as a dead letter after
 * {@link RetryPolicy#maxAttempts()} attempts, or at once when the receiver refused it for good
 * ({@link NotificationRefusedException}). Delivery is at least once, with the notification's
 * idempotency key; a notifier's exception is caught, logged with the masked notification and
 * recorded, and never reaches the case store, so no case change is lost or undone.
 *
 * <p>Time comes from the injected clock, so tests and the simulator drive retries with virtual time.
 * Several dispatchers, in one process or several, may share an outbox: the outbox's leases keep them
 * from delivering the same entry at once. One dispatcher is meant for one thread at a time; run
 * several dispatchers, each with its own name, for parallel delivery.
 *
 * <pre>{@code
 * var dispatcher = new NotificationDispatcher(storage.outbox(), notifier, clock, RetryPolicy.standard(), "node-1");
 * scheduler.scheduleWithFixedDelay(dispatcher::dispatchDue, 0, 10, SECONDS);
 * }</pre>
 */
public final class NotificationDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
  private static final int MAX_FAILURE_LENGTH = 500;

  private final Outbox outbox;
  private final Notifier notifier;
  private final Clock clock;
  private final RetryPolicy policy;
  private final String name;

  /**
   * @param name this dispatcher's claimant name, unique among the dispatchers sharing the outbox
   */
  public NotificationDispatcher(Outbox outbox, Notifier notifier, Clock clock, RetryPolicy policy, String name) {
    this.outbox = checkNotNull(outbox, "outbox");
    this.notifier = checkNotNull(notifier, "notifier");
    this.clock = checkNotNull(clock, "clock");
    this.policy = checkNotNull(policy, "policy");
    checkArgument(name != null && !name.isBlank(), "dispatcher name %s must not be blank", name);
    this.name = name;
  }

  /**
   * Delivers every entry due now, batch by batch, until none is left; entries that fail are due
   * again later and wait for a later call.
   */
  public DispatchRound dispatchDue() {
    int delivered = 0;
    int retried = 0;
    int deadLettered = 0;
    int lostLeases = 0;
    while (true) {
      Instant now = clock.instant();
      ImmutableList<OutboxEntry> batch = outbox.claim(name, now, policy.lease(), policy.batchSize());
      if (batch.isEmpty()) {
        return new DispatchRound(delivered, retried, deadLettered, lostLeases);
      }
      for (OutboxEntry entry : batch) {
        Optional<Failure> failure = attempt(entry);
        if (failure.isEmpty()) {
          outbox.delivered(entry.key());
          delivered++;
        } else if (failure.get().refused() || entry.attempts() >= policy.maxAttempts()) {
          if (outbox.deadLetter(entry.key(), name, failure.get().text())) {
            LOG.warn("Notification {} for case {} is a dead letter after {} attempts{}: {}",
                entry.notification(), entry.caseId(), entry.attempts(),
                failure.get().refused() ? " (refused)" : "", failure.get().text());
            deadLettered++;
          } else {
            lostLeases++;
          }
        } else {
          Instant retryAt = clock.instant().plus(policy.delayAfter(entry.attempts()));
          if (outbox.retryLater(entry.key(), name, retryAt, failure.get().text())) {
            retried++;
          } else {
            lostLeases++;
          }
        }
      }
    }
  }

  /**
   * Puts every dead letter back in the outbox, due at once, for example after the receiving system
   * is repaired; the next {@link #dispatchDue()} delivers them.
   *
   * @return how many were replayed
   */
  public int replayDeadLetters() {
    int replayed = 0;
    Optional<NotificationKey> after = Optional.empty();
    while (true) {
      ImmutableList<OutboxEntry> page = outbox.deadLetters(after, policy.batchSize());
      for (OutboxEntry entry : page) {
        if (outbox.replay(entry.key())) {
          replayed++;
        }
      }
      if (page.size() < policy.batchSize()) {
        return replayed;
      }
      after = Optional.of(page.get(page.size() - 1).key());
    }
  }

  private Optional<Failure> attempt(OutboxEntry entry) {
    try {
      notifier.deliver(entry.notification());
      return Optional.empty();
    } catch (RuntimeException e) {
      // The failure text may quote the payload back, so log the masked notification, not e.getMessage() alone.
      LOG.debug("Attempt {} of notification {} failed", entry.attempts(), entry.notification(), e);
      String text = e.toString();
      return Optional.of(new Failure(e instanceof NotificationRefusedException,
          text.length() > MAX_FAILURE_LENGTH ? text.substring(0, MAX_FAILURE_LENGTH) : text));
    }
  }

  /** Why an attempt failed, and whether the receiver refused it for good. */
  private record Failure(boolean refused, String text) {}
}
