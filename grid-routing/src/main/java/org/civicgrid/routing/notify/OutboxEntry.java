package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.civicgrid.routing.cases.CaseId;

/**
 * A notification waiting in an {@link Outbox}, or parked as a dead letter, with its delivery record.
 * A snapshot: the outbox changes, the entry does not. Immutable.
 *
 * @param caseId the case whose change caused the notification
 * @param notification the notification
 * @param attempts how many times it was claimed for delivery since it was written or replayed
 * @param dueAt when it may next be claimed; {@link #IMMEDIATELY} for a new or replayed entry
 * @param lastFailure why the last attempt failed, if one did
 */
public record OutboxEntry(
    CaseId caseId, Notification notification, int attempts, Instant dueAt, Optional<String> lastFailure) {
  /** The due time of an entry that may be claimed at once. */
  public static final Instant IMMEDIATELY = Instant.EPOCH;

  public OutboxEntry {
    checkNotNull(caseId, "caseId");
    checkNotNull(notification, "case %s notification", caseId);
    checkArgument(attempts >= 0, "notification %s attempts %s is negative", notification.key(), attempts);
    checkNotNull(dueAt, "notification %s dueAt", notification.key());
    checkNotNull(lastFailure, "notification %s lastFailure", notification.key());
  }

  /** A new entry: no attempt yet, due at once. */
  public static OutboxEntry fresh(CaseId caseId, Notification notification) {
    return new OutboxEntry(caseId, notification, 0, IMMEDIATELY, Optional.empty());
  }

  /** The notification's idempotency key. */
  public NotificationKey key() {
    return notification.key();
  }
}
